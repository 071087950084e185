import type { ResourceCustomisation } from '../model/types';
import { budgetLines } from './budgetLines';
import { communities } from './communities';
import { communityWorkers } from './communityWorkers';
import { dutyAssignments } from './dutyAssignments';

/**
 * Hand customisations by resource name. Generated definitions (../generated) give every
 * type its list, show, edit and create; these only adjust what a person should see first.
 * A resource's own pages, replacing generic ones, are listed in ./pages.ts.
 */
export const customisations: Record<string, ResourceCustomisation> = { budgetLines, communities, communityWorkers, dutyAssignments };
export { MENU_ORDER } from './menu-order';
