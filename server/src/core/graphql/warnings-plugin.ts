import type { ApolloServerPlugin } from '@apollo/server';
import type { AppContext } from '../context';
import { takeWarnings } from '../crud/warnings';

/**
 * Sends the warnings of committed writes as `extensions.warnings` (api-contract "Errors"):
 * additive, beside `data` and any `errors`, and absent when there are none, so clients that
 * do not know it see the answers they always saw.
 */
export const warningsPlugin: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        const warnings = takeWarnings(contextValue);
        if (!warnings.length || response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = { ...result.extensions, warnings: warnings.map((w) => ({ ...w, path: [...w.path] })) };
      },
    };
  },
};
