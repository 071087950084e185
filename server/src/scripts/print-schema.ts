import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { appSchemaFile } from '../app';
import { ROOT } from '../config';
import { writeConsoleMeta } from './write-console-meta';
import { recordTypesDoc } from '../core/declare/types-doc';

const file = path.join(ROOT, 'schema/schema.graphql');
writeFileSync(file, appSchemaFile());
console.log(`wrote ${path.relative(process.cwd(), file)}`);
writeConsoleMeta();

const doc = path.join(ROOT, 'docs/record-types.md');
writeFileSync(doc, recordTypesDoc());
console.log(`wrote ${path.relative(process.cwd(), doc)}`);
