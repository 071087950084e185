import { isBlank, type AttrDecl, type FieldProblem, type RecordDecl } from '../declare';

type Values = Record<string, unknown>;

function checkAttr(attr: AttrDecl, value: unknown): string | undefined {
  if (value === undefined || value === null) return attr.required ? 'is required' : undefined;
  if (typeof value === 'string' && attr.required && value.trim() === '' && attr.type !== 'decimal') return 'is required';
  switch (attr.type) {
    case 'string':
    case 'text': {
      const text = value as string;
      if (attr.maxLength && [...text].length > attr.maxLength) return `must be at most ${attr.maxLength} characters (got ${[...text].length})`;
      if (attr.pattern && text !== '' && !attr.pattern.regex.test(text)) return `must be ${attr.pattern.message}`;
      return undefined;
    }
    case 'int':
    case 'float':
    case 'decimal': {
      const n = Number(value);
      if (!Number.isFinite(n)) return 'must be a finite number';
      if (attr.min !== undefined && n < attr.min) return `must be at least ${attr.min}`;
      if (attr.max !== undefined && n > attr.max) return `must be at most ${attr.max}`;
      return undefined;
    }
    case 'enumSet':
      return new Set(value as unknown[]).size === (value as unknown[]).length ? undefined : 'must not repeat a value';
    default:
      return undefined;
  }
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
