import type { RevealPurposeKey } from './reveal';

/** One clear read of a masked field of one record, asked for with `@reveal(purpose:)`. */
export interface ClearRead {
  recordType: string;
  recordId: string;
  field: string;
  purpose: RevealPurposeKey;
}

/**
 * The clear reads of one request, noted by the field guard while the answer is built and
 * written by clearReadsPlugin before the answer leaves. The same field of the same record
 * read twice in one request (aliases, two lists) is one entry.
 */
export class ClearReads {
  private readonly reads = new Map<string, ClearRead>();

  note(read: ClearRead): void {
    const key = `${read.recordType}\u0000${read.recordId}\u0000${read.field}\u0000${read.purpose}`;
    if (!this.reads.has(key)) this.reads.set(key, read);
  }

  /** The reads so far, in a fixed order (resolvers finish in no fixed order; the log's order should not vary with that). */
  take(): ClearRead[] {
    const out = [...this.reads.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, read]) => read);
    this.reads.clear();
    return out;
  }
}
