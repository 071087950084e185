import type { EntityManager } from '@mikro-orm/postgresql';
import { allRecords, FORMATS, type RecordDecl } from '../declare';
import { valuesOf } from './record-values';
import { validateRecord } from './validate';

/** A stored value that the declared formats (or the rules over them) refuse: what an operator fixes. */
export interface StoredProblem {
  type: string;
  id: string;
  field: string;
  problem: string;
}

const BATCH = 1000;

/** The record types with a formatted attribute (phones, identity numbers, credit codes). */
export const formattedTypes = (): RecordDecl[] => allRecords().filter((d) => d.attrs.some((a) => a.format));

/**
 * The problems of one stored row at its formatted fields: what validation would say if the
 * row were written now (format, agreement with birth year and gender, a registered
 * organisation's missing code), and a valid value not in its stored form (typed before
 * normalisation existed: searches and uniqueness compare the stored form).
 */
export function storedRowProblems(decl: RecordDecl, values: Record<string, unknown>): Array<{ field: string; problem: string }> {
  const formatted = decl.attrs.filter((a) => a.format);
  const paths = new Set(formatted.map((a) => `input.${a.name}`));
  const out = validateRecord(decl, values)
    .filter((p) => paths.has(p.path))
    .map((p) => ({ field: p.path.slice('input.'.length), problem: p.message }));
  for (const a of formatted) {
    const v = values[a.name];
    if (typeof v !== 'string' || out.some((p) => p.field === a.name)) continue;
    const stored = FORMATS[a.format!].normalise(v);
    if (stored !== v)
      out.push({
        field: a.name,
        problem: `${a.label.zh} (${a.name}) is valid but not in its stored form: write it again to store it as the server would`,
      });
  }
  return out;
}

/** Every stored row of the formatted types, deleted ones included (a restore must not bring back a bad value unseen). */
export async function findStoredFormatProblems(em: EntityManager): Promise<StoredProblem[]> {
  const problems: StoredProblem[] = [];
  for (const decl of formattedTypes()) {
    for (let offset = 0; ; offset += BATCH) {
      const rows = (await em.find(decl.cls, {}, { filters: false, orderBy: { id: 'ASC' } as never, limit: BATCH, offset })) as Array<
        Record<string, unknown>
      >;
      for (const row of rows) {
        for (const p of storedRowProblems(decl, valuesOf(decl, row))) problems.push({ type: decl.name, id: String(row.id), ...p });
      }
      em.clear();
      if (rows.length < BATCH) break;
    }
  }
  return problems;
}
