import type { MikroORM } from '@mikro-orm/postgresql';
import type { Router } from 'express';

/** Liveness: the process answers. Readiness: the database answers within a second. */
export function mountHealth(router: Router, orm: MikroORM): void {
  router.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  router.get('/readyz', async (_req, res) => {
    try {
      await Promise.race([
        orm.em.getConnection().execute('select 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('database did not answer within 1 s')), 1000).unref()),
      ]);
      res.json({ status: 'ready', database: 'up' });
    } catch (err) {
      res
        .status(503)
        .json({ status: 'not-ready', database: 'down', reason: err instanceof Error ? err.message.split('\n')[0] : 'unknown' });
    }
  });
}
