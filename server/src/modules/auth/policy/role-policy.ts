import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AccessPolicy } from '../../../core/access/policy';
import type { Viewer } from '../../../core/access/viewer';
import type { RecordDecl } from '../../../core/declare';
import { appError } from '../../../core/errors';
import { ownedCondition } from './ownership';
import { publicRows } from './public-rows';
import { fieldAccess } from './read-access';
import { assertCanWrite, assertMayWriteType, bindingOf } from './write-rules';

/** Rows of every type only anonymous-like callers are limited to; everyone else sees all rows, fields permitting. */
function seesOnlyPublicRows(viewer: Viewer, decl: RecordDecl): boolean {
  return viewer.kind === 'anonymous' || (viewer.kind === 'partner' && !viewer.scopes.includes(decl.scope));
}

/**
 * The access policy of domain.md for one request: built per viewer with the
 * request's EntityManager, so its "is this row in my community" answers are
 * batched (one query per type per tick) and cached for the request.
 */
export function rolePolicy(viewer: Viewer, em: EntityManager): AccessPolicy {
  const owned = new Map<string, DataLoader<string, boolean>>();
  const binding = bindingOf(viewer);

  const inOwnScope = (decl: RecordDecl, id: string): Promise<boolean> => {
    if (!binding) return Promise.resolve(false);
    let loader = owned.get(decl.name);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = (await em.find(decl.cls, { $and: [{ id: { $in: [...ids] } }, ownedCondition(decl, binding)] } as never, {
          fields: ['id'] as never,
          filters: false,
          disableIdentityMap: true,
        })) as unknown as Array<{ id: string }>;
        const yes = new Set(rows.map((r) => r.id));
        return ids.map((id) => yes.has(id));
      });
      owned.set(decl.name, loader);
    }
    return loader.load(id);
  };

  const readAccess = (decl: RecordDecl, field: string) => fieldAccess(viewer, decl, field);

  return {
    rowFilter: (decl) => (seesOnlyPublicRows(viewer, decl) ? publicRows(decl) : {}),
    guardField: (decl, field, path) => {
      // Filtering or sorting by a field readable only in some rows would reveal it in the others.
      if (readAccess(decl, field) !== 'ALL') {
        throw appError('FORBIDDEN', `You may not filter or sort by ${decl.name}.${field}`, { path });
      }
    },
    readsEverywhere: (decl, field) => readAccess(decl, field) === 'ALL',
    canReadField: (decl, field, row) => {
      const access = readAccess(decl, field);
      if (access === 'ALL') return true;
      if (access === 'NONE') return false;
      const id = (row as { id?: unknown }).id;
      return typeof id === 'string' ? inOwnScope(decl, id) : false;
    },
    assertMayWriteType: (decl, op) => assertMayWriteType(viewer, decl, op),
    assertCanWrite: (decl, op, before, after, named) => assertCanWrite(em, viewer, decl, op, before, after, named),
  };
}
