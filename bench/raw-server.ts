// The raw-SQL yardstick: node's http and one pooled pg connection per request,
// one prepared statement per reference query. No GraphQL, no ORM, no access checks.
import http from 'node:http';
import pg from 'pg';
import { RAW_SQL } from './raw-sql';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.PG_POOL_MAX ?? 10) });
const port = Number(process.env.PORT ?? 4102);
/** Statement names by text: each text is parsed once per connection (a page size makes its own text). */
const names = new Map<string, string>();
const nameOf = (text: string) => names.get(text) ?? (names.set(text, `raw${names.size}`), `raw${names.size - 1}`);

const answer = async (req: http.IncomingMessage, res: http.ServerResponse) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/healthz') return void res.end('ok');
  const name = url.pathname.slice(1);
  const statement = RAW_SQL[name];
  if (!statement) {
    res.statusCode = 404;
    return void res.end('unknown query');
  }
  try {
    const text = statement.text(url.searchParams);
    const result = await pool.query({ name: nameOf(text), text, values: statement.params(url.searchParams) });
    res.setHeader('content-type', 'application/json');
    res.end(result.rows[0]?.body ?? '{"data":null}');
  } catch (err) {
    res.statusCode = 500;
    res.end(String(err));
  }
};

const server = http.createServer((req, res) => {
  answer(req, res).catch((err: unknown) => {
    res.statusCode = 500;
    res.end(String(err));
  });
});

server.listen(port, '127.0.0.1', () => console.log(`raw SQL baseline on ${port}`));
const stop = () =>
  server.close(() => {
    pool.end().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  });
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
