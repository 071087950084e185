/**
 * Sensitivity classes of domain.md ("Who may see and change what"). Every field
 * carries one; the permission layer reads it from the declaration, never from a
 * resolver.
 */
export const SENSITIVITIES = ['PUBLIC', 'INTERNAL', 'PERSONAL', 'FINANCIAL', 'RESTRICTED'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];
