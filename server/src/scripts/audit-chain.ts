// `npm run audit:verify [-- --anchor file ...]`, `npm run audit:anchor [-- --out file]` (docs/deploy.md "Audit chain").
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../config';
import { openTarget } from '../db/backup/target';
import { anchorFile, chainHeads, parseAnchor } from '../db/chain/heads';
import { describeReport, verifyChains } from '../db/chain/verify';
import { CHAINED_TABLES } from '../modules/audit/chained-tables';

const USAGE = 'Usage: audit-chain.ts verify [--anchor file ...] | anchor [--out file]';

/** `--name value` pairs; anything else is a usage mistake, said before the database is touched. */
function options(args: string[], allowed: string): string[] {
  const values: string[] = [];
  for (let i = 0; i < args.length; i += 2) {
    if (args[i] !== allowed || !args[i + 1]) throw new Error(`Unexpected argument "${args[i]}". ${USAGE}`);
    values.push(args[i + 1]);
  }
  return values;
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  if (command !== 'verify' && command !== 'anchor') throw new Error(USAGE);
  const files = options(args, command === 'verify' ? '--anchor' : '--out');
  if (command === 'anchor' && files.length > 1) throw new Error(`anchor takes one --out file. ${USAGE}`);
  const anchors = command === 'verify' ? files.map((f) => parseAnchor(readFileSync(path.resolve(f), 'utf8'), f)) : [];

  const target = await openTarget(loadConfig());
  try {
    if (command === 'verify') {
      const reports = await verifyChains(target.url, CHAINED_TABLES, { anchors });
      for (const r of reports) (r.broken ? console.error : console.log)(describeReport(r));
      return reports.some((r) => r.broken) ? 1 : 0;
    }
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const anchor = anchorFile(await chainHeads(async (sql, params) => (await client.query(sql, params)).rows, CHAINED_TABLES));
      const json = `${JSON.stringify(anchor, null, 2)}\n`;
      if (files[0]) {
        writeFileSync(path.resolve(files[0]), json);
        console.log(
          `anchor written to ${path.resolve(files[0])}: ${anchor.chains.map((c) => `${c.chain} seq ${c.seq} ${c.hash}`).join('; ')}`,
        );
      } else process.stdout.write(json);
      return 0;
    } finally {
      await client.end();
    }
  } finally {
    await target.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 2;
  },
);
