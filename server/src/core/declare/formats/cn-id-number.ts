import { PROVINCE_CODES } from './regions';

/**
 * 居民身份证号码 (GB 11643-1999): 6-digit region code, birth date YYYYMMDD, 3-digit sequence
 * (odd for men, even for women) and an ISO 7064 MOD 11-2 check character. Each failure says
 * which part is wrong, so a person can find the typo.
 */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The MOD 11-2 check character of the first 17 digits. */
export const idCheckChar = (first17: string): string => CHECK[[...first17].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0) % 11];

export interface IdNumberFacts {
  birthDate: string; // YYYYMMDD
  birthYear: number;
  gender: 'MALE' | 'FEMALE';
}

const today = () => new Date().toISOString().slice(0, 10).replace(/-/g, '');

function birthDateProblem(date: string): string | undefined {
  const [y, m, d] = [date.slice(0, 4), date.slice(4, 6), date.slice(6, 8)].map(Number);
  const real = new Date(Date.UTC(y, m - 1, d));
  if (real.getUTCFullYear() !== y || real.getUTCMonth() !== m - 1 || real.getUTCDate() !== d)
    return `birth date ${date} is not a real date`;
  if (y < 1900) return `birth date ${date} is before 1900`;
  if (date > today()) return `birth date ${date} is in the future`;
  return undefined;
}

/** What is wrong with a (normalised) number, naming the part that fails; undefined when valid. */
export function cnIdNumberProblem(value: string): string | undefined {
  if (/^\d{15}$/.test(value))
    return 'a legacy 15-digit number: 18-digit numbers are required (convert the old number to its 18-digit form)';
  if (value.length !== 18) return `must be 18 characters (got ${[...value].length})`;
  if (!/^\d{17}[\dX]$/.test(value)) return 'must be 17 digits and a digit or X';
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return `region code ${value.slice(0, 2)} is not a province`;
  const date = birthDateProblem(value.slice(6, 14));
  if (date) return date;
  const check = idCheckChar(value.slice(0, 17));
  if (value[17] !== check) return `check digit should be ${check}`;
  return undefined;
}

/** Trimmed, lowercase x as X: the one stored form. */
export const normaliseCnIdNumber = (value: string): string => value.trim().toUpperCase();

/** Birth date, year and gender (17th digit: odd male, even female) of a valid number; undefined otherwise. */
export function idNumberFacts(value: string): IdNumberFacts | undefined {
  if (cnIdNumberProblem(value)) return undefined;
  const birthDate = value.slice(6, 14);
  return { birthDate, birthYear: Number(birthDate.slice(0, 4)), gender: Number(value[16]) % 2 === 1 ? 'MALE' : 'FEMALE' };
}
