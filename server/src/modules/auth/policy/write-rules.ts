import type { EntityManager } from '@mikro-orm/postgresql';
import type { WriteOp } from '../../../core/access/policy';
import type { Viewer } from '../../../core/access/viewer';
import type { RecordDecl } from '../../../core/declare';
import { forbidden, unauthenticated } from '../../../core/errors';
import { accessFor } from './read-access';
import { ownsValues, type Binding } from './ownership';

type Values = Record<string, unknown>;

/** Statuses of a budget line only ADMIN and CENTER_ADMIN may set (domain.md: centre admins approve). */
const APPROVED_STATUSES = ['APPROVED', 'SPENT'];

export function bindingOf(viewer: Viewer): Binding | null {
  if (viewer.kind !== 'user') return null;
  if (viewer.role === 'COMMUNITY_STAFF' && viewer.communityId) return { kind: 'community', id: viewer.communityId };
  if (viewer.role === 'CENTER_ADMIN' && viewer.serviceCenterId) return { kind: 'center', id: viewer.serviceCenterId };
  return null;
}

/** The type a binding is: staff may edit their community, not create or delete communities. */
const bindingType = (b: Binding) => (b.kind === 'community' ? 'Community' : 'ServiceCenter');

/** Whether the role may do `op` on `decl` at all (before looking at which rows): `permissions` reads this too. */
export function mayWriteType(viewer: Viewer, decl: RecordDecl, op: WriteOp): boolean {
  if (viewer.kind !== 'user') return false;
  if (viewer.role === 'ADMIN') return true;
  const binding = bindingOf(viewer);
  if (!binding || !decl.owner.length) return false;
  if (decl.name === bindingType(binding) && op !== 'update') return false;
  // Staff cannot own what only a centre can own (e.g. a service centre itself).
  return binding.kind === 'center' || decl.name !== 'ServiceCenter';
}

const toJson = (v: unknown) => JSON.stringify(v instanceof Date ? v.toISOString() : (v ?? null));

function changedFields(decl: RecordDecl, before: Values | null, after: Values): string[] {
  const changed: string[] = [];
  for (const a of decl.attrs.filter((x) => x.writable)) {
    const base = before ? before[a.name] : (a.default === undefined ? null : a.type === 'enumSet' ? [] : a.default);
    if (toJson(base) !== toJson(after[a.name])) changed.push(a.name);
  }
  for (const r of decl.refs) if (toJson(before?.[r.name]) !== toJson(after[r.name])) changed.push(r.name);
  return changed;
}

/** The type-level question, asked before any row is looked up (so a refusal says nothing about which ids exist). */
export function assertMayWriteType(viewer: Viewer, decl: RecordDecl, op: WriteOp): void {
  if (viewer.kind === 'anonymous') throw unauthenticated('Log in to change records');
  if (viewer.kind === 'partner') throw forbidden('API keys read only: partners write nothing');
  if (!mayWriteType(viewer, decl, op)) throw forbidden(`A ${viewer.role} may not ${op} ${decl.name} records`);
}

/**
 * The write rules: who may write at all, which rows (own community or centre,
 * before and after the change), which fields (only those the writer may read),
 * and who approves budget lines. Messages name fields, never their values.
 */
export async function assertCanWrite(em: EntityManager, viewer: Viewer, decl: RecordDecl, op: WriteOp, before: Values | null, after: Values | null): Promise<void> {
  assertMayWriteType(viewer, decl, op);
  if (viewer.kind !== 'user') return;
  const binding = bindingOf(viewer);
  if (binding) {
    for (const values of [before, after]) {
      if (values && !(await ownsValues(em, decl, values, binding))) {
        throw forbidden(`${decl.name}: you may only ${op} records of your own ${binding.kind === 'community' ? 'community' : 'service centre'}`);
      }
    }
  }
  if (after && (op === 'create' || op === 'update')) {
    for (const name of changedFields(decl, before, after)) {
      const field = decl.fields.find((f) => f.name === name)!;
      if (accessFor(viewer, decl, field.sensitivity) === 'NONE') throw forbidden(`${decl.name}.${name} (${field.sensitivity}): a ${viewer.role} may not set it`);
    }
    const approving = decl.name === 'BudgetLine' && APPROVED_STATUSES.includes(String(after.status)) && before?.status !== after.status;
    if (approving && viewer.role !== 'ADMIN' && viewer.role !== 'CENTER_ADMIN') throw forbidden('Only ADMIN and CENTER_ADMIN approve budget lines (status APPROVED or SPENT)');
  }
}
