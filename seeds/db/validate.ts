import { validateRecord } from '../../server/src/core/crud/validate';
import { recordOf } from '../../server/src/core/declare';
import type { DataSet, TableName } from './rows';
import { declOf, TABLE_ORDER } from './tables';
import { missingRows } from './every-table';

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Checks seeded rows against the same declarations and record rules the API applies to
 * input (required fields, lengths, patterns, ranges, exactly-one owners, income/expenditure
 * fields, published duty items need a legal basis...). Returns readable problems.
 * A reference to the row's own table (a party organisation's parent) must point at a row
 * listed earlier: rows go in 1,000 a statement, and a later batch's parent would not exist yet.
 */
export function problemsIn(table: TableName, rows: ReadonlyArray<object>): string[] {
  const decl = declOf(table);
  const selfRefs = decl.refs.filter((ref) => recordOf(ref.target()) === decl);
  const seen = new Set<unknown>();
  const out: string[] = [];
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const a of decl.attrs) values[a.name] = r[snake(a.name)] ?? null;
    for (const ref of decl.refs) values[ref.name] = r[`${snake(ref.name)}_id`] ?? null;
    for (const p of validateRecord(decl, values)) out.push(`${table} ${String(r.id)}: ${p.path} ${p.message}`);
    for (const ref of selfRefs) {
      const parent = values[ref.name];
      if (parent !== null && !seen.has(parent))
        out.push(`${table} ${String(r.id)}: ${ref.name} ${String(parent)} is not an earlier row of ${table} (list parents first)`);
    }
    seen.add(r.id);
  }
  return out;
}

/** The demo set must hold rows of every declared type, each passing the declared rules. */
export function assertValidDataSet(set: DataSet): void {
  const missing = missingRows(set, 'demo');
  if (missing.length) throw new Error(missing.join('\n'));
  const problems = TABLE_ORDER.flatMap((t) => problemsIn(t, set[t]));
  if (problems.length) throw new Error(`seed data break the declared rules:\n${problems.slice(0, 20).join('\n')}`);
}
