import type { Role } from '../../core/access/viewer';

/**
 * Who reads the access log of clear reads (个人信息访问日志): auditors alone. Not ADMIN, who can
 * read every personal field: those who can look should not also see who else looked.
 */
export const ACCESS_LOG_READERS: readonly Role[] = ['AUDITOR'];
