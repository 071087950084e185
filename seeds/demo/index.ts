// The demo data set: a believable district of two centres and twelve communities.
import type { DataSet } from '../db/rows';
import { emptyDataSet } from '../db/tables';
import { buildCenters, buildCommunities } from './community';
import { buildAssignments, buildDutyItems } from './duty';
import { buildBudget } from './budget';
import { buildParty, buildSocialOrgs } from './organisation';
import { buildParticipation } from './participation';
import { buildTrainingAndReviews, buildWorkers } from './people';

/** Every row of the demo, the same on every call. */
export function buildDemoSet(): DataSet {
  const set = emptyDataSet();
  buildCenters(set);
  buildCommunities(set);
  const workers = buildWorkers(set);
  buildTrainingAndReviews(set, workers);
  buildParty(set, workers);
  const orgs = buildSocialOrgs(set);
  buildDutyItems(set);
  const duties = buildAssignments(set, workers);
  buildBudget(set, workers, orgs, duties);
  buildParticipation(set, orgs);
  return set;
}

export { CENTERS, DEMO_TODAY, ids as demoIds } from './context';
export { COMMUNITIES } from './community-profiles';
export { DUTY_CATALOGUE } from './duty-catalogue';
