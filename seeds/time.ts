import type { Rng } from './random';

/** A calendar day, "YYYY-MM-DD". */
export type Day = string;

const DAY_MS = 86_400_000;

export const dayMs = (d: Day): number => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
export const toDay = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);
export const addDays = (d: Day, n: number): Day => toDay(dayMs(d) + n * DAY_MS);
export const daysBetween = (from: Day, to: Day): number => Math.round((dayMs(to) - dayMs(from)) / DAY_MS);
export const maxDay = (...days: Day[]): Day => days.reduce((a, b) => (a > b ? a : b));
export const minDay = (...days: Day[]): Day => days.reduce((a, b) => (a < b ? a : b));
export const yearOf = (d: Day): number => +d.slice(0, 4);

/** A day from `from` to `to`, both included (from when the range is empty). */
export const randomDay = (r: Rng, from: Day, to: Day): Day => addDays(from, r.int(0, Math.max(0, daysBetween(from, to))));

/** An instant on day `d` at hour:minute Beijing time (UTC+8), as an ISO string. */
export const instant = (d: Day, hour = 9, minute = 0): string =>
  new Date(dayMs(d) + (hour - 8) * 3_600_000 + minute * 60_000).toISOString();

/** Some instant in office hours on day `d`. */
export const officeInstant = (r: Rng, d: Day): string => instant(d, r.int(8, 17), r.int(0, 59));
