import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A registered operation: its text, its sha256 (hex) and the manifest it came from. */
export interface TrustedDocument {
  hash: string;
  query: string;
  source: string;
}

const HEX = /^[0-9a-f]{64}$/;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The hex hash named by a document id: "sha256:<hex>" (GraphQL over HTTP, persisted
 * documents appendix; what graphql-codegen's manifest uses) or a bare hex hash
 * (Apollo's extensions.persistedQuery.sha256Hash). Null when it is neither.
 */
export function hashOfDocumentId(id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const hex = (id.startsWith('sha256:') ? id.slice(7) : id).toLowerCase();
  return HEX.test(hex) ? hex : null;
}

/**
 * Parses one manifest ({ "sha256:<hex>": "query text" }, as graphql-codegen's client
 * preset writes it) and checks that every id is the hash of its text, so a document
 * can never run under another document's id.
 */
export function parseManifest(json: string, source: string): TrustedDocument[] {
  let entries: unknown;
  try {
    entries = JSON.parse(json);
  } catch (err) {
    throw new Error(`${source}: not JSON (${(err as Error).message})`);
  }
  if (!entries || typeof entries !== 'object' || Array.isArray(entries))
    throw new Error(`${source}: expected an object of "sha256:<hash>": "query"`);
  return Object.entries(entries as Record<string, unknown>).map(([id, query]) => {
    const hash = hashOfDocumentId(id);
    if (!hash || typeof query !== 'string') throw new Error(`${source}: "${id}" is not a sha256 document id with a query text`);
    if (sha256Hex(query) !== hash) throw new Error(`${source}: "${id}" is not the sha256 of its query text`);
    return { hash, query, source };
  });
}

/** Every manifest in one folder (schema/trusted-documents/*.json), loaded once at start. */
export class TrustedDocumentRegistry {
  private readonly byHash = new Map<string, TrustedDocument>();

  constructor(documents: TrustedDocument[] = []) {
    for (const d of documents) this.byHash.set(d.hash, d);
  }

  static load(dir: string): TrustedDocumentRegistry {
    if (!existsSync(dir)) return new TrustedDocumentRegistry();
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
    return new TrustedDocumentRegistry(files.flatMap((f) => parseManifest(readFileSync(path.join(dir, f), 'utf8'), f)));
  }

  get(hash: string): TrustedDocument | undefined {
    return this.byHash.get(hash);
  }

  get size(): number {
    return this.byHash.size;
  }

  all(): TrustedDocument[] {
    return [...this.byHash.values()];
  }
}
