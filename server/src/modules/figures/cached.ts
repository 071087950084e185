import type { CachedFields } from '../../core/cache';
import { BudgetLine } from '../budget/budget-line.entity';
import { Community } from '../community/community.entity';
import { DUTY_FUNDING, FINDINGS, MONEY, PARTY_MEMBERS, PUBLIC_COUNTS, SCOPE, TRAINING, typesOf, WORKERS_BY_TYPE } from './inputs';

const INDICATORS = typesOf(SCOPE, WORKERS_BY_TYPE, TRAINING, MONEY, PUBLIC_COUNTS, FINDINGS);

/**
 * The figure queries whose answers are cached (core/cache), with what each reads,
 * from the declared inputs (inputs.ts), and the type its filter is over. Reports are
 * not cached (they carry their generation time); lists of records are not either:
 * they are cheap with batching and must show each write at once.
 */
export const CACHED_FIGURES: CachedFields = {
  budgetSummary: { reads: typesOf(MONEY, SCOPE), filterOver: BudgetLine },
  dutyFindings: { reads: typesOf(FINDINGS, DUTY_FUNDING, SCOPE) },
  overview: { reads: typesOf(SCOPE, WORKERS_BY_TYPE, PARTY_MEMBERS, PUBLIC_COUNTS) },
  communityIndicators: { reads: INDICATORS, filterOver: Community },
  centerIndicators: { reads: INDICATORS },
  cityIndicators: { reads: INDICATORS },
};
