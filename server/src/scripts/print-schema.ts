import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { appSchemaFile } from '../app';
import { ROOT } from '../config';
import { writeConsoleMeta } from './write-console-meta';

const file = path.join(ROOT, 'schema/schema.graphql');
writeFileSync(file, appSchemaFile());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
writeConsoleMeta();
