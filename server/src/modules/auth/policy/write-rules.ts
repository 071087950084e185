import type { EntityManager } from '@mikro-orm/postgresql';
import type { WriteOp } from '../../../core/access/policy';
import type { Viewer } from '../../../core/access/viewer';
import { isApproved } from '../../../core/crud/approval';
import { changedFields } from '../../../core/crud/record-values';
import { recordOf, type RecordDecl } from '../../../core/declare';
import { forbidden, unauthenticated } from '../../../core/errors';
import { accessFor } from './read-access';
import { ownsRecord, ownsValues, type Binding } from './ownership';

type Values = Record<string, unknown>;

/** Who approves records with a declared approval (domain.md: centre admins approve; ADMIN does everything). */
const APPROVERS = ['ADMIN', 'CENTER_ADMIN'];

export function bindingOf(viewer: Viewer): Binding | null {
  if (viewer.kind !== 'user') return null;
  if (viewer.role === 'COMMUNITY_STAFF' && viewer.communityId) return { kind: 'community', id: viewer.communityId };
  if (viewer.role === 'CENTER_ADMIN' && viewer.serviceCenterId) return { kind: 'center', id: viewer.serviceCenterId };
  return null;
}

/** Whether the role may do `op` on `decl` at all (before looking at which rows): `permissions` reads this too. */
export function mayWriteType(viewer: Viewer, decl: RecordDecl, op: WriteOp): boolean {
  if (viewer.kind !== 'user') return false;
  if (viewer.role === 'ADMIN') return true;
  const binding = bindingOf(viewer);
  if (!binding || !decl.owner.length) return false;
  // Staff may edit their community, not create or delete communities (and a centre admin likewise its centre).
  if (decl.binding === binding.kind && op !== 'update') return false;
  // Staff cannot own what only a centre can own (a service centre itself).
  return binding.kind === 'center' || decl.binding !== 'center';
}

/** The type-level question, asked before any row is looked up (so a refusal says nothing about which ids exist). */
export function assertMayWriteType(viewer: Viewer, decl: RecordDecl, op: WriteOp): void {
  if (viewer.kind === 'anonymous') throw unauthenticated('Log in to change records');
  if (viewer.kind === 'partner') throw forbidden('API keys read only: partners write nothing');
  if (!mayWriteType(viewer, decl, op)) throw forbidden(`A ${viewer.role} may not ${op} ${decl.name} records`);
}

/**
 * Whether the caller could ever move a reference that decides ownership to `target`: it
 * must own the old and the new target. ADMIN owns everything; a binding owns one row of its
 * own type, and a centre also its several communities (staff can move nothing).
 */
export function mayMoveOwnership(viewer: Viewer, target: RecordDecl): boolean {
  if (viewer.kind !== 'user') return false;
  const binding = bindingOf(viewer);
  return !binding || (binding.kind === 'center' && target.binding === 'community');
}

/**
 * A reference other records' ownership runs through (declared `decidesOwnership`) moves
 * those records when it changes: the writer must own both the target it pointed at and
 * the one it will point at (staff own no centre, so they cannot move their community).
 */
async function assertMayMoveOwnership(em: EntityManager, decl: RecordDecl, before: Values, after: Values, binding: Binding): Promise<void> {
  for (const ref of decl.refs.filter((r) => r.decidesOwnership)) {
    const [from, to] = [before[ref.name], after[ref.name]];
    if (from === to) continue;
    const target = recordOf(ref.target());
    for (const id of [from, to]) {
      if (id != null && !(await ownsRecord(em, target, id, binding))) {
        throw forbidden(
          `${decl.name}.${ref.name} decides who owns other records: only a caller who owns both the old and the new ${target.name} may change it`,
        );
      }
    }
  }
}

/**
 * The write rules: who may write at all, which rows (own community or centre,
 * before and after the change), which fields (only those the writer may read),
 * which references (those deciding ownership: only across owners the writer holds),
 * and who touches approved records (a declared approval: only approvers, before
 * and after the write). Messages name fields, never their values.
 */
export async function assertCanWrite(
  em: EntityManager,
  viewer: Viewer,
  decl: RecordDecl,
  op: WriteOp,
  before: Values | null,
  after: Values | null,
  named: ReadonlySet<string> = new Set(),
): Promise<void> {
  assertMayWriteType(viewer, decl, op);
  if (viewer.kind !== 'user') return;
  const binding = bindingOf(viewer);
  if (binding) {
    for (const values of [before, after]) {
      if (values && !(await ownsValues(em, decl, values, binding))) {
        throw forbidden(
          `${decl.name}: you may only ${op} records of your own ${binding.kind === 'community' ? 'community' : 'service centre'}`,
        );
      }
    }
    if (before && after) await assertMayMoveOwnership(em, decl, before, after, binding);
  }
  if (after && (op === 'create' || op === 'update')) {
    // Named fields too, not only changed ones: were an unreadable field accepted when sent with its
    // stored value, an update would answer "is the identity number X?" by succeeding or not.
    for (const name of new Set([...changedFields(decl, before, after), ...named])) {
      const field = decl.fields.find((f) => f.name === name)!;
      if (accessFor(viewer, decl, field.sensitivity) === 'NONE')
        throw forbidden(`${decl.name}.${name} (${field.sensitivity}): a ${viewer.role} may not set it`);
    }
  }
  // Approved as stored (`before`; for a restore, `after` is the row as it was deleted) or as the write would leave it.
  if (decl.approval && !APPROVERS.includes(viewer.role) && (isApproved(decl, before) || isApproved(decl, after))) {
    const { status, approved } = decl.approval;
    throw forbidden(
      `${decl.name} with ${status} ${approved.join(' or ')}: only ${APPROVERS.join(' and ')} (its approvers) may set it, ${op} it or change it once set`,
    );
  }
}
