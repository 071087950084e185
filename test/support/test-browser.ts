import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LaunchOptions } from 'playwright-core';
import { ROOT } from '../../server/src/config';

/**
 * How the browser tests get a Chromium, and Chinese glyphs in their screenshots, on any
 * machine (README "The admin console" says the same):
 * - `CHROMIUM_PATH` when set and present, else Debian's /usr/bin/chromium (what .ci/run
 *   installs) or /usr/bin/chromium-browser;
 * - else the Chromium inside the dev dependency @sparticuz/chromium: a fresh clone's `npm ci`
 *   is enough. A `CHROMIUM_PATH` that does not exist (e.g. /nonexistent) therefore tests this
 *   fallback on a machine that has Chromium.
 */
export async function chromiumExecutable(env = process.env): Promise<{ path: string; source: string }> {
  const installed = [env.CHROMIUM_PATH ?? '/usr/bin/chromium', ...(env.CHROMIUM_PATH ? [] : ['/usr/bin/chromium-browser'])].find(
    existsSync,
  );
  if (installed) return { path: installed, source: installed };
  return { path: path.join(await unpackedChromium(), 'chromium'), source: '@sparticuz/chromium' };
}

/**
 * The package unpacks its brotli files into the system's temporary folder, in place and
 * unlocked: two test processes at once, or one killed halfway, left a broken binary there that
 * it then trusted forever. Here a child process unpacks into a folder of its own (TMPDIR) that
 * is renamed into .data/test-chromium/<version> when complete, once per machine (1-2 s).
 */
async function unpackedChromium(): Promise<string> {
  // Its package.json is not among its exports: read where npm puts it.
  const pkg = path.join(ROOT, 'node_modules/@sparticuz/chromium');
  const version = (JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = path.join(ROOT, '.data/test-chromium', version);
  if (existsSync(path.join(dir, 'chromium'))) return dir;
  const staging = `${dir}.${process.pid}`;
  mkdirSync(staging, { recursive: true });
  const unpack = "require('@sparticuz/chromium').executablePath().catch((e) => { console.error(e); process.exit(1); })";
  await promisify(execFile)(process.execPath, ['-e', unpack], { cwd: ROOT, env: { ...process.env, TMPDIR: staging } });
  try {
    renameSync(staging, dir);
  } catch (err) {
    // Another test process finished first: use its copy.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(path.join(dir, 'chromium'))) throw err;
  }
  return dir;
}

/** Headless, kept off the network; the same flags for either Chromium. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for playwright-core's chromium.launch: the executable above, and the CJK font below. */
export async function testBrowserOptions(): Promise<LaunchOptions> {
  const chromium = await chromiumExecutable();
  return { executablePath: chromium.path, headless: true, args: ARGS, env: { ...process.env, FONTCONFIG_FILE: await cjkFontconfig() } };
}

const FONT_PACKAGE = '@fontsource-variable/noto-sans-sc';

/**
 * A fontconfig file for the test browser: the machine's own fonts (when it has a fontconfig)
 * plus Noto Sans SC from the dev dependency @fontsource-variable/noto-sans-sc (5 MB), so a
 * machine without a CJK font still shows 社区 instead of boxes. The package ships WOFF2,
 * which Chromium's FreeType cannot open from disk: each file is unpacked to TTF once (wawoff2,
 * 0.2 s) into .data/test-fonts/, named by the package's version.
 */
export async function cjkFontconfig(): Promise<string> {
  const pkg = path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  const version = (JSON.parse(readFileSync(path.join(pkg, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = path.join(ROOT, '.data/test-fonts', `noto-sans-sc-${version}`);
  const conf = path.join(dir, 'fonts.conf');
  if (existsSync(conf)) return conf;
  mkdirSync(dir, { recursive: true });
  await convertFonts(path.join(pkg, 'files'), dir);
  const xml = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<!-- Written by test/support/test-browser.ts for the browser tests. -->',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    `  <dir>${dir}</dir>`,
    // The fonts @sparticuz/chromium unpacks next to its binary (Latin), for a machine without fontconfig.
    `  <dir>${path.join(ROOT, '.data/test-chromium')}</dir>`,
    `  <cachedir>${path.join(dir, 'cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  // Written last and renamed into place: a test process running alongside never sees half of it.
  writeFileSync(`${conf}.${process.pid}`, xml);
  renameSync(`${conf}.${process.pid}`, conf);
  return conf;
}

async function convertFonts(from: string, to: string): Promise<void> {
  // No type declarations ship with wawoff2: its one function used here, typed.
  const { decompress } = require('wawoff2') as { decompress: (woff2: Buffer) => Promise<Uint8Array> };
  for (const file of readdirSync(from).filter((f) => f.endsWith('.woff2'))) {
    const ttf = path.join(to, file.replace(/\.woff2$/, '.ttf'));
    writeFileSync(`${ttf}.${process.pid}`, await decompress(readFileSync(path.join(from, file))));
    renameSync(`${ttf}.${process.pid}`, ttf);
  }
}
