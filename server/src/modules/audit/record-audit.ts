import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../core/access/viewer';
import type { AppContext } from '../../core/context';
import type { RecordDecl } from '../../core/declare';
import { onWrite, type WriteEvent } from '../../core/crud/write-hooks';
import { AuditEntry, type AuditChange } from './audit-entry.entity';

type Values = Record<string, unknown>;

/** Who did it, as the log shows it. */
export function actorOf(viewer: Viewer): Pick<AuditEntry, 'actorKind' | 'actorId' | 'actorName' | 'role'> {
  if (viewer.kind === 'user') return { actorKind: 'user', actorId: viewer.id, actorName: viewer.email, role: viewer.role };
  if (viewer.kind === 'partner') return { actorKind: 'partner', actorId: viewer.keyId, actorName: viewer.name, role: 'PARTNER' };
  return { actorKind: 'anonymous', actorId: null, actorName: null, role: 'ANONYMOUS' };
}

const plain = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : (v ?? null));

/** Book-keeping columns change on every write: they would only bury the real changes. */
const NOISE = new Set(['id', 'createdAt', 'updatedAt']);

export function diff(decl: RecordDecl, before: Values | null, after: Values | null): AuditChange[] {
  const changes: AuditChange[] = [];
  for (const f of decl.fields) {
    if (NOISE.has(f.name)) continue;
    const b = plain(before?.[f.name]);
    const a = plain(after?.[f.name]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes.push({ field: f.name, before: b, after: a });
  }
  return changes;
}

const snapshotOf = (decl: RecordDecl, values: Values | null) =>
  values ? Object.fromEntries(decl.fields.map((f) => [f.name, plain(values[f.name])])) : null;

/** Writes one audit line with the request's EntityManager (inside a transaction when there is one). */
export async function writeAudit(em: EntityManager, viewer: Viewer, fields: Partial<AuditEntry> & { action: string }): Promise<void> {
  em.create(AuditEntry, { ...actorOf(viewer), at: new Date(), changes: [], ...fields } as never);
  await em.flush();
}

/** The write hook: every create, update, delete, restore and revert of every record type, in its transaction. */
async function auditWrite(em: EntityManager, ctx: AppContext, e: WriteEvent): Promise<void> {
  await writeAudit(em, ctx.viewer, {
    action: e.op.toUpperCase(),
    recordType: e.decl.name,
    recordId: e.id,
    version: e.version,
    // A delete only sets deletedAt: show that, not every field vanishing.
    changes: diff(e.decl, e.before, e.op === 'delete' && e.before ? { ...e.before, deletedAt: new Date() } : e.after),
    snapshot: snapshotOf(e.decl, e.after ?? e.before),
  });
}

let registered = false;
/** Registers the hook once per process (the module index calls it). */
export function registerAuditHook(): void {
  if (!registered) onWrite(auditWrite);
  registered = true;
}
