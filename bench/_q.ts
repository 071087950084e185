import 'reflect-metadata';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { rolePolicy } from '../server/src/modules/auth';
import { Loaders } from '../server/src/core/loaders/loaders';
import { QUERIES } from './queries';
(async () => {
  const config = loadConfig({ DEMO: 'false' });
  const queries: string[] = [];
  const app = await createApp(config, 'postgresql://postgres@127.0.0.1:5432/governance_bench_100', { onQuery: (q) => queries.push(q) });
  const id = (await app.orm.em.fork().getConnection().execute(`select id from community order by code offset 50 limit 1`))[0].id;
  for (const q of QUERIES.filter((x) => (process.env.ONLY ?? "Q1,Q2,Q3").split(",").includes(x.id))) {
    const r = q.request.ours({ communityId: id, year: 2026, page: 50, oursHeaders: {} });
    const body = JSON.parse(r.body!);
    const times: number[] = [];
    for (let i = 0; i < (Number(process.env.N) || 25); i++) {
      queries.length = 0;
      const em = app.orm.em.fork(); const viewer = { kind: 'user', id: 'x', email: 'x', role: 'ADMIN', serviceCenterId: null, communityId: null } as const;
      const access = rolePolicy(viewer, em);
      const t = performance.now();
      const res = await app.apollo.executeOperation(body, { contextValue: { em, viewer, access, loaders: new Loaders(em, access), config } });
      const ms = performance.now() - t; times.push(ms);
      if (i === (Number(process.env.N) || 25) - 1) { times.sort((a, b) => a - b); console.log(q.id, times[times.length >> 1].toFixed(1), 'ms', queries.length, 'statements', JSON.stringify(res.body).length, 'bytes'); if (process.env.SHOW) queries.forEach((s) => console.log('   ', s.slice(0, 400))); }
    }
  }
  await app.close();
})();
