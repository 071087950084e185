import type { ResourcePages } from '../model/types';
import { BudgetLineShow } from './budgetLines/BudgetLineShow';

/**
 * Hand-written pages by resource name, replacing the generic list, show, edit or create page
 * of that resource only (see the README, "The admin console"). Regeneration never touches them.
 */
export const pages: Record<string, ResourcePages> = {
  budgetLines: { show: BudgetLineShow },
};
