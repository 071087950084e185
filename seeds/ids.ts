import { createHash } from 'node:crypto';

/**
 * A UUID in the version-5 layout from a stable key: the same key gives the same id on
 * every run, so seeded rows can be compared, referenced and re-created exactly.
 */
export function stableId(key: string): string {
  const h = createHash('sha1').update(key).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

export type IdMaker = (kind: string, key: string | number) => string;

/** Ids of one data set: idSpace('demo')('community', 'DH-001') = stableId('demo:community:DH-001'). */
export const idSpace =
  (space: string): IdMaker =>
  (kind, key) =>
    stableId(`${space}:${kind}:${key}`);
