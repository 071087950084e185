import type { ResourceCustomisation } from '../../model/types';

/** An assignment has no name of its own: name it by its duty and date. */
export const dutyAssignments: ResourceCustomisation = {
  listFields: ['dutyItem', 'community', 'serviceCenter', 'assignedOn', 'status', 'accountableWorker'],
  recordRepresentation: (r) => [r.dutyItem?.title, r.assignedOn].filter(Boolean).join(' · ') || String(r.id ?? ''),
};
