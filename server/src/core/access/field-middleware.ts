import type { MiddlewareFn } from 'type-graphql';
import type { AppContext } from '../context';
import { allRecords, type RecordDecl } from '../declare';
import { forbidden } from '../errors';

let byType: Map<string, RecordDecl> | undefined;

/**
 * Field-level read rules, applied once for every field of every record type
 * (attributes, references, inverse lists): a field the caller may not read
 * resolves to null with FORBIDDEN at its path, and the rest is still served.
 */
export const fieldAccessMiddleware: MiddlewareFn<AppContext> = async ({ root, context, info }, next) => {
  byType ??= new Map(allRecords().map((d) => [d.name, d]));
  const decl = byType.get(info.parentType.name);
  if (decl && root && !(await context.access.canReadField(decl, info.fieldName, root as object))) {
    throw forbidden(`You may not read ${decl.name}.${info.fieldName}`);
  }
  return next();
};
