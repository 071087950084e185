import type { EntityManager } from '@mikro-orm/postgresql';
import type { Sensitivity } from '../../core/declare';

/** A record of the person, or of one of their records' children, in the API's shape. */
export interface PersonRecord {
  type: string;
  id: string;
  /** For a child record: the reference that points at the person's record (`worker` of a TrainingRecord). */
  via?: { ref: string; type: string; id: string };
  values: Record<string, unknown>;
}

/** Whom the export is about: the records that hold the number, and their children. */
export interface PersonSubject {
  records: PersonRecord[];
  children: PersonRecord[];
}

/**
 * One more kind of data the platform holds about a person, beyond their records: the audit
 * entries of those records, and (the lead's access log) who read them. A source gets the
 * records found and returns its section of the export, under `name`, and the content classes
 * its section holds. Register it once at import (`registerPersonDataSource`); the export
 * (person-data.ts) runs every registered source in the same transaction, in registration order.
 */
export interface PersonDataSource {
  name: string;
  /** What the section holds, for the document's `contentClasses`. */
  contentClasses: Sensitivity[];
  collect(em: EntityManager, subject: PersonSubject): Promise<unknown[]>;
}

const sources: PersonDataSource[] = [];

export function registerPersonDataSource(source: PersonDataSource): void {
  if (sources.some((s) => s.name === source.name)) throw new Error(`person data source ${source.name} registered twice`);
  if (source.name === 'records' || source.name === 'children') throw new Error(`person data source name ${source.name} is taken`);
  sources.push(source);
}

export const personDataSources = (): readonly PersonDataSource[] => sources;
