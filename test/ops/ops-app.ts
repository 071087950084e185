import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createApp, type App } from '../../server/src/app';
import type { AppConfig } from '../../server/src/config';
import { hashPassword, User } from '../../server/src/modules/auth';
import { createLogger } from '../../server/src/ops';
import { cloneTemplateDatabase } from '../support/database';
import { testConfig } from '../support/test-app';

export const ADMIN_EMAIL = 'admin@example.org';
export const ADMIN_PASSWORD = 'demo-password';

/** A served app whose JSON log lines are kept (pino writing to an array), with an ADMIN to log in as. */
export interface OpsApp {
  app: App;
  base: string;
  /** Every line logged so far, parsed; `raw` as written. */
  lines: () => Array<Record<string, unknown>>;
  raw: () => string;
  close: () => Promise<void>;
}

export async function startOpsApp(settings: Partial<AppConfig> = {}): Promise<OpsApp> {
  const db = await cloneTemplateDatabase();
  const written: string[] = [];
  const logger = createLogger('info', { write: (line: string) => void written.push(line) });
  const app = await createApp({ ...testConfig(), ...settings }, db.url, undefined, logger);
  const em = app.orm.em.fork();
  em.create(User, {
    email: ADMIN_EMAIL,
    displayName: '管理员',
    passwordHash: await hashPassword(ADMIN_PASSWORD),
    role: 'ADMIN',
    active: true,
  });
  await em.flush();
  const base = `http://127.0.0.1:${await app.listen(0, '127.0.0.1')}`;
  return {
    app,
    base,
    raw: () => written.join(''),
    lines: () => written.map((l) => JSON.parse(l) as Record<string, unknown>),
    async close() {
      await app.close();
      await db.drop();
    },
  };
}

export const post = (base: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The text of a registered partner operation (schema/trusted-documents), by its operation name. */
export function registeredOperation(name: string): string {
  const manifest = JSON.parse(
    readFileSync(path.resolve(__dirname, '../../schema/trusted-documents/partner-example.json'), 'utf8'),
  ) as Record<string, string>;
  const text = Object.values(manifest).find((q) => q.startsWith(`query ${name}(`) || q.startsWith(`query ${name} `));
  if (!text) throw new Error(`no registered operation ${name}`);
  return text;
}

/** A sample's value in a Prometheus text exposition (0 when the series is absent). */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return 0;
}

/** A bearer token of the app's ADMIN, logged in over HTTP. */
export async function adminAuth(base: string): Promise<Record<string, string>> {
  const res = await post(base, { query: `mutation { login(email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}") { token } }` });
  const { data } = (await res.json()) as { data: { login: { token: string } } };
  return { authorization: `Bearer ${data.login.token}` };
}
