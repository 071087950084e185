import { maxValue, minValue, regex, required, type Validator } from 'react-admin';
import type { FieldDef } from '../model/types';

// Money is typed as text and kept as an exact decimal string: never parsed into a float.
const DECIMAL = /^-?\d{1,12}(\.\d{1,2})?$/;

/** At most `max` characters, counted as the server counts them (code points, not UTF-16 units). */
const maxChars =
  (max: number): Validator =>
  (value: unknown) =>
    typeof value === 'string' && [...value].length > max ? { message: 'ra.validation.maxLength', args: { max } } : undefined;

/**
 * The declared validation of a field, checked in the browser before anything is sent: required,
 * min/max, length and pattern (with the declared message). The server checks the same again.
 */
export function validatorsOf(field: FieldDef, decimalMessage: string): Validator[] {
  const validate: Validator[] = [];
  if (field.required) validate.push(required());
  if (field.kind === 'decimal') validate.push(regex(DECIMAL, decimalMessage));
  if (field.min !== undefined) validate.push(minValue(field.min));
  if (field.max !== undefined) validate.push(maxValue(field.max));
  if (field.maxLength !== undefined) validate.push(maxChars(field.maxLength));
  if (field.pattern) validate.push(regex(new RegExp(field.pattern.source, field.pattern.flags), field.pattern.message));
  return validate;
}
