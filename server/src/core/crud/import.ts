import type { EntityManager } from '@mikro-orm/postgresql';
import { GraphQLError } from 'graphql';
import type { AppContext } from '../context';
import type { FieldProblem, RecordDecl } from '../declare';
import { appError, badInput, type ErrorCode } from '../errors';
import { approvalChanges } from './approval';
import { translateDbError } from './db-errors';
import { duplicateWarnings } from './duplicate-warnings';
import { defaultsOf, valuesFromInput, valuesOf } from './record-values';
import { checkReferences } from './references';
import { retiredInputProblems, validateRecord } from './validate';
import { publishWarnings, type ResponsePath, type Warning } from './warnings';
import { runWriteHooks } from './write-hooks';

type Values = Record<string, unknown>;
type Entity = Values & { id: string; version: number };

/** At most this many rows per import: a spreadsheet, not a data migration. */
export const MAX_IMPORT_ROWS = 2000;

/** `input.code` of row 3 → `rows.3.code`, so the console can point at the row and the cell. */
const atRow = (i: number, problems: FieldProblem[]) => problems.map((p) => ({ ...p, path: `rows.${i}.${p.path.replace(/^input\./, '')}` }));

/** Unique fields must not repeat inside the file nor collide with records already stored (deleted ones too). */
async function uniqueProblems(em: EntityManager, decl: RecordDecl, rows: Values[]): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  for (const attr of decl.attrs.filter((a) => a.unique && a.writable)) {
    const seen = new Map<unknown, number>();
    rows.forEach((row, i) => {
      const v = row[attr.name];
      if (v === undefined || v === null) return;
      if (seen.has(v))
        problems.push({
          path: `rows.${i}.${attr.name}`,
          message: `${attr.label.zh} (${attr.name}) ${String(v)} repeats row ${seen.get(v)}`,
        });
      else seen.set(v, i);
    });
    if (!seen.size) continue;
    const taken = (await em.find(decl.cls, { [attr.name]: { $in: [...seen.keys()] } } as never, {
      filters: false,
      fields: [attr.name] as never,
    })) as Values[];
    for (const t of taken) {
      const i = seen.get(t[attr.name])!;
      problems.push({ path: `rows.${i}.${attr.name}`, message: `${attr.label.zh} (${attr.name}) ${String(t[attr.name])} already exists` });
    }
  }
  return problems;
}

/** A refusal of one row says which (`rows.3: …`), keeping its code and extensions. */
function atRowRefusal(i: number, err: unknown): unknown {
  if (!(err instanceof GraphQLError) || err.extensions.fields) return err;
  return appError(err.extensions.code as ErrorCode, `rows.${i}: ${err.message}`, { ...err.extensions, row: i });
}

/**
 * Creates many records in ONE transaction: every row is checked (access, validation, references,
 * uniqueness) before anything is written; any problem fails the whole import with BAD_USER_INPUT
 * naming each row and field (`rows.3.code`), and nothing is written. Whether the caller may create
 * this type at all is asked before anything else; each row's access check is awaited in turn.
 */
export async function importRecords(ctx: AppContext, decl: RecordDecl, rows: Values[], at: ResponsePath = []): Promise<Entity[]> {
  ctx.access.assertMayWriteType(decl, 'create');
  if (rows.length > MAX_IMPORT_ROWS)
    throw badInput([{ path: 'rows', message: `at most ${MAX_IMPORT_ROWS} rows per import (got ${rows.length})` }]);
  const retired = rows.flatMap((input, i) => atRow(i, retiredInputProblems(decl, input)));
  if (retired.length) throw badInput(retired);
  const warnings: Warning[] = [];
  try {
    const created = await ctx.em.transactional(async (em) => {
      const values = rows.map((input) => {
        const v = { ...defaultsOf(decl), ...valuesFromInput(decl, input) };
        return { ...v, ...approvalChanges(decl, ctx.viewer, null, v) };
      });
      for (const [i, after] of values.entries()) {
        try {
          await ctx.access.assertCanWrite(decl, 'create', null, after);
        } catch (err) {
          throw atRowRefusal(i, err);
        }
      }
      const problems: FieldProblem[] = [];
      // One lock and look-up per referenced record, however many rows name it.
      const seen = new Map<string, boolean>();
      for (const [i, after] of values.entries()) {
        problems.push(...atRow(i, [...validateRecord(decl, after), ...(await checkReferences(em, decl, after, seen))]));
      }
      problems.push(...(await uniqueProblems(em, decl, values)));
      if (problems.length) throw badInput(problems);
      const entities = values.map((after) => {
        const data: Values = { ...after };
        for (const r of decl.refs) if (r.name in data) data[r.name] = data[r.name] ?? null;
        return em.create(decl.cls, data as never) as unknown as Entity;
      });
      await em.flush();
      for (const e of entities) {
        await runWriteHooks(em, ctx, { decl, op: 'create', id: e.id, before: null, after: valuesOf(decl, e), version: e.version });
      }
      // After every row is stored: two rows of one file holding the same number warn of each other.
      for (const [i, e] of entities.entries()) {
        warnings.push(...(await duplicateWarnings(em, ctx, decl, { id: e.id, values: valuesOf(decl, e), field: `rows.${i}`, at })));
      }
      return entities;
    });
    publishWarnings(ctx, warnings);
    return created;
  } catch (err) {
    throw translateDbError(decl, err);
  }
}
