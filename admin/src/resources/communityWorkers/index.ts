import type { ResourceCustomisation } from '../../model/types';

/** Workers: who they are, where, how employed, and how to reach them (personal data, shown only to whom it may be). */
export const communityWorkers: ResourceCustomisation = {
  listFields: ['name', 'community', 'employmentType', 'position', 'phone', 'idNumber', 'status'],
};
