import type { ReactElement } from 'react';
import type { Permissions } from '../auth/permissions';

export interface MenuItem {
  to: string;
  label: string;
  icon?: ReactElement;
}

/** Pages beyond the record types (audit log, report), shown when the role may use them. */
export function extraMenuItems(_permissions: Permissions | undefined): MenuItem[] {
  return [];
}
