// A partner's typed GraphQL client in one file: copy it next to the folder that
// graphql-codegen generates (README "For partners"). Needs only `fetch` (Node 18+,
// browsers) and `graphql`; the types come from the generated documents.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface PartnerClientOptions {
  /** The platform's GraphQL address, e.g. http://localhost:4000/graphql */
  url: string;
  /** Your API key, sent as the X-API-Key header. */
  apiKey: string;
  /**
   * 'text' sends the operation's text; 'id' sends only its hash
   * (`{"documentId": "sha256:…"}`), which a server in trusted-documents mode requires
   * and which works once the platform has registered your persisted-documents.json.
   */
  send?: 'text' | 'id';
  fetch?: typeof fetch;
}

/** One GraphQL error as the platform sends it; `extensions.code` says what went wrong. */
export interface PartnerGraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; fields?: { path: string; message: string }[]; [key: string]: unknown };
}

export class PartnerApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: PartnerGraphQLError[],
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('\n') || `HTTP ${status}`);
    this.name = 'PartnerApiError';
  }

  get codes(): string[] {
    return this.errors.map((e) => e.extensions?.code ?? 'ERROR');
  }
}

// Variables may be left out when the operation has none or all are optional.
type Variables<V> = {} extends V ? [variables?: V] : [variables: V];

/** The hash graphql-codegen embeds in each document (presetConfig.persistedDocuments). */
const documentIdOf = (document: TypedDocumentNode<unknown, never>): string | undefined =>
  (document as { __meta__?: { hash?: string } }).__meta__?.hash;

export function createPartnerClient({ url, apiKey, send = 'text', fetch: fetchFn = fetch }: PartnerClientOptions) {
  return {
    /** Runs one generated operation; resolves to its typed data or throws PartnerApiError. */
    async request<TData, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TData, TVariables>,
      ...[variables]: Variables<TVariables>
    ): Promise<TData> {
      const documentId = documentIdOf(document as TypedDocumentNode<unknown, never>);
      if (send === 'id' && !documentId) throw new Error('This document has no hash: generate it with presetConfig.persistedDocuments');
      const body = send === 'id' ? { documentId, variables } : { query: print(document), variables };
      const response = await fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', 'x-api-key': apiKey },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      let result: { data?: TData | null; errors?: PartnerGraphQLError[] };
      try {
        result = JSON.parse(text);
      } catch {
        throw new PartnerApiError(response.status, [{ message: text.slice(0, 500) || response.statusText }]);
      }
      if (result.errors?.length || result.data == null) throw new PartnerApiError(response.status, result.errors ?? []);
      return result.data;
    },
  };
}

export type PartnerClient = ReturnType<typeof createPartnerClient>;
