import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DataSet, TableName } from './rows';
import { declOf, parentTables, TABLE_ORDER } from './tables';

/**
 * Every declared record type must have seed rows: the demo, the synthetic city and the
 * tests' fixtures (test/support/fixtures.ts) would otherwise leave a table empty, and the
 * first symptom used to be a TypeError far away (the role matrix reading row 0 of nothing).
 * These checks fail first, naming the type and the file its rows belong in.
 */
const ROOT = path.resolve(__dirname, '../..');

/** The seeds file of a type's module: seeds/<set>/<module>.ts when there is one. */
function fileFor(set: 'demo' | 'synthetic', module: string): string {
  const file = `seeds/${set}/${module}.ts`;
  return existsSync(path.join(ROOT, file))
    ? file
    : `seeds/${set}/ (the file making the ${module} module's other tables, or a new ${module}.ts)`;
}

const HOW = {
  demo: 'a builder there, called from buildDemoSet in seeds/demo/index.ts',
  synthetic: 'a generator there, yielded from syntheticTables in seeds/synthetic/city.ts',
};

export function missingRowsMessage(table: TableName, set: 'demo' | 'synthetic'): string {
  const d = declOf(table);
  return `${d.name} has no ${set} rows: add them in ${fileFor(set, d.module)} (${HOW[set]}); see README.md "Adding a record type"`;
}

/** A message per declared table the data set has no row of. */
export const missingRows = (data: DataSet, set: 'demo' | 'synthetic'): string[] =>
  TABLE_ORDER.filter((t) => !data[t]?.length).map((t) => missingRowsMessage(t, set));

/**
 * Passes the synthetic tables on, checking as they come that each is a declared table,
 * comes once and after the tables it references, and at the end that none was left out.
 */
export function* checkedTables(tables: Iterable<[TableName, object[]]>): Generator<[TableName, object[]]> {
  const done = new Set<TableName>();
  for (const [table, rows] of tables) {
    if (!TABLE_ORDER.includes(table)) throw new Error(`synthetic table ${table} is no declared record type's table`);
    if (done.has(table)) throw new Error(`synthetic table ${table} is yielded twice (seeds/synthetic/city.ts)`);
    const early = parentTables(table).filter((p) => !done.has(p));
    if (early.length)
      throw new Error(
        `synthetic table ${table} is yielded before ${early.join(', ')}, which it references: move it after them in seeds/synthetic/city.ts`,
      );
    done.add(table);
    yield [table, rows];
  }
  const missing = TABLE_ORDER.filter((t) => !done.has(t));
  if (missing.length) throw new Error(missing.map((t) => missingRowsMessage(t, 'synthetic')).join('\n'));
}
