import type { MikroORM } from '@mikro-orm/postgresql';
import { inTransaction, insertRows, type OnProgress, type SqlRunner } from '../db/sql';
import type { TableName } from '../db/rows';
import { checkedTables } from '../db/every-table';
import { createDemoAccounts } from '../demo-accounts';
import { ids, type SynCity } from './context';
import { assignmentRows, dutyItemRows } from './duty';
import { budgetRows } from './budget';
import { partyRows, socialOrgRows } from './organisation';
import { participationRows } from './participation';
import { reviewRows, trainingRows, workerRows } from './people';
import { centerRows, communityRows, compoundRows, planCity } from './structure';

export interface SyntheticOptions {
  /** Number of communities; centres are one per six. */
  communities: number;
  onProgress?: OnProgress;
  /** Also create the demo accounts, bound to the first centre and its first community. */
  accounts?: boolean;
}

/**
 * The tables of a city, parents first, one at a time: each table's rows are made from
 * the plan and what earlier tables left in it (ids and a few dates), so a loader can
 * insert them and let them go, and memory stays bounded by the largest table.
 */
export function syntheticTables(city: SynCity): Generator<[TableName, object[]]> {
  // Checked as they come: every declared table once, after its parents (seeds/db/every-table.ts).
  return checkedTables(moduleTables(city));
}

/** One entry per table: a new record type's generator is yielded here. */
function* moduleTables(city: SynCity): Generator<[TableName, object[]]> {
  yield ['service_center', centerRows(city)];
  yield ['community', communityRows(city)];
  yield ['compound', compoundRows(city)];
  yield ['community_worker', workerRows(city)];
  yield ['training_record', trainingRows(city)];
  yield ['performance_review', reviewRows(city)];
  const party = partyRows(city);
  yield ['party_organization', party.orgs];
  yield ['party_member', party.members];
  yield ['social_organization', socialOrgRows(city)];
  yield ['duty_item', dutyItemRows(ids)];
  yield ['duty_assignment', assignmentRows(city)];
  yield ['budget_line', budgetRows(city)];
  const participation = participationRows(city);
  yield ['council_meeting', participation.meetings];
  yield ['community_activity', participation.activities];
}

async function loadTables(run: SqlRunner, city: SynCity, onProgress?: OnProgress): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const [table, rows] of syntheticTables(city)) {
    await insertRows(run, table, rows, onProgress);
    counts[table] = rows.length;
  }
  return counts;
}

/**
 * Loads a synthetic city of `communities` communities with proportional rows in every
 * table, in one transaction. Deterministic: the same count gives the same rows and ids.
 * Returns the number of rows written per table.
 */
export async function loadSyntheticCity(orm: MikroORM, opts: SyntheticOptions): Promise<Record<string, number>> {
  if (!Number.isInteger(opts.communities) || opts.communities < 1)
    throw new Error(`communities must be a whole number of at least 1, got ${opts.communities}`);
  const city = planCity(opts.communities);
  return inTransaction(orm, async (em, run) => {
    const counts = await loadTables(run, city, opts.onProgress);
    if (opts.accounts) {
      await createDemoAccounts(em, { serviceCenterId: city.centers[0].id, communityId: city.communities[0].id, space: 'synthetic' });
      counts.app_user = 4;
    }
    return counts;
  });
}

export { planCity } from './structure';
