import { HeaderMap } from '@apollo/server';
import type { Request } from 'express';
import type { LimitSettings } from '../../config';
import type { Viewer } from '../../core/access/viewer';
import { appError } from '../../core/errors';
import { memoryRateStore, type RateStore } from './rate-store';
import { redisRateStore } from './redis-rate-store';

export interface Throttle {
  /** Builds the request's context, then counts the request against its bucket (or refuses it). */
  guard<T extends { viewer: Viewer }>(req: Request, build: () => Promise<T>): Promise<T>;
  store: RateStore;
  close(): Promise<void>;
}

export const rateLimited = (retryAfterSeconds: number, what = 'Too many requests') =>
  appError('RATE_LIMITED', `${what}: try again in ${retryAfterSeconds} s`, {
    retryAfterSeconds,
    // Apollo answers a context error with this status and headers (and strips `http` from the body).
    http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
  });

/** The client's address: req.ip honours `trust proxy` (TRUST_PROXY), so X-Forwarded-For counts only behind your own proxy. */
export const clientAddress = (req: Request): string => req.ip ?? req.socket.remoteAddress ?? 'unknown';

/**
 * Rate limits per partner API key (when the viewer is a partner) and otherwise
 * per client address. Requests whose credentials are refused count against
 * their address too, so guessing keys or tokens is throttled as well.
 */
/** Which limit refused a request: the client address's or the partner key's. */
export type RateScope = 'address' | 'key';

export function createThrottle(
  limits: LimitSettings,
  store: RateStore = limits.redisUrl ? redisRateStore(limits.redisUrl) : memoryRateStore(),
  refused: (scope: RateScope) => void = () => undefined,
): Throttle {
  const windowMs = limits.rateWindowSeconds * 1000;
  const charge = async (bucket: string, limit: number) => {
    const { count, resetInMs } = await store.hit(bucket, windowMs);
    if (count <= limit) return;
    refused(bucket.startsWith('key:') ? 'key' : 'address');
    throw rateLimited(Math.max(1, Math.ceil(resetInMs / 1000)));
  };
  const address = (req: Request) => `ip:${clientAddress(req)}`;
  return {
    store,
    async guard(req, build) {
      let ctx: { viewer: Viewer };
      try {
        ctx = await build();
      } catch (err) {
        await charge(address(req), limits.ratePerAddress);
        throw err;
      }
      if (ctx.viewer.kind === 'partner') await charge(`key:${ctx.viewer.keyId}`, limits.ratePerKey);
      else await charge(address(req), limits.ratePerAddress);
      return ctx as Awaited<ReturnType<typeof build>>;
    },
    close: () => store.close(),
  };
}
