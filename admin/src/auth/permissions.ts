/** The caller's permissions (brief-shapes.md `Permissions`), as react-admin permissions. */
export type FieldReadAccess = 'ALL' | 'OWN_CENTER' | 'OWN_COMMUNITY' | 'NONE';

export interface FieldPermission {
  name: string;
  read: FieldReadAccess;
  write: boolean;
}

export interface TypePermission {
  type: string;
  canRead: boolean;
  canCreate: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  fields: FieldPermission[];
}

export interface Permissions {
  role: string;
  types: TypePermission[];
  canReadAuditLog: boolean;
  canReadAccessLog: boolean;
  canManageUsers: boolean;
  canPublishReports: boolean;
}

const NONE: TypePermission = { type: '', canRead: false, canCreate: false, canUpdate: false, canDelete: false, fields: [] };

export const typePermission = (p: Permissions | undefined, type: string): TypePermission =>
  p?.types.find((t) => t.type === type) ?? { ...NONE, type };

/** A field's permission; a field the server does not list is readable and follows the type's write right. */
export function fieldPermission(p: Permissions | undefined, type: string, name: string): FieldPermission {
  const t = typePermission(p, type);
  return t.fields.find((f) => f.name === name) ?? { name, read: t.canRead ? 'ALL' : 'NONE', write: t.canUpdate || t.canCreate };
}
