import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { LimitSettings } from '../../config';

/**
 * Limits every operation before it runs (graphql-armor): how deep, how costly,
 * how many aliases, directives and tokens. A refusal is a validation error
 * (HTTP 400) that formatError turns into QUERY_TOO_COMPLEX. Field suggestions
 * ("Did you mean …") would map the schema for a prober: hidden in production.
 * Also switches off batched HTTP requests (an array of operations in one body).
 */
export function queryLimits(limits: LimitSettings, production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}
