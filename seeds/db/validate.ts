import { validateRecord } from '../../server/src/core/crud/validate';
import { recordOf } from '../../server/src/core/declare';
import '../../server/src/modules';
import type { DataSet, TableName } from './rows';
import { RECORD_OF, TABLE_ORDER } from './tables';

const snake = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * Checks seeded rows against the same declarations and record rules the API applies to
 * input (required fields, lengths, patterns, ranges, exactly-one owners, income/expenditure
 * fields, published duty items need a legal basis...). Returns readable problems.
 */
export function problemsIn(table: TableName, rows: ReadonlyArray<object>): string[] {
  const decl = recordOf(RECORD_OF[table]);
  const out: string[] = [];
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    const values: Record<string, unknown> = {};
    for (const a of decl.attrs) values[a.name] = r[snake(a.name)] ?? null;
    for (const ref of decl.refs) values[ref.name] = r[`${snake(ref.name)}_id`] ?? null;
    for (const p of validateRecord(decl, values)) out.push(`${table} ${String(r.id)}: ${p.path} ${p.message}`);
  }
  return out;
}

export function assertValidDataSet(set: DataSet): void {
  const problems = TABLE_ORDER.flatMap((t) => problemsIn(t, set[t]));
  if (problems.length) throw new Error(`seed data break the declared rules:\n${problems.slice(0, 20).join('\n')}`);
}
