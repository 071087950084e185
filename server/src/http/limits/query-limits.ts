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
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // armor's Apollo token plugin re-parses in a plugin hook, so every syntax error
    // (not only a refusal) escapes as a 500; graphql-js's own parser limit
    // (parseOptions.maxTokens below) refuses with a 400 instead.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return { ...armor, parseOptions: { maxTokens: limits.maxTokens } };
}
