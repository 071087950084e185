import { allRecords, type RecordDecl } from '../../core/declare';
import { SENSITIVITIES, type Sensitivity } from '../../core/declare/sensitivity';

/**
 * Which content classes (domain.md's sensitivities) a backup or an export holds, stated in its
 * header so whoever stores or receives the file knows what it must be protected as
 * (个人信息保护法: personal information, and which kind, is to be known wherever it goes).
 *
 * A record table holds the classes of its declared fields. The other tables are named here;
 * a table neither declared nor named (added later, by another module) counts as RESTRICTED
 * until it is named, so the header never understates what a file holds.
 */
const OTHER_TABLES: Record<string, Sensitivity[]> = {
  // Every write's values before and after, and each version's snapshot: whatever the records held.
  audit_entry: [...SENSITIVITIES],
  // E-mail addresses and names of staff; scrypt password hashes.
  app_user: ['INTERNAL', 'PERSONAL', 'RESTRICTED'],
  // Sessions and key hashes: credentials.
  app_session: ['RESTRICTED'],
  api_key: ['INTERNAL', 'RESTRICTED'],
  // E-mails tried and client addresses.
  login_throttle: ['PERSONAL'],
  // Published reports: figures made public on purpose.
  published_report: ['PUBLIC'],
  published_report_file: ['PUBLIC'],
};

/** In the order of domain.md, each once. */
export const ordered = (classes: Iterable<Sensitivity>): Sensitivity[] => {
  const set = new Set(classes);
  return SENSITIVITIES.filter((s) => set.has(s));
};

/** The classes of a record type's fields: what its rows can hold. */
export const recordClasses = (decl: RecordDecl): Sensitivity[] => ordered(decl.fields.map((f) => f.sensitivity));

function declaredRecords(): Map<string, RecordDecl> {
  const records = allRecords();
  // db/ imports no module: the declarations are there once the caller loaded the app's modules.
  if (!records.length) throw new Error('No record type is declared: load the modules (app.ts) before a backup or an export');
  return new Map(records.map((d) => [d.tableName, d]));
}

/** The classes of one table of a backup. */
export function tableClasses(table: string, records = declaredRecords()): Sensitivity[] {
  const decl = records.get(table);
  return decl ? recordClasses(decl) : (OTHER_TABLES[table] ?? ['RESTRICTED']);
}

/** The classes of a backup: of every table that has rows, per table and together. */
export function backupClasses(tables: Array<{ name: string; rows: number }>): {
  contentClasses: Sensitivity[];
  byTable: Map<string, Sensitivity[]>;
} {
  const records = declaredRecords();
  const byTable = new Map(tables.map((t) => [t.name, t.rows ? tableClasses(t.name, records) : []]));
  return { contentClasses: ordered([...byTable.values()].flat()), byTable };
}
