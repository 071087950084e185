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
 */
export function validateRecord(decl: RecordDecl, values: Values): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const attr of decl.attrs.filter((a) => a.writable)) {
    const message = checkAttr(attr, values[attr.name]);
    if (message) problems.push({ path: `input.${attr.name}`, message: `${attr.label.zh} (${attr.name}) ${message}` });
  }
  for (const ref of decl.refs) {
    if (ref.required && isBlank(values[ref.name])) problems.push({ path: `input.${ref.name}Id`, message: `${ref.label.zh} (${ref.name}Id) is required` });
  }
  for (const rule of decl.rules) problems.push(...rule(values));
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
