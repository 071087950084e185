import { afterAll } from 'vitest';

/**
 * The reliability figures (README "Reliability"): each test file adds to its
 * own tally and prints it when the file is done, so the run's output shows
 * what was held. Importing this module registers the printing.
 */
const tally = new Map<string, number>();

export function recordFigure(name: string, amount: number): void {
  tally.set(name, (tally.get(name) ?? 0) + amount);
}

afterAll(() => {
  if (tally.size) console.log(`[reliability] ${[...tally].map(([k, v]) => `${k}: ${v}`).join(', ')}`);
});
