import type { FieldDecl, RecordDecl } from './types';

/**
 * Where each field stands in its entity's source. Property decorators run in source order,
 * so one running count orders every class's @Attr and @Ref lines as written (the record's
 * `fields` list has its attributes first, then its references: it loses that order).
 */
const positions = new WeakMap<FieldDecl, number>();
let next = 0;

/** Called by @Attr and @Ref as each field is declared. */
export function noteDeclared(field: FieldDecl): void {
  positions.set(field, next++);
}

/** A record's own fields (no system fields) in the order its entity declares them. */
export function declaredFields(decl: RecordDecl): FieldDecl[] {
  return decl.fields.filter((f) => positions.has(f)).sort((a, b) => positions.get(a)! - positions.get(b)!);
}
