import { BudgetLine } from '../budget/budget-line.entity';
import { Community } from '../community/community.entity';
import { Compound } from '../community/compound.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { DutyAssignment } from '../duty/duty-assignment.entity';
import { DutyItem } from '../duty/duty-item.entity';
import { PartyMember } from '../organisation/party-member.entity';
import { PartyOrganization } from '../organisation/party-organization.entity';
import { SocialOrganization } from '../organisation/social-organization.entity';
import { CommunityActivity } from '../participation/community-activity.entity';
import { CouncilMeeting } from '../participation/council-meeting.entity';
import { CommunityWorker } from '../people/community-worker.entity';
import { TrainingRecord } from '../people/training-record.entity';
import { recordOf } from '../../core/declare';
import type { Inputs } from './disclosure';

/**
 * The declared fields each figure value is computed from: the one list that decides
 * whether a caller sees a small value (disclosure.ts), which writes invalidate a
 * cached figure (core/cache), and what the noninterference harness may vary without
 * changing a published figure (test/noninterference). A figure's SQL reading a field
 * not listed here is a bug: the harness finds it.
 */
const LIVE = ['createdAt', 'deletedAt'] as const;

/** Communities and centres as every figure scopes them. */
export const SCOPE: Inputs = [
  [
    Community,
    ['id', 'code', 'name', 'serviceCenter', 'population', 'areaKm2', 'households', 'officeAreaM2', 'serviceWindowCount', ...LIVE],
  ],
  [ServiceCenter, ['id', 'name', 'powers', ...LIVE]],
];

/** Active workers counted per community (overview, indicators). */
export const WORKERS: Inputs = [[CommunityWorker, ['community', 'status', ...LIVE]]];
export const WORKERS_BY_TYPE: Inputs = [[CommunityWorker, ['community', 'status', 'employmentType', ...LIVE]]];

/** Training hours of active workers in a year. */
export const TRAINING: Inputs = [[TrainingRecord, ['worker', 'hours', 'completedOn', ...LIVE]], ...WORKERS];

/** Budget lines summed by the summaries and the fiscal indicators. */
export const MONEY: Inputs = [
  [BudgetLine, ['community', 'serviceCenter', 'fiscalYear', 'direction', 'source', 'category', 'status', 'amount', ...LIVE]],
];

/** Party members counted through their organisation. */
export const PARTY_MEMBERS: Inputs = [[PartyMember, ['organization', ...LIVE]]];

/** What every other count of the overview and the indicators reads (all PUBLIC, never suppressed). */
export const PUBLIC_COUNTS: Inputs = [
  [Compound, ['community', ...LIVE]],
  [PartyOrganization, ['community', 'serviceCenter', 'kind', ...LIVE]],
  [SocialOrganization, ['community', 'category', ...LIVE]],
  [CouncilMeeting, ['community', 'heldOn', 'attendeeCount', 'residentAttendeeCount', ...LIVE]],
  [CommunityActivity, ['community', 'heldOn', 'participantCount', ...LIVE]],
];

/**
 * Duty findings (权责不匹配, 费未随事转). Whether an assignment of a published duty is
 * funded is published on purpose: the duty list and its assignments are public
 * (transparency), and 费随事转 is what the report exists to show. So the funding lines'
 * fields below are declassified as that one fact per assignment, never suppressed.
 */
export const FINDINGS: Inputs = [
  [DutyAssignment, ['dutyItem', 'community', 'serviceCenter', 'status', 'assignedOn', ...LIVE]],
  [DutyItem, ['code', 'title', 'status', 'requiredPower', 'fundingRequired', ...LIVE]],
  [BudgetLine, ['dutyAssignment', 'fiscalYear', 'direction', 'status', ...LIVE]],
];

/**
 * What an unfunded duty would need (duty-funding.ts): the money of the same duty's funded
 * assignments. Unlike the one fact "funded or not" above, the amounts are figures:
 * suppressed when fewer than K lines make them.
 */
export const DUTY_FUNDING: Inputs = [...FINDINGS, [BudgetLine, ['dutyAssignment', 'fiscalYear', 'direction', 'status', 'amount', ...LIVE]]];

/** Every input of every figure, merged per type. */
export function allFigureInputs(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const inputs of [SCOPE, WORKERS_BY_TYPE, TRAINING, MONEY, PARTY_MEMBERS, PUBLIC_COUNTS, FINDINGS, DUTY_FUNDING]) {
    for (const [cls, fields] of inputs) {
      const name = recordOf(cls).name;
      const set = out.get(name) ?? new Set<string>();
      for (const f of fields) set.add(f);
      out.set(name, set);
    }
  }
  return out;
}

/** The record types a figure value reads. */
export const typesOf = (...inputs: Inputs[]): string[] => [...new Set(inputs.flatMap((i) => i.map(([cls]) => recordOf(cls).name)))];
