import type { FilterQuery } from '@mikro-orm/core';
import type { RecordDecl } from '../declare';
import type { Viewer } from './viewer';

export type WriteOp = 'create' | 'update' | 'delete' | 'restore';

/**
 * The one place the generic machinery asks "may this viewer...". Every list,
 * filter, order, field and write goes through it; no resolver decides on its own.
 */
export interface AccessPolicy {
  /** Rows of `decl` this viewer may see at all (merged into every list, lookup and relation filter). */
  rowFilter(decl: RecordDecl): FilterQuery<object>;
  /**
   * Throws FORBIDDEN when the viewer may not filter or sort by this field. Spelled out,
   * not crud's FieldGuard: the filter compiler calls the policy, the policy names no crud type.
   */
  guardField: (decl: RecordDecl, field: string, path: string) => void;
  /** Whether the viewer may read this GraphQL field in every row (no per-row check needed). */
  readsEverywhere(decl: RecordDecl, field: string): boolean;
  /** Whether the viewer may read this GraphQL field of this row (asked by the field middleware for every record field). */
  canReadField(decl: RecordDecl, field: string, row: object): boolean | Promise<boolean>;
  /**
   * Throws when the viewer may not do `op` on this type at all. Asked first by every write,
   * before any row is looked up: otherwise a refused caller learns which ids exist.
   */
  assertMayWriteType(decl: RecordDecl, op: WriteOp): void;
  /**
   * Throws when the viewer may not write this record (values before and after the write).
   * `named`: the fields an update's input names, changed or not (a field the viewer may not
   * read is refused even when sent with its stored value: else success would confirm that value).
   */
  assertCanWrite(
    decl: RecordDecl,
    op: WriteOp,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
    named?: ReadonlySet<string>,
  ): void | Promise<void>;
}

export type PolicyFactory = (viewer: Viewer) => AccessPolicy;
