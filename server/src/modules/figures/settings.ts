/**
 * Thresholds the report uses to call something a problem (存在问题). Defaults are
 * stated in every report; each can be changed per process by an environment
 * variable, and per query by the report's `thresholds` argument.
 */
export interface Thresholds {
  /** Workers per 10,000 residents below this is too thin a staff (default 18: 每万人18名社区工作者, the common provincial standard). */
  minWorkersPer10k: number;
  /** Fiscal appropriation above this share of income is near-total dependence on the budget (default 0.9). */
  maxFiscalDependency: number;
  /** Social organisations per 10,000 residents below this is thin (default 5). */
  minSocialOrgsPer10k: number;
  /**
   * Residents attending a council meeting, on average, below this is thin participation
   * (default 10: officials and staff who attend do not make residents take part).
   */
  minAverageResidentAttendance: number;
  /**
   * Community office space per 100 households below this is too small (default 30: 每百户不低于30平方米,
   * the common standard for community service premises). The recommendations state the area to add.
   */
  minOfficeAreaPer100Households: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  minWorkersPer10k: 18,
  maxFiscalDependency: 0.9,
  minSocialOrgsPer10k: 5,
  minAverageResidentAttendance: 10,
  minOfficeAreaPer100Households: 30,
};

const ENV: Record<keyof Thresholds, string> = {
  minWorkersPer10k: 'FIGURES_MIN_WORKERS_PER_10K',
  maxFiscalDependency: 'FIGURES_MAX_FISCAL_DEPENDENCY',
  minSocialOrgsPer10k: 'FIGURES_MIN_SOCIAL_ORGS_PER_10K',
  minAverageResidentAttendance: 'FIGURES_MIN_AVERAGE_RESIDENT_ATTENDANCE',
  minOfficeAreaPer100Households: 'FIGURES_MIN_OFFICE_AREA_PER_100_HOUSEHOLDS',
};

export const thresholdEnvNames = ENV;

/** The process's thresholds: defaults overridden by the environment (a bad value stops the start). */
export function thresholdsFromEnv(env: NodeJS.ProcessEnv = process.env): Thresholds {
  const out = { ...DEFAULT_THRESHOLDS };
  for (const key of Object.keys(ENV) as Array<keyof Thresholds>) {
    const raw = env[ENV[key]];
    if (raw === undefined || raw === '') continue;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`Setting ${ENV[key]} must be a number ≥ 0, got "${raw}"`);
    out[key] = n;
  }
  return out;
}
