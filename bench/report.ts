import os from 'node:os';
import type { DriveResult } from './drive';
import type { BenchOptions } from './options';
import type { ServerName } from './servers';

/** Everything measured for one query on one server. */
export interface Cell {
  rounds: DriveResult[];
  /** Peak resident memory of the server process while it was under this load. */
  rssMb: number;
  statements: number | null;
  /** Statements per request with a page of 10 instead of 50 (Q1, Q2). */
  statementsSmallPage?: number | null;
}

export type Results = Record<string, Partial<Record<ServerName, Cell>>>;

export const SERVER_LABEL: Record<ServerName, string> = { ours: 'this platform', postgraphile: 'PostGraphile 5', raw: 'raw SQL (pg)' };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};

export const summary = (c: Cell) => ({
  rps: median(c.rounds.map((r) => r.rps)),
  p50: median(c.rounds.map((r) => r.p50)),
  p99: median(c.rounds.map((r) => r.p99)),
  failures: c.rounds.reduce((n, r) => n + r.failures, 0),
});

const fmt = (n: number | null | undefined, digits = 0) => (n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(digits));
const mark = (ok: boolean | null) => (ok === null ? '' : ok ? ' ✓' : ' ✗');

export interface Environment {
  date: string;
  postgres: string;
  statementStats: boolean;
  inputs: string;
}

/** The markdown written to docs/benchmarks.md (and printed). */
export function renderReport(o: BenchOptions, env: Environment, results: Results, titles: Record<string, string>): string {
  const cpu = os.cpus();
  const lines: string[] = [];
  lines.push(
    `Run ${env.date} on ${cpu[0]?.model ?? 'unknown CPU'} × ${cpu.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${os.type()} ${os.release()};`,
  );
  lines.push(`Node ${process.version} (this platform, raw SQL) and Node 22 (PostGraphile); ${env.postgres}.`);
  lines.push(
    `City of ${o.communities} communities; autocannon, ${o.connections} connections, ${o.duration} s per query per server per round, ${o.rounds} rounds interleaved; medians of the rounds. ${env.inputs}`,
  );
  lines.push('');
  lines.push('| query | server | req/s | p50 ms | p99 ms | SQL statements / request | peak RSS MB | failed requests |');
  lines.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [q, cells] of Object.entries(results)) {
    for (const [name, cell] of Object.entries(cells) as Array<[ServerName, Cell]>) {
      const s = summary(cell);
      lines.push(
        `| ${q} | ${SERVER_LABEL[name]} | ${fmt(s.rps)} | ${fmt(s.p50, 1)} | ${fmt(s.p99, 1)} | ${fmt(cell.statements, 1)} | ${fmt(cell.rssMb)} | ${s.failures} |`,
      );
    }
  }
  lines.push('');
  lines.push('Targets (✓ met, ✗ not met):');
  lines.push('');
  lines.push(
    '| query | req/s ours ÷ PostGraphile (≥ 1.0) | req/s ours ÷ raw SQL | p50 ours ÷ raw SQL (≤ 1.5) | SQL statements, page of 10 → 50 (fixed) | peak RSS ours (< 300 MB) |',
  );
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const [q, cells] of Object.entries(results)) {
    const ours = cells.ours && summary(cells.ours);
    const pgl = cells.postgraphile && summary(cells.postgraphile);
    const raw = cells.raw && summary(cells.raw);
    const vsPgl = ours && pgl ? ours.rps / pgl.rps : null;
    const vsRaw = ours && raw ? ours.rps / raw.rps : null;
    const p50 = ours && raw ? ours.p50 / Math.max(raw.p50, 1) : null;
    const small = cells.ours?.statementsSmallPage;
    const fixed =
      small === undefined ? `${fmt(cells.ours?.statements, 1)} (one page size)` : `${fmt(small, 1)} → ${fmt(cells.ours?.statements, 1)}`;
    const fixedOk = small === undefined || small === null ? null : small === cells.ours?.statements;
    const rss = cells.ours?.rssMb ?? null;
    lines.push(
      `| ${q} | ${fmt(vsPgl, 2)}${mark(vsPgl === null ? null : vsPgl >= 1)} | ${fmt(vsRaw, 2)} | ${fmt(p50, 2)}${mark(p50 === null ? null : p50 <= 1.5)} | ${fixed}${mark(fixedOk)} | ${fmt(rss)}${mark(rss === null ? null : rss < 300)} |`,
    );
  }
  lines.push('');
  lines.push('p50 ratios use max(raw p50, 1 ms) as the denominator: autocannon reports whole milliseconds.');
  lines.push('');
  lines.push('Queries:');
  for (const [q, title] of Object.entries(titles)) lines.push(`- ${q}: ${title}`);
  return lines.join('\n');
}
