// Builds the console into admin/dist when its sources are newer than the last build,
// so `npm start` always serves the current console without rebuilding every time.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const config = path.join(here, 'vite.config.mts');
if (!existsSync(config)) {
  console.log('admin: no console sources yet; /admin/ serves a placeholder');
  process.exit(0);
}

const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((max, e) => {
    if (e.name === 'dist' || e.name === 'node_modules') return max;
    const p = path.join(dir, e.name);
    return Math.max(max, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const built = path.join(here, 'dist/index.html');
if (existsSync(built) && statSync(built).mtimeMs >= newest(here) && !process.argv.includes('--force')) {
  console.log('admin: build is current');
  process.exit(0);
}
console.log('admin: building the console…');
execFileSync(process.execPath, [path.join(here, '../node_modules/vite/bin/vite.js'), 'build', '--config', config, '--logLevel', 'warn'], {
  stdio: 'inherit',
  cwd: here,
});
