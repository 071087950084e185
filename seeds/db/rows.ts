import type { BaseRecord } from '../../server/src/core/base/base-record';
import type { domainModules } from '../../server/src/modules';

/**
 * Row shapes of the platform's tables as the seeders write them, derived from the entity
 * classes the modules export (no hand-kept interface per table: a new record type, or a
 * new field, shows up here by itself). snake_case columns as in the migration, refs as
 * `<ref>_id`, dates as "YYYY-MM-DD", instants as ISO strings, money as decimal strings.
 * An optional entity property is an optional column (written as null when left out);
 * a required one must be given. Table names are the record names in snake_case, as
 * @RecordType makes them; tables.ts checks at load that the exports and the declarations agree.
 */

/** camelCase → snake_case the way @RecordType and MikroORM's naming strategy do it. */
type Snake<S extends string, Done extends string = ''> = S extends `${infer H}${infer T}`
  ? Snake<T, `${Done}${H extends Lowercase<H> ? H : `_${Lowercase<H>}`}`>
  : Done;

/** 'CommunityWorker' → 'community_worker'. */
type TableOf<Name extends string> = Snake<Uncapitalize<Name>>;

type IsRef<V> = NonNullable<V> extends BaseRecord ? true : false;

/** A value as the seeders write it: instants as text, sets as arrays, MikroORM's Opt<> brand dropped. */
type Value<V> = V extends Date
  ? string
  : V extends readonly (infer U)[]
    ? U[]
    : V extends string
      ? string
      : V extends number
        ? number
        : V extends boolean
          ? boolean
          : V;

type ColumnName<K extends string, V> = IsRef<V> extends true ? `${Snake<K>}_id` : Snake<K>;
type ColumnValue<V> = IsRef<V> extends true ? string | (null extends V ? null : never) : Value<Exclude<V, undefined>>;

/** The entity's own data properties (no symbol keys such as [OptionalProps], no methods). */
type DataKeys<E> = { [K in keyof E]-?: K extends string ? (E[K] extends (...args: never[]) => unknown ? never : K) : never }[keyof E];
type OptionalKeys<E> = { [K in keyof E]-?: object extends Pick<E, K> ? K : never }[keyof E];

type Flat<T> = { [K in keyof T]: T[K] };

/** The columns of one entity: `Columns<CouncilMeeting>` has community_id, held_on, topic... */
export type Columns<E> = Flat<
  { [K in Exclude<DataKeys<E>, OptionalKeys<E>> as ColumnName<K, E[K]>]: ColumnValue<E[K]> } & {
    [K in DataKeys<E> & OptionalKeys<E> as ColumnName<K, E[K]>]?: ColumnValue<E[K]> | null;
  }
>;

export type SystemColumns = Columns<BaseRecord>;

type Modules = typeof domainModules;
type RecordClass = abstract new (...args: never[]) => BaseRecord;
/** The record classes one module exports, by table name. */
type TablesOf<M> = {
  [E in keyof M as M[E] extends RecordClass ? TableOf<E & string> : never]: M[E] extends RecordClass ? InstanceType<M[E]> : never;
};
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** Every record entity of every registered module, by table name. */
type Entities = Flat<UnionToIntersection<{ [M in keyof Modules]: TablesOf<Modules[M]> }[keyof Modules]>>;

export type TableName = keyof Entities & string;

/** One row of a table: `Row<'council_meeting'>`. */
export type Row<T extends TableName> = Columns<Entities[T]>;

/** Every seeded table, keyed by table name. */
export type DataSet = { [T in TableName]: Array<Row<T>> };

/** The system columns of a new row: version 1, updated when created unless told otherwise. */
export function system(
  id: string,
  createdAt: string,
  opts: { updatedAt?: string; deletedAt?: string | null; version?: number } = {},
): SystemColumns & { deleted_at: string | null } {
  const deletedAt = opts.deletedAt ?? null;
  const changes = (opts.version ?? 1) + (deletedAt ? 1 : 0);
  return {
    id,
    version: changes,
    created_at: createdAt,
    updated_at: deletedAt ?? opts.updatedAt ?? createdAt,
    deleted_at: deletedAt,
  };
}
