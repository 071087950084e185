import type { FieldProblem, RecordRule } from './types';

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The record belongs to exactly one of these (e.g. a community or a service centre). */
export const exactlyOne =
  (...names: string[]): RecordRule =>
  (values) => {
    const set = names.filter((n) => !blank(values[n]));
    if (set.length === 1) return [];
    const message = `set exactly one of ${names.map((n) => `${n}Id`).join(' or ')} (${set.length} given)`;
    return names.map((n) => ({ path: `input.${n}Id`, message }));
  };

/** `field` must be given when `when(values)` holds, and must be empty otherwise. */
export const onlyWhen =
  (field: string, when: (v: Record<string, unknown>) => boolean, describe: string): RecordRule =>
  (values) => {
    const problems: FieldProblem[] = [];
    if (when(values) && blank(values[field])) problems.push({ path: `input.${field}`, message: `required ${describe}` });
    if (!when(values) && !blank(values[field]))
      problems.push({ path: `input.${field}`, message: `must be empty unless ${describe.replace(/^for /, '')}` });
    return problems;
  };

/** `later` is not before `earlier` (both dates or numbers, when both are set). */
export const notBefore =
  (later: string, earlier: string): RecordRule =>
  (values) =>
    !blank(values[later]) && !blank(values[earlier]) && String(values[later]) < String(values[earlier])
      ? [{ path: `input.${later}`, message: `must not be before ${earlier} (${String(values[earlier])})` }]
      : [];

/** `smaller` is at most `larger` (numbers, when both are set). */
export const atMost =
  (smaller: string, larger: string): RecordRule =>
  (values) =>
    !blank(values[smaller]) && !blank(values[larger]) && Number(values[smaller]) > Number(values[larger])
      ? [{ path: `input.${smaller}`, message: `must not exceed ${larger} (${String(values[larger])})` }]
      : [];

export const isBlank = blank;
