import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { WriteOp } from '../access/policy';
import type { AppContext } from '../context';
import { allRecords, type FieldProblem, type RecordDecl } from '../declare';
import { badInput, conflict, notFound } from '../errors';
import { approvalChanges } from './approval';
import { translateDbError } from './db-errors';
import { isUuid } from './filter';
import { duplicateWarnings } from './duplicate-warnings';
import { changedFields, defaultsOf, valuesFromInput, valuesOf } from './record-values';
import { checkReferences, liveDependents, lockForDelete } from './references';
import { retiredInputProblems, validateRecord } from './validate';
import { publishWarnings, type ResponsePath, type Warning } from './warnings';
import { runWriteHooks } from './write-hooks';

type Values = Record<string, unknown>;
type Entity = Values & { id: string; version: number; deletedAt?: Date | null };

/** Values as MikroORM wants them: references as id strings become references. */
const toEntityData = (decl: RecordDecl, values: Values) => {
  const data: Values = { ...values };
  for (const r of decl.refs) if (r.name in data) data[r.name] = data[r.name] ?? null;
  return data;
};

/** The record a write changes; a delete locks it FOR UPDATE first (see references.ts on locks). */
async function findForWrite(em: EntityManager, decl: RecordDecl, id: string, deleted: boolean, lock = false): Promise<Entity> {
  const entity = isUuid(id)
    ? ((await em.findOne(decl.cls, { id, deletedAt: deleted ? { $ne: null } : null } as never, {
        filters: false,
        lockMode: lock ? LockMode.PESSIMISTIC_WRITE : undefined,
      })) as Entity | null)
    : null;
  if (!entity) throw notFound(deleted ? `deleted ${decl.name}` : decl.name, id);
  return entity;
}

/** Validation and reference checks together: every bad field is reported at once, nothing is written. */
async function assertValid(em: EntityManager, decl: RecordDecl, values: Values, changed?: ReadonlySet<string>): Promise<void> {
  const problems = [...validateRecord(decl, values, changed), ...(await checkReferences(em, decl, values))];
  if (problems.length) throw badInput(problems);
}

/** Fields the server sets itself but released inputs still carry: any value is refused, before anything runs. */
function assertNoRetiredInput(decl: RecordDecl, input: Values): void {
  const problems = retiredInputProblems(decl, input);
  if (problems.length) throw badInput(problems);
}

/**
 * Every write is one transaction with its hooks (audit): all of it or none of it. The
 * type-level question comes first, before any row is read: a caller who may not do `op`
 * on the type at all is told so whether or not the id exists.
 */
async function inTransaction<T>(
  ctx: AppContext,
  decl: RecordDecl,
  op: WriteOp,
  id: string,
  work: (em: EntityManager) => Promise<T>,
): Promise<T> {
  ctx.access.assertMayWriteType(decl, op);
  try {
    return await ctx.em.transactional(work);
  } catch (err) {
    throw translateDbError(decl, err, id);
  }
}

/** `at`: the mutation field's response path, for the warnings of the write (warnings.ts). */
export async function createRecord(ctx: AppContext, decl: RecordDecl, input: Values, at: ResponsePath = []): Promise<Entity> {
  const warnings: Warning[] = [];
  const created = await inTransaction(ctx, decl, 'create', '', async (em) => {
    assertNoRetiredInput(decl, input);
    const values = { ...defaultsOf(decl), ...valuesFromInput(decl, input) };
    const after = { ...values, ...approvalChanges(decl, ctx.viewer, null, values) };
    await ctx.access.assertCanWrite(decl, 'create', null, after);
    await assertValid(em, decl, after);
    const entity = em.create(decl.cls, toEntityData(decl, after) as never) as unknown as Entity;
    await em.flush();
    const stored = valuesOf(decl, entity);
    await runWriteHooks(em, ctx, { decl, op: 'create', id: entity.id, before: null, after: stored, version: entity.version });
    warnings.push(...(await duplicateWarnings(em, ctx, decl, { id: entity.id, values: stored, field: 'input', at })));
    return entity;
  });
  // Only now: the write committed (see duplicate-warnings.ts).
  publishWarnings(ctx, warnings);
  return created;
}

/** `op: 'revert'` is an update that puts back an earlier version (the audit module's revert). */
export async function updateRecord(
  ctx: AppContext,
  decl: RecordDecl,
  id: string,
  input: Values,
  expectedVersion?: number | null,
  op: 'update' | 'revert' = 'update',
  at: ResponsePath = [],
): Promise<Entity> {
  const warnings: Warning[] = [];
  const updated = await inTransaction(ctx, decl, 'update', id, async (em) => {
    assertNoRetiredInput(decl, input);
    const entity = await findForWrite(em, decl, id, false);
    if (expectedVersion != null && entity.version !== expectedVersion) throw conflict(decl.name, id, expectedVersion, entity.version);
    const before = valuesOf(decl, entity);
    const asked = valuesFromInput(decl, input);
    // With a declared approval, the server's own changes (who approved, or back to the reset status) go with the caller's.
    const patch = { ...asked, ...approvalChanges(decl, ctx.viewer, before, asked) };
    const after = { ...before, ...patch };
    const changed = new Set(changedFields(decl, before, after));
    await ctx.access.assertCanWrite(decl, 'update', before, after, new Set(Object.keys(asked)));
    await assertValid(em, decl, after, changed);
    em.assign(entity, toEntityData(decl, patch) as never);
    await em.flush();
    const stored = valuesOf(decl, entity);
    await runWriteHooks(em, ctx, { decl, op, id, before, after: stored, version: entity.version });
    // Compared only when this write changes the number: see duplicate-warnings.ts.
    warnings.push(...(await duplicateWarnings(em, ctx, decl, { id, values: stored, changed, field: 'input', at })));
    return entity;
  });
  publishWarnings(ctx, warnings);
  return updated;
}

/** Refuses to leave a deleted record that live records still point at. */
async function assertNoLiveDependents(em: EntityManager, decl: RecordDecl, id: string): Promise<void> {
  const dependents = await liveDependents(em, decl, id, allRecords());
  if (dependents.length) {
    throw badInput([
      { path: 'id', message: `${decl.label.zh} ${id} is still referenced by ${dependents.join(', ')}: delete or move those first` },
    ]);
  }
}

/**
 * Soft-deletes one record inside the caller's transaction: access, hooks, and no live
 * dependents, checked here or (`dependentsLater`, several at once) once all are deleted.
 */
async function deleteIn(em: EntityManager, ctx: AppContext, decl: RecordDecl, id: string, dependentsLater = false): Promise<void> {
  // Locked before its dependents are counted, so none can be added meanwhile (references.ts).
  const entity = await findForWrite(em, decl, id, false, true);
  const before = valuesOf(decl, entity);
  await ctx.access.assertCanWrite(decl, 'delete', before, null);
  if (!dependentsLater) await assertNoLiveDependents(em, decl, id);
  entity.deletedAt = new Date();
  await em.flush();
  await runWriteHooks(em, ctx, { decl, op: 'delete', id, before, after: null, version: entity.version });
}

/**
 * Brings one record back inside the caller's transaction: access, hooks, and live
 * references, checked here or (`referencesLater`, several at once) once all are back.
 */
async function restoreIn(em: EntityManager, ctx: AppContext, decl: RecordDecl, id: string, referencesLater = false): Promise<Entity> {
  const entity = await findForWrite(em, decl, id, true);
  const values = valuesOf(decl, entity);
  await ctx.access.assertCanWrite(decl, 'restore', null, values);
  // The records it points at must be live again first, or the restored record would dangle.
  if (!referencesLater) await assertValid(em, decl, values, new Set());
  entity.deletedAt = null;
  await em.flush();
  await runWriteHooks(em, ctx, { decl, op: 'restore', id, before: values, after: valuesOf(decl, entity), version: entity.version });
  return entity;
}

export function deleteRecord(ctx: AppContext, decl: RecordDecl, id: string): Promise<boolean> {
  return inTransaction(ctx, decl, 'delete', id, async (em) => {
    await deleteIn(em, ctx, decl, id);
    return true;
  });
}

export function restoreRecord(ctx: AppContext, decl: RecordDecl, id: string): Promise<Entity> {
  return inTransaction(ctx, decl, 'restore', id, (em) => restoreIn(em, ctx, decl, id));
}

/** At most this many records per bulk delete or restore: a page of a list. */
export const MAX_BULK = 500;

function checkIds(ids: string[]): void {
  if (!ids.length || ids.length > MAX_BULK)
    throw badInput([{ path: 'ids', message: `must name 1 to ${MAX_BULK} records (got ${ids.length})` }]);
  const repeated = ids.findIndex((id, i) => ids.indexOf(id) !== i);
  if (repeated >= 0) throw badInput([{ path: `ids.${repeated}`, message: `${ids[repeated]} is named twice` }]);
}

/**
 * Runs one record's write for each id, in order, in ONE transaction: a refusal of any
 * (not found, not allowed, still referenced) leaves every record as it was, and the
 * error says which id (`ids.N`). The console's bulk delete and restore use these.
 */
async function eachInOneTransaction<T>(
  ctx: AppContext,
  decl: RecordDecl,
  op: WriteOp,
  ids: string[],
  write: (em: EntityManager, id: string) => Promise<T>,
  afterAll?: (em: EntityManager, id: string, written: T) => Promise<void>,
): Promise<T[]> {
  ctx.access.assertMayWriteType(decl, op);
  checkIds(ids);
  const each = async <R>(step: (id: string, i: number) => Promise<R>): Promise<R[]> => {
    const done: R[] = [];
    for (const [i, id] of ids.entries()) {
      try {
        done.push(await step(id, i));
      } catch (err) {
        throw atId(i, translateDbError(decl, err, id));
      }
    }
    return done;
  };
  return inTransaction(ctx, decl, op, '', async (em) => {
    if (op === 'delete') await lockForDelete(em, decl, ids);
    const done = await each((id) => write(em, id));
    if (afterAll) await each((id, i) => afterAll(em, id, done[i]));
    return done;
  });
}

/** The error of the i-th id, its field paths under `ids.i` (an `id` problem becomes `ids.3`). */
function atId(i: number, err: unknown): unknown {
  const ext = (err as { extensions?: { fields?: FieldProblem[] } } | null)?.extensions;
  if (ext?.fields) ext.fields = ext.fields.map((f) => ({ ...f, path: f.path === 'id' ? `ids.${i}` : `ids.${i}.${f.path}` }));
  return err;
}

/**
 * Dependents are checked once all are deleted, so the order of the ids does not matter
 * when some of them point at others (a party branch and the committee above it).
 */
export async function deleteRecords(ctx: AppContext, decl: RecordDecl, ids: string[]): Promise<number> {
  const deleted = await eachInOneTransaction(
    ctx,
    decl,
    'delete',
    ids,
    (em, id) => deleteIn(em, ctx, decl, id, true),
    (em, id) => assertNoLiveDependents(em, decl, id),
  );
  return deleted.length;
}

/** References are checked once all are back: a branch may come back with its committee, in any order. */
export function restoreRecords(ctx: AppContext, decl: RecordDecl, ids: string[]): Promise<Entity[]> {
  return eachInOneTransaction(
    ctx,
    decl,
    'restore',
    ids,
    (em, id) => restoreIn(em, ctx, decl, id, true),
    (em, _id, restored) => assertValid(em, decl, valuesOf(decl, restored), new Set()),
  );
}
