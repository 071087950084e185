import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import type { AppContext } from '../context';
import { allRecords, fieldSensitivity, type AttrDecl, type RecordDecl } from '../declare';
import { forbidden } from '../errors';
import { masked, revealPurposeOf } from './reveal';

/** Fields every caller may read: PUBLIC attributes, references and inverse lists, and the version. */
function isPublic(decl: RecordDecl, field: string): boolean {
  if (field === 'version' || field === '__typename') return true;
  // Any field no declaration covers (a module's own, e.g. history) is checked.
  return fieldSensitivity(decl, field)?.sensitivity === 'PUBLIC';
}

const wrapped = new WeakSet<GraphQLSchema>();

/**
 * A masked field, once the caller may read it: asked without `@reveal` it gives its masked
 * form and nothing is recorded; asked with it, the clear value, and the read is noted for the
 * access log (written before the answer leaves: clear-reads.ts).
 */
function readMasked(
  decl: RecordDecl,
  attr: AttrDecl,
  plain: GraphQLFieldResolver<unknown, AppContext>,
): GraphQLFieldResolver<unknown, AppContext> {
  return (root, args, ctx, info) => {
    const value: unknown = plain(root, args, ctx, info);
    const purpose = revealPurposeOf(info);
    if (!purpose) return masked(attr, value);
    const id = (root as { id?: unknown }).id;
    if (value != null && typeof id === 'string') ctx.clearReads.note({ recordType: decl.name, recordId: id, field: attr.name, purpose });
    return value;
  };
}

/**
 * Field-level read rules on every field of every record type that is not PUBLIC
 * (attributes, references, inverse lists, module fields): a field the caller may
 * not read resolves to null with FORBIDDEN at its path, and the rest is still
 * served. PUBLIC fields are readable by everyone, so they are left as they are:
 * checking them was measurable (a promise per field of every row).
 */
export function guardRecordFields(schema: GraphQLSchema): void {
  if (wrapped.has(schema)) return;
  wrapped.add(schema);
  for (const decl of allRecords()) {
    const type = schema.getType(decl.name);
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (isPublic(decl, field.name)) continue;
      const plain: GraphQLFieldResolver<unknown, AppContext> = field.resolve ?? defaultFieldResolver;
      const attr = decl.attrs.find((a) => a.name === field.name);
      const resolve = attr?.mask ? readMasked(decl, attr, plain) : plain;
      const deny = () => {
        throw forbidden(`You may not read ${decl.name}.${field.name}`);
      };
      field.resolve = (root, args, ctx, info) => {
        if (!root) return resolve(root, args, ctx, info);
        const ok = ctx.access.canReadField(decl, field.name, root as object);
        if (ok instanceof Promise) return ok.then((yes) => (yes ? resolve(root, args, ctx, info) : deny()));
        return ok ? resolve(root, args, ctx, info) : deny();
      };
    }
  }
}
