import type { ResourceCustomisation } from '../../model/types';

/** Communities: the columns a centre compares first. */
export const communities: ResourceCustomisation = {
  listFields: ['name', 'code', 'serviceCenter', 'population', 'households', 'areaKm2', 'facilityCondition'],
};
