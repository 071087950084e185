import type { ClearRead } from '../../core/access/clear-reads';
import type { AppContext } from '../../core/context';
import { AccessLogEntry } from './access-log-entry.entity';
import { actorOf } from './record-audit';

/**
 * The access log's writer (core/access/clear-reads.ts calls it before a response leaves):
 * one INSERT for all of a request's clear reads, on a connection of its own (a mutation's
 * transaction has ended by then; a query has none).
 */
export async function recordClearReads(ctx: AppContext, reads: ClearRead[]): Promise<void> {
  const actor = actorOf(ctx.viewer);
  const at = new Date();
  const em = ctx.em.fork();
  await em.insertMany(
    AccessLogEntry,
    reads.map((r) => ({ ...actor, at, ...r, requestId: ctx.requestId })),
  );
}
