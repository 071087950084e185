// Bundles the GraphiQL explorer into graphiql/dist when it is missing or older than its
// sources or the installed graphiql package, so `npm start` serves it without a CDN.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const inputs = [
  ...readdirSync(here)
    .filter((f) => f !== 'dist')
    .map((f) => path.join(here, f)),
  path.join(root, 'node_modules/graphiql/package.json'),
  path.join(root, 'node_modules/@graphiql/react/package.json'),
];
const newest = Math.max(...inputs.filter(existsSync).map((f) => statSync(f).mtimeMs));
const built = path.join(here, 'dist/index.html');
if (existsSync(built) && statSync(built).mtimeMs >= newest && !process.argv.includes('--force')) process.exit(0);
console.log('graphiql: bundling the explorer…');
execFileSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(here, 'vite.config.mts'), '--logLevel', 'error'],
  {
    stdio: 'inherit',
    cwd: here,
  },
);
