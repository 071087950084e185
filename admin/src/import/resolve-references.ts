import { resourceOfType } from '../model/registry';
import type { FieldDef, ResourceDef } from '../model/types';
import type { ParsedRow, parseRows } from './parse-rows';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Records of a resource whose name (display field) or code is one of these texts. */
export type LookUp = (resource: string, texts: string[]) => Promise<Array<Record<string, unknown>>>;

/**
 * The text fields a reference may be written as: the target's display field (名称) and
 * its code (编码) where it has one, when they can be filtered by `in`.
 */
export function lookUpFields(target: ResourceDef): string[] {
  return [target.displayField, 'code']
    .filter((name, i, all) => all.indexOf(name) === i)
    .filter((name) => target.fields.some((f) => f.name === name && f.filter === 'StringFilter'));
}

/** For each text, the ids of the records it names (by any of the look-up fields). */
function idsByText(records: Array<Record<string, unknown>>, fields: string[], texts: string[]): Map<string, Set<string>> {
  const wanted = new Set(texts);
  const found = new Map<string, Set<string>>();
  for (const r of records) {
    for (const f of fields) {
      const v = r[f];
      if (typeof v !== 'string' || !wanted.has(v)) continue;
      if (!found.has(v)) found.set(v, new Set());
      found.get(v)!.add(String(r.id));
    }
  }
  return found;
}

async function resolveColumn(column: FieldDef, rows: ParsedRow[], lookUp: LookUp): Promise<void> {
  const target = resourceOfType(column.ref!.type);
  const written = rows.map((r) => r.input[column.source]).filter((v): v is string => typeof v === 'string' && !UUID.test(v));
  const texts = [...new Set(written)];
  if (!target || !texts.length) return;
  const fields = lookUpFields(target);
  let found: Map<string, Set<string>> | null = new Map();
  if (fields.length) {
    try {
      found = idsByText(await lookUp(target.name, texts), fields, texts);
    } catch {
      // Not readable by this user, or the server is away: each such row is marked, nothing is guessed.
      found = null;
    }
  }
  for (const row of rows) {
    const text = row.input[column.source];
    if (typeof text !== 'string' || UUID.test(text)) continue;
    const ids = found?.get(text);
    if (ids?.size === 1) row.input[column.source] = [...ids][0];
    else row.errors[column.source] = !found ? 'ref_unavailable' : ids ? 'ref_ambiguous' : 'ref_unknown';
  }
}

/**
 * References in a CSV may be written as staff know them, by name or code
 * (`serviceCenterId` = 东湖区江北党群服务中心), not only by id: each is looked up
 * (one request per column) and replaced by the id of the one live record it names.
 * A text naming none, or several, marks its row; nothing is sent until it is fixed.
 */
export async function resolveReferences(parsed: ReturnType<typeof parseRows>, lookUp: LookUp): Promise<ReturnType<typeof parseRows>> {
  const rows = parsed.rows.map((r) => ({ input: { ...r.input }, errors: { ...r.errors } }));
  for (const column of parsed.columns.filter((c) => c.kind === 'ref')) await resolveColumn(column, rows, lookUp);
  return { ...parsed, rows };
}

/** The GraphQL filter of a look-up: any look-up field equal to any of the texts. */
export function lookUpFilter(target: ResourceDef, texts: string[]): Record<string, unknown> {
  return { or: lookUpFields(target).map((f) => ({ [f]: { in: texts } })) };
}
