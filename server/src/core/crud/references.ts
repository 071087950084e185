import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordOf, type FieldProblem, type RecordDecl } from '../declare';
import { isUuid } from './filter';

/*
 * Locks, so that a check and the write it allows cannot be split by another write
 * (PostgreSQL, READ COMMITTED: each statement sees what was committed when it began).
 *
 * A soft delete is an UPDATE of the parent row; its row lock (FOR NO KEY UPDATE) does
 * not conflict with FOR KEY SHARE (what a foreign key takes), so KEY SHARE would not
 * stop it. FOR SHARE does. So a write that points at records (create, update, restore,
 * import) locks each referenced live row FOR SHARE, and a delete locks its own row
 * FOR UPDATE before it counts the live records pointing at it. Both orders:
 *  - the child's writer locks first: the delete's FOR UPDATE waits until the child is
 *    committed (or rolled back), so its count, a later statement, sees the new child
 *    and refuses;
 *  - the delete locks first: the child's FOR SHARE waits until the delete commits, then
 *    PostgreSQL re-checks the row's newest version against `deleted_at is null`, finds
 *    it deleted, returns no row, and the child is refused as pointing at nothing.
 * Share locks do not conflict with each other: writers of children do not wait for one
 * another, only for a delete (or an update) of the parent itself.
 */

/** Live rows of `decl` among `ids`, locked FOR SHARE until the transaction ends. */
async function lockLive(em: EntityManager, decl: RecordDecl, ids: string[]): Promise<Set<string>> {
  const rows = (await em
    .createQueryBuilder(decl.cls)
    .select('id')
    .where({ id: { $in: ids }, deletedAt: null } as never)
    .setLockMode(LockMode.PESSIMISTIC_READ)
    .execute('all')) as Array<{ id: string }>;
  return new Set(rows.map((r) => r.id));
}

/**
 * Every reference set in `values` must point at a live record of the right type, which
 * stays live until the write commits (locked, see above). `seen` carries what one
 * transaction already checked (an import's rows pointing at the same community).
 */
export async function checkReferences(
  em: EntityManager,
  decl: RecordDecl,
  values: Record<string, unknown>,
  seen: Map<string, boolean> = new Map(),
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const ref of decl.refs) {
    const id = values[ref.name];
    if (id === undefined || id === null) continue;
    const target = recordOf(ref.target());
    const path = `input.${ref.name}Id`;
    if (!isUuid(id)) {
      problems.push({ path, message: `${ref.label.zh} (${ref.name}Id): not an id: ${JSON.stringify(id).slice(0, 60)}` });
      continue;
    }
    const key = `${target.name}:${id}`;
    if (!seen.has(key)) seen.set(key, (await lockLive(em, target, [id])).has(id));
    if (!seen.get(key)) problems.push({ path, message: `${ref.label.zh} (${ref.name}Id): no ${target.name} with id ${id}` });
  }
  return problems;
}

/**
 * Locks the live rows of `ids` FOR UPDATE (in id order, so two bulk deletes cannot
 * deadlock each other) before their dependents are counted: see above.
 */
export async function lockForDelete(em: EntityManager, decl: RecordDecl, ids: string[]): Promise<void> {
  const valid = ids.filter(isUuid).sort();
  if (!valid.length) return;
  await em
    .createQueryBuilder(decl.cls)
    .select('id')
    .where({ id: { $in: valid }, deletedAt: null } as never)
    .orderBy({ id: 'ASC' } as never)
    .setLockMode(LockMode.PESSIMISTIC_WRITE)
    .execute('all');
}

/** Live records that still point at this one: deleting it would leave them dangling. */
export async function liveDependents(em: EntityManager, decl: RecordDecl, id: string, all: RecordDecl[]): Promise<string[]> {
  const found: string[] = [];
  for (const other of all) {
    for (const ref of other.refs.filter((r) => recordOf(r.target()) === decl)) {
      const n = await em.count(other.cls, { [ref.name]: id } as never);
      if (n) found.push(`${n} ${other.label.en} (${other.label.zh})`);
    }
  }
  return found;
}
