// The duty list (权责清单): duty items, their assignments, and the rules about them.
export * from './enums';
export { DutyAssignment } from './duty-assignment.entity';
export { DutyItem } from './duty-item.entity';
