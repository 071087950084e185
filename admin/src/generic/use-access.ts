import { usePermissions } from 'react-admin';
import { fieldPermission, typePermission, type Permissions } from '../auth/permissions';
import type { FieldDef, ResourceDef } from '../model/types';

/** The caller's rights on one record type, from the `permissions` query. */
export function useTypeAccess(def: ResourceDef) {
  const { permissions, isPending } = usePermissions<Permissions>();
  const t = typePermission(permissions, def.type);
  return {
    isPending,
    permissions,
    ...t,
    field: (f: FieldDef) => fieldPermission(permissions, def.type, f.name),
    /** Filter or sort by a field only when every row's value is readable: the server refuses the rest. */
    canFilterBy: (f: FieldDef) => fieldPermission(permissions, def.type, f.name).read === 'ALL',
  };
}

/** Whether this record's field was withheld by the server or is unreadable for the role. */
export function isRestricted(record: Record<string, any> | undefined, f: FieldDef, read: string): boolean {
  return read === 'NONE' || !!record?.__restricted?.includes(f.name);
}
