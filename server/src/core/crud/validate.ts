import { isBlank, kindOf, type AttrDecl, type FieldProblem, type RecordDecl } from '../declare';

type Values = Record<string, unknown>;

function checkAttr(attr: AttrDecl, value: unknown): string | undefined {
  if (value === undefined || value === null) return attr.required ? 'is required' : undefined;
  if (typeof value === 'string' && attr.required && value.trim() === '' && attr.type !== 'decimal') return 'is required';
  return kindOf(attr).problem(attr, value);
}

/**
 * Checks a record's values against its declaration and its record rules.
 * `values` holds attributes by name and references as ids by reference name.
 *
 * `changed` (an update: the fields it changes; a restore: none) limits the field checks to
 * what the write changes. A stored value that a later, stricter rule refuses (an identity
 * number from before GB 11643 was checked) is reported by `npm run data:check-formats`, not
 * by refusing an unrelated edit, and not to a writer who may not read that field: whether
 * its stored value is valid is itself something the writer may not be told.
 */
export function validateRecord(decl: RecordDecl, values: Values, changed?: ReadonlySet<string>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const attr of decl.attrs.filter((a) => a.writable && (!changed || changed.has(a.name)))) {
    const message = checkAttr(attr, values[attr.name]);
    if (message) problems.push({ path: `input.${attr.name}`, message: `${attr.label.zh} (${attr.name}) ${message}` });
  }
  for (const ref of decl.refs.filter((r) => !changed || changed.has(r.name))) {
    if (ref.required && isBlank(values[ref.name]))
      problems.push({ path: `input.${ref.name}Id`, message: `${ref.label.zh} (${ref.name}Id) is required` });
  }
  for (const rule of decl.rules) problems.push(...rule(values, changed));
  // One message per path is enough for a person to act on.
  const seen = new Set<string>();
  return problems.filter((p) => !seen.has(p.path) && seen.add(p.path));
}

/**
 * Values for fields the server sets itself that released input types still carry
 * (`retiredInput`): refused, so nobody can believe they set who approved a line.
 * A null is no value and passes (a client that sends every field as it read it).
 */
export function retiredInputProblems(decl: RecordDecl, input: Values): FieldProblem[] {
  return decl.attrs
    .filter((a) => !a.writable && a.retiredInput && input[a.name] !== undefined && input[a.name] !== null)
    .map((a) => ({ path: `input.${a.name}`, message: `${a.label.zh} (${a.name}) is set by the server: leave it out` }));
}
