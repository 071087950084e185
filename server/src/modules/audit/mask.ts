import type { AppContext } from '../../core/context';
import { masked } from '../../core/access/reveal';
import { allRecords, type RecordDecl } from '../../core/declare';
import type { AuditEntry } from './audit-entry.entity';
import type { AuditChangeView, AuditEntryView } from './audit.types';

const declByName = (name: string | null | undefined): RecordDecl | undefined => allRecords().find((d) => d.name === name);

/**
 * An entry as this reader may see it: each changed field goes through the same
 * field rule as reading the record itself (so a staff member sees a phone
 * change only in its own community), and withheld values are marked masked.
 */
export async function viewEntry(ctx: AppContext, e: AuditEntry): Promise<AuditEntryView> {
  const decl = declByName(e.recordType);
  const changes: AuditChangeView[] = [];
  for (const c of e.changes ?? []) {
    const readable = !decl || !e.recordId || (await ctx.access.canReadField(decl, c.field, { id: e.recordId }));
    // A masked field shows masked here too: the log is no way round `@reveal`.
    const attr = decl?.attrs.find((a) => a.name === c.field);
    const shown = (v: unknown) => (v == null ? null : JSON.stringify(attr ? masked(attr, v) : v));
    changes.push(
      readable
        ? { field: c.field, before: shown(c.before), after: shown(c.after), masked: false }
        : { field: c.field, before: null, after: null, masked: true },
    );
  }
  return {
    id: String(e.id),
    at: e.at,
    actorKind: e.actorKind,
    actorId: e.actorId ?? null,
    actorName: e.actorName ?? null,
    role: e.role,
    action: e.action,
    recordType: e.recordType ?? null,
    recordId: e.recordId ?? null,
    version: e.version ?? null,
    changes,
  };
}
