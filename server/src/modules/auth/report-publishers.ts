import type { Role } from '../../core/access/viewer';

/** Who may publish a report (发布报告): a publication speaks for the city, so administrators alone (issue 18). */
export const REPORT_PUBLISHERS: readonly Role[] = ['ADMIN'];
