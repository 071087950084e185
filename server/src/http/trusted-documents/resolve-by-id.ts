import type { NextFunction, Request, Response } from 'express';
import { hashOfDocumentId, type TrustedDocumentRegistry } from './registry';

/** What a request names instead of (or beside) its query text. */
interface ByIdRequest {
  documentId?: unknown;
  query?: unknown;
  extensions?: { persistedQuery?: { sha256Hash?: unknown } } & Record<string, unknown>;
}

class DocumentRefused extends Error {}

/**
 * Replaces a document id by the registered query text before Apollo reads the request:
 * `{"documentId": "sha256:<hex>"}` (GraphQL over HTTP, persisted documents) or Apollo's
 * `extensions.persistedQuery.sha256Hash`, in a POST body or a GET query string.
 * Only registered documents are served by id: Apollo's automatic persisted queries
 * (where any client registers any text) are not, so an id always means a reviewed operation.
 */
export function resolveDocumentIds(registry: TrustedDocumentRegistry) {
  const substitute = (req: ByIdRequest): boolean => {
    const named = req.documentId ?? req.extensions?.persistedQuery?.sha256Hash;
    if (named === undefined) return false;
    const hash = hashOfDocumentId(named);
    if (!hash) throw new DocumentRefused(`documentId must be "sha256:" followed by 64 hex digits, got ${JSON.stringify(named)}`);
    const doc = registry.get(hash);
    if (!doc) {
      throw new DocumentRefused(
        `No trusted document sha256:${hash} is registered on this server: ask the platform team to register your manifest (persisted-documents.json), or send the query text`,
      );
    }
    if (typeof req.query === 'string' && req.query !== '' && req.query !== doc.query)
      throw new DocumentRefused(`The query text sent is not the text of document sha256:${hash}`);
    req.query = doc.query;
    delete req.documentId;
    if (req.extensions?.persistedQuery) {
      const { persistedQuery: _, ...rest } = req.extensions;
      req.extensions = rest;
    }
    return true;
  };

  return (req: Request, res: Response, next: NextFunction) => {
    try {
      if (req.method === 'POST' && req.body && typeof req.body === 'object' && !Array.isArray(req.body)) {
        substitute(req.body as ByIdRequest);
      } else if (req.method === 'GET') {
        const [pathname, search = ''] = req.url.split('?', 2);
        const params = new URLSearchParams(search);
        const asRequest: ByIdRequest = { documentId: params.get('documentId') ?? undefined, query: params.get('query') ?? undefined };
        const extensions = params.get('extensions');
        if (extensions) asRequest.extensions = parseJson(extensions);
        if (substitute(asRequest)) {
          params.delete('documentId');
          params.set('query', asRequest.query as string);
          if (asRequest.extensions && Object.keys(asRequest.extensions).length)
            params.set('extensions', JSON.stringify(asRequest.extensions));
          else params.delete('extensions');
          req.url = `${pathname}?${params}`;
        }
      }
      next();
    } catch (err) {
      if (!(err instanceof DocumentRefused)) return next(err);
      res.status(400).json({ errors: [{ message: err.message, extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  };
}

function parseJson(text: string): ByIdRequest['extensions'] {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as ByIdRequest['extensions']) : undefined;
  } catch {
    return undefined; // Apollo reports the malformed parameter itself
  }
}
