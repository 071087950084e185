import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { HttpError, type DataProvider, type Identifier } from 'react-admin';
import { documents } from '../generated/documents';
import { resourceDef } from '../model/registry';
import type { ResourceDef } from '../model/types';
import { lookUpFilter } from '../import/resolve-references';
import { searchOf, toGraphqlFilter } from './filters';
import { request, type GqlError } from './graphql-client';
import { createInput, updateInput } from './record-input';

type Op = 'list' | 'one' | 'create' | 'update' | 'delete' | 'deleteMany' | 'restore' | 'restoreMany' | 'import' | 'history';
type Row = Record<string, any> & { id: Identifier };

function doc(resource: string, op: Op): TypedDocumentNode<any, any> {
  const d = (documents as Record<string, Partial<Record<Op, TypedDocumentNode<any, any>>>>)[resource]?.[op];
  if (!d) throw new HttpError(`${resource} has no ${op} operation`, 400, { code: 'BAD_REQUEST' });
  return d;
}

/** Marks the fields the server withheld (FORBIDDEN at their path) on each record as `__restricted`. */
function markRestricted(rows: Row[], errors: GqlError[], depth: number, indexAt?: number) {
  for (const e of errors) {
    if (e.extensions?.code !== 'FORBIDDEN' || !e.path || e.path.length <= depth) continue;
    const row = indexAt === undefined ? rows[0] : rows[e.path[indexAt] as number];
    if (!row) continue;
    const field = String(e.path[depth]);
    row.__restricted = [...new Set([...(row.__restricted ?? []), field])];
  }
  return rows;
}

function orderBy(def: ResourceDef, sort?: { field: string; order: string }) {
  const field = sort && def.fields.find((f) => f.name === sort.field || f.source === sort.field);
  return field?.sortable ? [{ [field.name]: sort!.order === 'DESC' ? 'DESC' : 'ASC' }] : undefined;
}

/**
 * The order a list or autocomplete asks for without the user choosing one (GenericList's
 * display field or creation time, react-admin's id): with a search, rank decides instead.
 */
const isDefaultSort = (def: ResourceDef, sort?: { field: string; order: string }) =>
  !sort || sort.field === 'id' || (sort.order === 'ASC' && (sort.field === def.displayField || sort.field === 'createdAt'));

/** The server's largest page (list queries refuse `first` above it). */
const MAX_PAGE = 500;

async function page(def: ResourceDef, variables: Record<string, unknown>) {
  const { data, errors } = await request(doc(def.name, 'list'), variables);
  const conn = data[def.name] as { nodes: Row[]; totalCount: number };
  return { data: markRestricted(conn.nodes, errors, 3, 2), total: conn.totalCount };
}

/** One list page; larger requests (an export of up to 10,000 rows) are fetched as server-sized pages. */
async function list(def: ResourceDef, variables: Record<string, unknown> & { first?: number; offset?: number }) {
  const first = variables.first ?? 50;
  if (first <= MAX_PAGE) return page(def, variables);
  const start = variables.offset ?? 0;
  const head = await page(def, { ...variables, first: MAX_PAGE, offset: start });
  const rows = [...head.data];
  while (rows.length < first && start + rows.length < head.total) {
    const next = await page(def, { ...variables, first: Math.min(MAX_PAGE, first - rows.length), offset: start + rows.length });
    if (!next.data.length) break;
    rows.push(...next.data);
  }
  return { data: rows, total: head.total };
}

async function one(def: ResourceDef, id: Identifier): Promise<Row> {
  if (def.single) {
    const { data, errors } = await request(doc(def.name, 'one'), { id });
    if (data[def.single]) return markRestricted([data[def.single]], errors, 1)[0];
  }
  // Soft-deleted records leave `x(id)`; the deleted view still opens them.
  const deleted = await list(def, { filter: { id: { eq: id }, deletedAt: { isNull: false } }, first: 1 });
  if (deleted.data[0]) return deleted.data[0];
  throw new HttpError('not found', 404, { code: 'NOT_FOUND' });
}

async function mutate(def: ResourceDef, op: Op, variables: Record<string, unknown>, field: string): Promise<Row> {
  const { data, errors } = await request(doc(def.name, op), variables);
  return markRestricted([data[field]], errors, 1)[0];
}

export interface ConsoleDataProvider extends DataProvider {
  restore(resource: string, params: { id: Identifier }): Promise<{ data: Row }>;
  /** Several deleted records back at once: all of them, or none. */
  restoreMany(resource: string, params: { ids: Identifier[] }): Promise<{ data: Identifier[] }>;
  importRows(resource: string, params: { rows: Record<string, unknown>[] }): Promise<{ data: unknown }>;
  history(resource: string, params: { id: Identifier }): Promise<{ data: Array<Record<string, unknown>> }>;
  /** Live records whose name or code is one of the texts (the import's references written by name). */
  lookUp(resource: string, texts: string[]): Promise<Row[]>;
}

/** react-admin's data provider for the platform's contract, on the generated typed documents. */
export const dataProvider: ConsoleDataProvider = {
  async getList(resource, { pagination, sort, filter }) {
    const def = resourceDef(resource);
    const { page = 1, perPage = 25 } = pagination ?? {};
    const search = searchOf(def, filter);
    return list(def, {
      filter: toGraphqlFilter(def, filter),
      // A search is ranked (exact, prefix, initials, substring) unless the user picks a column to sort by.
      orderBy: search && isDefaultSort(def, sort) ? null : orderBy(def, sort),
      first: perPage,
      offset: (page - 1) * perPage,
      ...(search ? { search } : {}),
    }) as any;
  },
  async getOne(resource, { id }) {
    return { data: (await one(resourceDef(resource), id)) as any };
  },
  async getMany(resource, { ids }) {
    const def = resourceDef(resource);
    if (!ids.length) return { data: [] };
    return { data: (await list(def, { filter: { id: { in: ids } }, first: ids.length })).data as any };
  },
  async getManyReference(resource, { target, id, pagination, sort, filter }) {
    const def = resourceDef(resource);
    const { page = 1, perPage = 25 } = pagination ?? {};
    const where = { ...toGraphqlFilter(def, filter), [target]: { eq: id } };
    return list(def, { filter: where, orderBy: orderBy(def, sort), first: perPage, offset: (page - 1) * perPage }) as any;
  },
  async create(resource, { data }) {
    const def = resourceDef(resource);
    return { data: (await mutate(def, 'create', { input: createInput(def, data) }, `create${def.type}`)) as any };
  },
  async update(resource, { id, data, previousData }) {
    const def = resourceDef(resource);
    const input = updateInput(def, data, previousData);
    // expectedVersion: the version the user edited; a newer one on the server is a CONFLICT.
    const variables = { id, input, expectedVersion: previousData?.version ?? null };
    return { data: (await mutate(def, 'update', variables, `update${def.type}`)) as any };
  },
  async updateMany() {
    throw new HttpError('bulk update is not offered', 400, { code: 'BAD_REQUEST' });
  },
  async delete(resource, { id, previousData }) {
    const def = resourceDef(resource);
    await request(doc(resource, 'delete'), { id });
    return { data: (previousData ?? { id }) as any };
  },
  async deleteMany(resource, { ids }) {
    const def = resourceDef(resource);
    // One transaction on the server: all of them or none, and a refusal names the record (ids.N).
    await request(doc(def.name, 'deleteMany'), { ids });
    return { data: ids };
  },
  async restoreMany(resource, { ids }) {
    const def = resourceDef(resource);
    await request(doc(def.name, 'restoreMany'), { ids });
    return { data: ids };
  },
  async restore(resource, { id }) {
    const def = resourceDef(resource);
    return { data: await mutate(def, 'restore', { id }, `restore${def.type}`) };
  },
  async importRows(resource, { rows }) {
    const def = resourceDef(resource);
    const { data } = await request(doc(def.name, 'import'), { rows: rows.map((r) => createInput(def, r)) });
    return { data: data[`import${def.name[0].toUpperCase()}${def.name.slice(1)}`] };
  },
  async lookUp(resource, texts) {
    const def = resourceDef(resource);
    // All matches, not one per text: a text that names two records must be seen to do so.
    return (await list(def, { filter: lookUpFilter(def, texts), first: 10_000 })).data;
  },
  async history(resource, { id }) {
    const def = resourceDef(resource);
    const { data } = await request(doc(def.name, 'history'), { id });
    return { data: data[def.single!]?.history ?? [] };
  },
};
