import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../config';
import { consoleMetaText } from '../core/declare/console-meta';

/** Writes schema/console-meta.json; the record types must be declared (the modules loaded) first. */
export function writeConsoleMeta(): void {
  const file = path.join(ROOT, 'schema/console-meta.json');
  writeFileSync(file, consoleMetaText());
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
