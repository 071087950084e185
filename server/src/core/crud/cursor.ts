import { createCipheriv, createDecipheriv, createHmac } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/core';
import { badInput } from '../errors';
import { kindOf, type RecordDecl } from '../declare';
import type { OrderKey } from './order';
import { RANK, type SearchPlan } from './search';

type Row = Record<string, unknown>;

/**
 * Cursors are sealed: the order keys' values of a record, encrypted and authenticated
 * with a key derived from the server's secret (AES-256-GCM). A caller can neither read
 * them (a key it may not read must never travel in one: issue "Nothing leaks") nor forge
 * one to probe ranges of values. Sealing is deterministic (the nonce is a MAC of what is
 * sealed, as in SIV): the same position of the same list gives the same cursor on both
 * read paths and in every process that shares the secret. The list and its order are
 * bound as associated data, so a cursor of another list or order does not open either.
 */
export interface CursorCodec {
  seal(list: string, values: unknown[]): string;
  /** The sealed values, or undefined when the cursor is not one of this list and order under this key. */
  open(list: string, cursor: string): unknown[] | undefined;
}

/** The first byte of every cursor: a later format (or key scheme) makes older cursors stale, never misread. */
const FORMAT = 1;
const NONCE = 12;
const TAG = 16;

function codecFor(secret: string): CursorCodec {
  const derive = (purpose: string) => createHmac('sha256', secret).update(`cursor:${purpose}`).digest();
  const encKey = derive('encrypt');
  const nonceKey = derive('nonce');
  return {
    seal(list, values) {
      const plain = Buffer.from(JSON.stringify(values), 'utf8');
      const nonce = createHmac('sha256', nonceKey).update(list).update('\u0000').update(plain).digest().subarray(0, NONCE);
      const cipher = createCipheriv('aes-256-gcm', encKey, nonce);
      cipher.setAAD(Buffer.from(list, 'utf8'));
      const body = Buffer.concat([cipher.update(plain), cipher.final()]);
      return Buffer.concat([Buffer.of(FORMAT), nonce, body, cipher.getAuthTag()]).toString('base64url');
    },
    open(list, cursor) {
      const raw = Buffer.from(cursor, 'base64url');
      if (raw.length < 1 + NONCE + TAG + 2 || raw[0] !== FORMAT || raw.toString('base64url') !== cursor) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', encKey, raw.subarray(1, 1 + NONCE));
        decipher.setAAD(Buffer.from(list, 'utf8'));
        decipher.setAuthTag(raw.subarray(raw.length - TAG));
        const plain = Buffer.concat([decipher.update(raw.subarray(1 + NONCE, raw.length - TAG)), decipher.final()]);
        const values: unknown = JSON.parse(plain.toString('utf8'));
        return Array.isArray(values) ? values : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

const codecs = new Map<string, CursorCodec>();
/** One codec per server secret (processes that share JWT_SECRET read each other's cursors). */
export function cursorCodec(secret: string): CursorCodec {
  let codec = codecs.get(secret);
  if (!codec) codecs.set(secret, (codec = codecFor(secret)));
  return codec;
}

/**
 * What a cursor is bound to: the record type and its whole order, keys and directions, and the
 * search when there is one (a rank means something only for its own search text).
 */
export const listOf = (decl: RecordDecl, keys: OrderKey[], search?: SearchPlan): string =>
  `${decl.name}|${keys.map(([f, d]) => `${f}:${d}`).join(',')}${search ? `|search:${search.bound}` : ''}`;

/** The order keys' values of a row as answers show them (and as the one-statement path writes them): what cursors carry. */
const keyValues = (decl: RecordDecl, row: Row, keys: OrderKey[], search?: SearchPlan): unknown[] =>
  keys.map(([f]) => {
    if (f === RANK) return search!.rankOf(row);
    const a = decl.attrs.find((x) => x.name === f)!;
    return row[a.name] == null ? null : kindOf(a).text.fromRow(row[a.name]);
  });

export const encodeCursor = (codec: CursorCodec, decl: RecordDecl, row: Row, keys: OrderKey[], search?: SearchPlan): string =>
  codec.seal(listOf(decl, keys, search), keyValues(decl, row, keys, search));

const refused = () =>
  badInput([
    {
      path: 'after',
      message: 'not a cursor of this list with this order, or one the server no longer accepts: take endCursor from the previous page',
    },
  ]);

/** The order keys' attributes (every key is a declared attribute: normaliseOrder), or undefined for a search's rank. */
const keyAttrs = (decl: RecordDecl, keys: OrderKey[]) =>
  keys.map(([f]) => (f === RANK ? undefined : decl.attrs.find((a) => a.name === f)!));

const isRank = (v: unknown) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 3;

export function decodeCursor(codec: CursorCodec, decl: RecordDecl, cursor: string, keys: OrderKey[], search?: SearchPlan): unknown[] {
  const values = codec.open(listOf(decl, keys, search), cursor);
  const attrs = keyAttrs(decl, keys);
  // A value of the key's kind, as sealed; anything else means the cursor was not made by this list (defence in depth).
  const fits = (v: unknown, i: number) => {
    const a = attrs[i];
    if (!a) return isRank(v);
    return v === null ? a.name !== 'id' : kindOf(a).text.isAnswer(v);
  };
  if (!values || values.length !== keys.length || !values.every(fits)) throw refused();
  return values.map((v, i) => (v === null || !attrs[i] ? v : kindOf(attrs[i]).text.toCondition(v)));
}

/**
 * Rows strictly after the cursor in this order. PostgreSQL sorts nulls last
 * ascending and first descending; the comparison follows the same rule.
 */
export function afterCursor(keys: OrderKey[], values: unknown[], search?: SearchPlan): FilterQuery<object> {
  const branches: FilterQuery<object>[] = [];
  // A search's rank (always first, descending) is compared through its bands: below r is "not at least r".
  const equal = (f: string, v: unknown): FilterQuery<object> =>
    f === RANK
      ? { $and: [search!.atLeast(v as number), { $not: search!.atLeast((v as number) + 1) }] }
      : { [f]: v === null ? null : { $eq: v } };
  keys.forEach(([field, dir], i) => {
    const v = values[i];
    let beyond: FilterQuery<object> | undefined;
    if (field === RANK) beyond = (v as number) > 0 ? { $not: search!.atLeast(v as number) } : undefined;
    else if (dir === 'ASC') beyond = v === null ? undefined : { $or: [{ [field]: { $gt: v } }, { [field]: null }] };
    else beyond = v === null ? { [field]: { $ne: null } } : { [field]: { $lt: v } };
    if (!beyond) return;
    const equalBefore = keys.slice(0, i).map(([f], j) => equal(f, values[j]));
    branches.push({ $and: [...equalBefore, beyond] });
  });
  return branches.length ? { $or: branches } : { id: null };
}
