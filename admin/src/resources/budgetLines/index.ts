import type { ResourceCustomisation } from '../../model/types';

/** Budget lines: year, direction and amount first; a line is named by year and amount when it has no description. */
export const budgetLines: ResourceCustomisation = {
  listFields: ['fiscalYear', 'direction', 'source', 'category', 'amount', 'status', 'community', 'serviceCenter'],
  recordRepresentation: (r) =>
    r.description || [r.fiscalYear, r.amount != null ? `¥${r.amount}` : null].filter(Boolean).join(' · ') || String(r.id ?? ''),
};
