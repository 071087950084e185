import { SENSITIVITIES } from '../../core/declare/sensitivity';
import { AuditEntry } from '../audit';
import { registerPersonDataSource } from './sources';

/**
 * The audit entries of every record of the person and of their children, oldest first: who
 * changed what, with the values before and after (the snapshots are left out: each is a copy
 * of the record at a version, and the changes already say what it held).
 */
registerPersonDataSource({
  name: 'auditEntries',
  contentClasses: [...SENSITIVITIES],
  async collect(em, subject) {
    const keys = [...subject.records, ...subject.children].map((r) => ({ recordType: r.type, recordId: r.id }));
    if (!keys.length) return [];
    // The soft-delete filter is global: the audit log has no deletedAt.
    const entries = await em.find(AuditEntry, { $or: keys }, { orderBy: { id: 'asc' }, filters: false });
    return entries.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      action: e.action,
      actorKind: e.actorKind,
      actorName: e.actorName ?? null,
      role: e.role,
      recordType: e.recordType,
      recordId: e.recordId,
      version: e.version ?? null,
      changes: e.changes,
    }));
  },
});
