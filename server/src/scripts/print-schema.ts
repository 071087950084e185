import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printAppSchema } from '../core/graphql/build-schema';
import { ROOT } from '../config';
import { writeConsoleMeta } from './write-console-meta';

const file = path.join(ROOT, 'schema/schema.graphql');
writeFileSync(file, printAppSchema());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
writeConsoleMeta();
