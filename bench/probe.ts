import pg from 'pg';
import type { HttpRequest } from './queries';

export async function send(baseUrl: string, r: HttpRequest): Promise<any> {
  const res = await fetch(baseUrl + r.path, { method: r.method, headers: r.headers, body: r.body });
  const text = await res.text();
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`${baseUrl}${r.path} answered ${res.status}: ${text.slice(0, 300)}`);
  }
  if (!res.ok || body.errors) throw new Error(`${baseUrl}${r.path} answered ${res.status}: ${text.slice(0, 600)}`);
  return body;
}

/**
 * SQL statements per request, from pg_stat_statements: the calls recorded in this
 * database while `n` requests run one after another, divided by n (BEGIN, COMMIT
 * and SET count too: each is a round trip). Only the probed server is busy then.
 */
export class StatementCounter {
  private constructor(private readonly client: pg.Client | null) {}

  static async open(databaseUrl: string, enabled: boolean): Promise<StatementCounter> {
    if (!enabled) return new StatementCounter(null);
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    return new StatementCounter(client);
  }

  private async calls(): Promise<number> {
    const { rows } = await this.client!.query(`select coalesce(sum(calls), 0)::bigint as n from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database()) and query not like '%pg_stat_statements%'`);
    return Number(rows[0].n);
  }

  /** Statements per request, or null when pg_stat_statements is not available. */
  async perRequest(run: () => Promise<unknown>, n: number): Promise<number | null> {
    if (!this.client) {
      for (let i = 0; i < n; i++) await run();
      return null;
    }
    const before = await this.calls();
    for (let i = 0; i < n; i++) await run();
    // pg_stat_statements records a statement when it ends; the response comes after that.
    return ((await this.calls()) - before) / n;
  }

  close = async () => void (await this.client?.end());
}
