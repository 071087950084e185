import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';
import { ROOT } from '../../config';
import { parseManifest, type TrustedDocument } from './registry';

// From the project folder, not from this file: compiled into dist/server/src/... a path
// relative to __dirname pointed into dist/, found no manifest, and every API-key request
// of a production server was refused as "not registered".
/** Where the registered manifests live, one file per client (committed; read at start). */
export const TRUSTED_DOCUMENTS_DIR = path.join(ROOT, 'schema/trusted-documents');
const SCHEMA_FILE = path.join(ROOT, 'schema/schema.graphql');

/** Problems of each document against the schema ("" when it validates). */
export function invalidDocuments(docs: TrustedDocument[], schema: GraphQLSchema): string[] {
  return docs.flatMap((d) => {
    try {
      const errors = validate(schema, parse(d.query));
      return errors.length ? [`${d.source} sha256:${d.hash}: ${errors.map((e) => e.message).join('; ')}`] : [];
    } catch (err) {
      return [`${d.source} sha256:${d.hash}: ${(err as Error).message}`];
    }
  });
}

/** The registered form of a manifest: ids sorted, so the committed file diffs cleanly. */
export const manifestText = (docs: TrustedDocument[]) =>
  JSON.stringify(
    Object.fromEntries([...docs].sort((a, b) => a.hash.localeCompare(b.hash)).map((d) => [`sha256:${d.hash}`, d.query])),
    null,
    2,
  ) + '\n';

/**
 * Registers a client's manifest (graphql-codegen's persisted-documents.json) as
 * schema/trusted-documents/<name>.json, after checking every id against its text and
 * every document against the committed schema. Returns the file written.
 */
export function registerManifest(manifestFile: string, name: string, dir = TRUSTED_DOCUMENTS_DIR): string {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) throw new Error(`Manifest name must be lower-case letters, digits and hyphens, got "${name}"`);
  const docs = parseManifest(readFileSync(manifestFile, 'utf8'), path.basename(manifestFile));
  const problems = invalidDocuments(docs, buildSchema(readFileSync(SCHEMA_FILE, 'utf8')));
  if (problems.length) throw new Error(`Not registered: documents do not validate against schema/schema.graphql:\n${problems.join('\n')}`);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, manifestText(docs));
  return file;
}
