import type { EntityManager } from '@mikro-orm/postgresql';
import { identityHolders } from '../../core/crud/identity-holders';
import { valuesOf } from '../../core/crud/record-values';
import { allRecords, recordOf, type RecordDecl, type Sensitivity } from '../../core/declare';
import { SENSITIVITIES } from '../../core/declare/sensitivity';
import { personDataSources, type PersonRecord, type PersonSubject } from './sources';

export const PERSON_DATA_FORMAT = 'governance-person-data';

const plain = (v: unknown): unknown => (v instanceof Date ? v.toISOString() : (v ?? null));

/** A row in the API's shape (as the export writes records): GraphQL field names, references as `<name>Id`. */
function apiShape(decl: RecordDecl, entity: Record<string, unknown>): Record<string, unknown> {
  const values = valuesOf(decl, entity);
  const out: Record<string, unknown> = {};
  for (const a of decl.attrs) out[a.name] = plain(values[a.name]);
  for (const r of decl.refs) out[`${r.name}Id`] = values[r.name];
  out.version = entity.version;
  return out;
}

type Row = Record<string, unknown> & { id: string };

/**
 * The records that point at the person's records by a declared reference: their children (a
 * worker's training records and reviews) and the records naming them (the organisation whose
 * secretary they are, the duties they are accountable for). One level only: what points at
 * those is about someone else (the organisation's other members). Soft-deleted ones too.
 */
async function childrenOf(em: EntityManager, parents: PersonRecord[]): Promise<PersonRecord[]> {
  const found: PersonRecord[] = [];
  for (const child of allRecords()) {
    for (const ref of child.refs) {
      const target = recordOf(ref.target()).name;
      const ids = parents.filter((p) => p.type === target).map((p) => p.id);
      if (!ids.length) continue;
      const rows = (await em.find(child.cls, { [ref.name]: { $in: ids } } as never, {
        filters: false,
        orderBy: { id: 'asc' } as never,
      })) as Row[];
      for (const row of rows) {
        const values = apiShape(child, row);
        found.push({ type: child.name, id: row.id, via: { ref: ref.name, type: target, id: values[`${ref.name}Id`] as string }, values });
      }
    }
  }
  return found;
}

/** Every record of every type holding the number, in its stored form, soft-deleted ones included. */
async function recordsHolding(em: EntityManager, idNumber: string): Promise<PersonRecord[]> {
  return (await identityHolders(em, idNumber)).flatMap(({ decl, rows }) =>
    rows.map((row) => ({ type: decl.name, id: row.id, values: apiShape(decl, row) })),
  );
}

export interface PersonDataDocument {
  format: typeof PERSON_DATA_FORMAT;
  version: 1;
  generatedAt: string;
  /** Who asked (the ADMIN's e-mail). */
  requestedBy: string;
  /** The content classes the document holds (domain.md's sensitivities), as backups state them. */
  contentClasses: Sensitivity[];
  idNumber: string;
  records: PersonRecord[];
  children: PersonRecord[];
  /** One section per registered source (sources.ts): `auditEntries`, and whatever is added. */
  sections: Record<string, unknown[]>;
}

/** Everything the platform holds about one identity number (already in its stored form), as one document. */
export async function assemblePersonData(
  em: EntityManager,
  idNumber: string,
  requestedBy: string,
  now = new Date(),
): Promise<PersonDataDocument> {
  const records = await recordsHolding(em, idNumber);
  const children = await childrenOf(em, records);
  const subject: PersonSubject = { records, children };
  const sections: Record<string, unknown[]> = {};
  const classes = new Set<Sensitivity>();
  for (const r of [...records, ...children]) for (const f of recordOf(r.type).fields) classes.add(f.sensitivity);
  for (const source of personDataSources()) {
    sections[source.name] = await source.collect(em, subject);
    if (sections[source.name].length) for (const c of source.contentClasses) classes.add(c);
  }
  return {
    format: PERSON_DATA_FORMAT,
    version: 1,
    generatedAt: now.toISOString(),
    requestedBy,
    contentClasses: SENSITIVITIES.filter((s) => classes.has(s)),
    idNumber,
    records,
    children,
    sections,
  };
}
