import type { ApolloServerPlugin } from '@apollo/server';
import type { TrustedDocumentsMode } from '../../config';
import type { AppContext } from '../../core/context';
import { appError } from '../../core/errors';
import { hashOfDocumentId, type TrustedDocumentRegistry } from './registry';

/** The documents one API key may run (ApiKey.allowedDocuments); null: any trusted document. */
export type AllowListOf = (ctx: AppContext) => Promise<readonly string[] | null>;

const refused = (message: string, hash: string) => appError('FORBIDDEN', message, { documentId: `sha256:${hash}`, http: { status: 403 } });

/**
 * Refuses operations that are not registered trusted documents when the mode covers the
 * caller ('api-keys': partners; 'all': everyone), and, for an API key with an allow-list,
 * any document not on it: the key's owner chose that list, so it holds whatever the mode.
 * Runs once the operation is known and before anything executes.
 */
export function trustedDocumentsPlugin(
  mode: TrustedDocumentsMode,
  registry: TrustedDocumentRegistry,
  allowListOf: AllowListOf,
): ApolloServerPlugin<AppContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(rc) {
          const viewer = rc.contextValue.viewer;
          const covered = mode === 'all' || (mode === 'api-keys' && viewer.kind === 'partner');
          const allowList = viewer.kind === 'partner' ? await allowListOf(rc.contextValue) : null;
          if (!covered && !allowList) return;
          // Apollo's queryHash is the sha256 of the query text, the id of a registered document.
          const hash = rc.queryHash;
          if (!registry.get(hash)) {
            throw refused(
              `This server runs only trusted documents${viewer.kind === 'partner' ? ' for API keys' : ''}: register the operation (README "Trusted documents") and send {"documentId": "sha256:<hash>"}`,
              hash,
            );
          }
          if (allowList && !allowList.some((id) => hashOfDocumentId(id) === hash)) {
            throw refused(`Trusted document sha256:${hash} is not on the allow-list of this API key`, hash);
          }
        },
      };
    },
  };
}
