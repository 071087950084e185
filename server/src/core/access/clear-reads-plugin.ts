import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../context';
import type { ClearRead } from './clear-reads';

/** Writes a request's clear reads (the audit module's access log). */
export type ClearReadRecorder = (ctx: AppContext, reads: ClearRead[]) => Promise<void>;

/**
 * Nothing read in clear leaves unrecorded: the reads are written before the response is
 * sent, and when they cannot be written the response is replaced by an error (the
 * values were read, but nobody receives them).
 */
export function clearReadsPlugin(
  record: ClearReadRecorder,
  failed: (err: unknown) => void = (err) => console.error('[access-log] clear reads could not be recorded; the answer was withheld', err),
): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, response }) {
          const reads = ctx.clearReads.take();
          if (!reads.length) return;
          try {
            await record(ctx, reads);
          } catch (err) {
            failed(err);
            response.http.status = 500;
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
