import type { Viewer } from '../../core/access/viewer';
import { allRecords, recordOf, type RecordDecl } from '../../core/declare';
import { FieldReadAccess, type Permissions, type TypePermission } from './permissions.type';
import { fieldAccess } from './policy/read-access';
import { mayMoveOwnership, mayWriteType } from './policy/write-rules';
import { REPORT_PUBLISHERS } from './report-publishers';
import { ACCESS_LOG_READERS } from './access-log-readers';

function typePermission(viewer: Viewer, decl: RecordDecl): TypePermission {
  const canCreate = mayWriteType(viewer, decl, 'create');
  const canUpdate = mayWriteType(viewer, decl, 'update');
  // A reference that decides who owns other rows is writable only where the caller could own both ends (write-rules.ts).
  const fields = [
    ...decl.attrs.map((a) => ({ name: a.name, writable: a.writable })),
    ...decl.refs.map((r) => ({ name: r.name, writable: !r.decidesOwnership || mayMoveOwnership(viewer, recordOf(r.target())) })),
  ];
  return {
    type: decl.name,
    // Every type shows at least its PUBLIC fields (id, dates) to everyone; rows may still be limited.
    canRead: true,
    canCreate,
    canUpdate,
    canDelete: mayWriteType(viewer, decl, 'delete'),
    fields: fields.map(({ name, writable }) => {
      const read = fieldAccess(viewer, decl, name);
      return { name, read: FieldReadAccess[read], write: writable && (canCreate || canUpdate) && read !== 'NONE' };
    }),
  };
}

/** `permissions`: derived from the same rules the server enforces, so the console hides exactly what would be refused. */
export function permissionsOf(viewer: Viewer): Permissions {
  const role = viewer.kind === 'user' ? viewer.role : viewer.kind === 'partner' ? 'PARTNER' : 'ANONYMOUS';
  return {
    role,
    types: allRecords().map((d) => typePermission(viewer, d)),
    canReadAuditLog: role === 'ADMIN' || role === 'AUDITOR',
    canReadAccessLog: viewer.kind === 'user' && ACCESS_LOG_READERS.includes(viewer.role),
    canManageUsers: role === 'ADMIN',
    canPublishReports: viewer.kind === 'user' && REPORT_PUBLISHERS.includes(viewer.role),
  };
}
