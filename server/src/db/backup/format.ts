/**
 * The backup file: gzip'd lines of JSON. The first line is the header; then,
 * for each table, a `{"table": name, "rows": n}` line followed by its rows as
 * PostgreSQL's own `row_to_json` text. Rows are never parsed into JavaScript
 * values on the way out or in, so numbers, money and instants keep their exact
 * text, and restore hands them back to PostgreSQL (`json_populate_recordset`).
 *
 * Why not pg_dump's custom format: the embedded PostgreSQL package ships only
 * the server (initdb, pg_ctl, postgres), and a system pg_dump older than the
 * server (Debian 12 has 15, the server is 18) refuses to dump it.
 */
export const BACKUP_FORMAT = 'governance-backup';
export const BACKUP_VERSION = 1;

import type { Sensitivity } from '../../core/declare/sensitivity';

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The migrations applied to the database the backup was taken from, in order. */
  migrations: string[];
  /**
   * The content classes (sensitivities, domain.md) the rows hold, together and per table
   * (content-classes.ts): what the file must be stored as. Absent in backups taken before issue 20.
   */
  contentClasses?: Sensitivity[];
  tables: { name: string; rows: number; contentClasses?: Sensitivity[] }[];
}

export interface TableMarker {
  table: string;
  rows: number;
}

/** Tables the backup holds: every table of the schema except the migrations log (restore rebuilds it). */
export const TABLES_SQL = `
  select c.relname as name from pg_class c
  where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p') and c.relname <> 'mikro_orm_migrations'
  order by c.relname`;

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
