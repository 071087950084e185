import { creditCodeProblem, normaliseCreditCode } from './credit-code';
import { cnIdNumberProblem, normaliseCnIdNumber } from './cn-id-number';
import { cnPhoneProblem, normaliseCnPhone } from './cn-phone';

/**
 * The national standards a string attribute can be declared to follow (`@Attr({ format })`).
 * One entry per standard, each in its own file: what it is called in a message, what is
 * wrong with a value, and the one form a value is stored in (applied to input before
 * validation, so the stored value is what was checked).
 */
export interface Format {
  /** Named in messages: "is not a valid <label>: <problem>". */
  label: string;
  problem(value: string): string | undefined;
  normalise(value: string): string;
}

export const FORMATS = {
  cnIdNumber: { label: '居民身份证号码 (GB 11643 resident identity number)', problem: cnIdNumberProblem, normalise: normaliseCnIdNumber },
  creditCode: {
    label: '统一社会信用代码 (GB 32100 unified social credit code)',
    problem: creditCodeProblem,
    normalise: normaliseCreditCode,
  },
  cnPhone: { label: '电话号码 (mainland phone number)', problem: cnPhoneProblem, normalise: normaliseCnPhone },
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;

/** The stored form of an input value; blank text is no value (null), so optional unique codes do not collide on ''. */
export function normaliseFormatted(format: FormatName, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return value.trim() === '' ? null : FORMATS[format].normalise(value);
}

/** The problem with a value of a formatted attribute, as a message tail; undefined when valid. */
export function formatProblem(format: FormatName, value: string): string | undefined {
  // Checked in the stored form: a stored value typed before normalisation is judged as it would be stored.
  const problem = FORMATS[format].problem(FORMATS[format].normalise(value));
  return problem && `is not a valid ${FORMATS[format].label}: ${problem}`;
}

export { creditCheckChar, CREDIT_ALPHABET } from './credit-code';
export { idCheckChar, idNumberFacts } from './cn-id-number';
export { displayCnPhone } from './cn-phone';
