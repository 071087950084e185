import { idNumberFacts } from './formats';
import { isBlank } from './rules';
import type { RecordRule } from './types';

interface Agreement {
  /** The field holding the birth year, if the record has one. */
  birthYear?: string;
  /** The gender field and its values for men and women (the module's enum, which core cannot import). */
  gender?: { field: string; male: string; female: string };
}

/**
 * A record that holds an identity number and a birth year or gender must say the same as
 * the number (birth date in positions 7-14, gender by the 17th digit: odd male, even
 * female). Reported at the number, naming the field it disagrees with but no digit of the
 * number: a RESTRICTED value must not come back in a message to a caller who may not read it.
 * An invalid number is its own field problem and is not compared.
 *
 * Only a write that sets the number is compared (`changed`). The number is RESTRICTED, and
 * a writer changes only fields it may read: were a staff member's change of `gender` refused
 * because it disagrees with the stored number, the refusal would tell them the number's
 * 17th digit. A birth year or gender edited later against the number is listed by
 * `npm run data:check-formats` instead.
 */
export const agreesWithIdNumber =
  (idField: string, agreement: Agreement): RecordRule =>
  (values, changed) => {
    if (changed && !changed.has(idField)) return [];
    const id = values[idField];
    const facts = typeof id === 'string' ? idNumberFacts(id) : undefined;
    if (!facts) return [];
    const wrong: string[] = [];
    const year = agreement.birthYear && values[agreement.birthYear];
    if (agreement.birthYear && !isBlank(year) && Number(year) !== facts.birthYear) wrong.push(`${agreement.birthYear} (${String(year)})`);
    const g = agreement.gender;
    const gender = g && values[g.field];
    if (g && !isBlank(gender) && gender !== (facts.gender === 'MALE' ? g.male : g.female)) wrong.push(`${g.field} (${String(gender)})`);
    if (!wrong.length) return [];
    return [
      {
        path: `input.${idField}`,
        message: `身份证号 (${idField}) does not agree with ${wrong.join(' and ')}: its birth date and 17th digit must match them`,
      },
    ];
  };
