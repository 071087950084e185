// The raw-SQL yardstick: node's http and one pooled pg connection per request,
// one prepared statement per reference query. No GraphQL, no ORM, no access checks.
import http from 'node:http';
import pg from 'pg';
import { RAW_SQL } from './raw-sql';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.PG_POOL_MAX ?? 10) });
const port = Number(process.env.PORT ?? 4102);

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (url.pathname === '/healthz') return void res.end('ok');
  const name = url.pathname.slice(1);
  const statement = RAW_SQL[name];
  if (!statement) {
    res.statusCode = 404;
    return void res.end('unknown query');
  }
  try {
    const result = await pool.query({ name, text: statement.text, values: statement.params(url.searchParams) });
    res.setHeader('content-type', 'application/json');
    res.end(result.rows[0]?.body ?? '{"data":null}');
  } catch (err) {
    res.statusCode = 500;
    res.end(String(err));
  }
});

server.listen(port, '127.0.0.1', () => console.log(`raw SQL baseline on ${port}`));
const stop = () => server.close(() => void pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
