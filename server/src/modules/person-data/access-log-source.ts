import { AccessLogEntry } from '../audit';
import { registerPersonDataSource } from './sources';

/**
 * Who read the person's masked data in clear, and why (the access log), oldest first: what
 * PIPL lets the person ask for as well as what is held about them.
 */
registerPersonDataSource({
  name: 'accessLogEntries',
  contentClasses: ['INTERNAL'],
  async collect(em, subject) {
    const keys = [...subject.records, ...subject.children].map((r) => ({ recordType: r.type, recordId: r.id }));
    if (!keys.length) return [];
    const entries = await em.find(AccessLogEntry, { $or: keys }, { orderBy: { id: 'asc' }, filters: false });
    return entries.map((e) => ({
      id: e.id,
      at: e.at.toISOString(),
      actorKind: e.actorKind,
      actorName: e.actorName ?? null,
      role: e.role,
      recordType: e.recordType,
      recordId: e.recordId,
      field: e.field,
      purpose: e.purpose,
      requestId: e.requestId ?? null,
    }));
  },
});
