import { resourceDefs } from '../model/registry';
import { session } from '../providers/session';
import type { Permissions } from './permissions';

// TEMPORARY until the server's `permissions` query lands (auth helper, issue 4): writes by
// role only, every field readable (the server still withholds fields as FORBIDDEN).
export async function loadPermissions(): Promise<Permissions> {
  const role = session.user()?.role ?? 'ANONYMOUS';
  const write = role === 'ADMIN' || role === 'CENTER_ADMIN' || role === 'COMMUNITY_STAFF';
  return {
    role,
    canReadAuditLog: role === 'ADMIN' || role === 'AUDITOR',
    canManageUsers: role === 'ADMIN',
    types: resourceDefs.map((r) => ({ type: r.type, canRead: true, canCreate: write, canUpdate: write, canDelete: write, fields: [] })),
  };
}
