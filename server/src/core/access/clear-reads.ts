import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../context';
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

  take(): ClearRead[] {
    const out = [...this.reads.values()];
    this.reads.clear();
    return out;
  }
}

/** Writes a request's clear reads (the audit module's access log). */
export type ClearReadRecorder = (ctx: AppContext, reads: ClearRead[]) => Promise<void>;

/**
 * Nothing read in clear leaves unrecorded: the reads are written before the response is
 * sent, and when they cannot be written the response is replaced by an error (the
 * values were read, but nobody receives them).
 */
export function clearReadsPlugin(record: ClearReadRecorder): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          const reads = ctx.clearReads.take();
          if (!reads.length) return;
          try {
            await record(ctx, reads);
          } catch (err) {
            console.error('[access-log] clear reads could not be recorded; the answer was withheld', err);
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'The access log could not be written: the answer was withheld',
                    extensions: { code: 'INTERNAL_SERVER_ERROR' },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
