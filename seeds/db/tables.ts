import { allRecords, recordOf, type RecordDecl } from '../../server/src/core/declare';
import { domainModules } from '../../server/src/modules';
import type { DataSet, TableName } from './rows';

/**
 * The seeded tables, derived from the declarations: every declared record type is one
 * table. rows.ts types their rows from the modules' exports, so the two must agree: a record
 * declared but not exported from its module's index.ts (or from a module missing in
 * modules/index.ts) would have no row type, and is refused here by name.
 */
const MODULES = Object.keys(domainModules);

function declaredRecords(): RecordDecl[] {
  for (const d of allRecords()) {
    const exports = (domainModules as Record<string, Record<string, unknown> | undefined>)[d.module];
    if (exports?.[d.name] !== d.cls) {
      throw new Error(
        `${d.name} (module '${d.module}') is not exported as ${d.name} from server/src/modules/${d.module}/index.ts` +
          (exports ? '' : `, and '${d.module}' is not registered in server/src/modules/index.ts (domainModules)`) +
          ': seeds/db/rows.ts types each table from those exports',
      );
    }
  }
  // Module order (domainModules), then name: the same order whatever imported the entities first.
  const rank = (d: RecordDecl) => MODULES.indexOf(d.module);
  return allRecords().sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Parents first: each record type after every type its references point at (a depth-first
 * walk). A reference to the type itself (PartyOrganization.parent) orders rows within one
 * table, which the seeders do (validate.ts checks it); a cycle between two types cannot be
 * inserted table by table, so it is refused with the types named.
 */
export function referenceOrder(decls: RecordDecl[]): RecordDecl[] {
  const out: RecordDecl[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (d: RecordDecl, path: string[]) => {
    if (state.get(d.name) === 'done') return;
    if (state.get(d.name) === 'visiting')
      throw new Error(
        `record types reference each other in a cycle (${[...path, d.name].join(' → ')}): seeds insert table by table and cannot load them`,
      );
    state.set(d.name, 'visiting');
    for (const ref of d.refs) {
      const target = recordOf(ref.target());
      if (target !== d) visit(target, [...path, d.name]);
    }
    state.set(d.name, 'done');
    out.push(d);
  };
  for (const d of decls) visit(d, []);
  return out;
}

const ORDERED = referenceOrder(declaredRecords());

/** Insert order: every table after the tables it references. */
export const TABLE_ORDER = ORDERED.map((d) => d.tableName as TableName);

/** The declared record type behind each table (for validation and messages). */
export const RECORD_OF = Object.fromEntries(ORDERED.map((d) => [d.tableName, d.name])) as Record<TableName, string>;

/** The declaration behind a table. */
export const declOf = (table: TableName): RecordDecl => recordOf(RECORD_OF[table]);

/** The tables a table's rows point at (its own table left out). */
export const parentTables = (table: TableName): TableName[] =>
  [...new Set(declOf(table).refs.map((r) => recordOf(r.target()).tableName as TableName))].filter((t) => t !== table);

export const emptyDataSet = (): DataSet => Object.fromEntries(TABLE_ORDER.map((t) => [t, []])) as unknown as DataSet;
