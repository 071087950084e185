import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Metrics } from './metrics';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * GET /metrics (Prometheus text format). With METRICS_TOKEN set, only for
 * `Authorization: Bearer <token>` (401 otherwise, compared in constant time); without
 * it, open outside production (development, tests) and not served in production (404):
 * a deployment that scrapes sets the token, one that does not shows nothing.
 */
export function metricsEndpoint(metrics: Metrics, token: string | null, production: boolean): RequestHandler {
  const expected = token === null ? null : digest(`Bearer ${token}`);
  return (req, res, next) => {
    if (expected === null && production) return next();
    if (expected !== null && !timingSafeEqual(digest(req.headers.authorization ?? ''), expected)) {
      res
        .status(401)
        .set('www-authenticate', 'Bearer realm="metrics"')
        .type('text/plain')
        .send('A bearer token is required for /metrics\n');
      return;
    }
    metrics.text().then(
      (text) => void res.type(metrics.contentType).set('cache-control', 'no-store').send(text),
      (err: unknown) => next(err),
    );
  };
}
