import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { ErrorCode } from '../../core/errors';

const CONTRACT_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'QUERY_TOO_COMPLEX',
  'INTERNAL_SERVER_ERROR',
] satisfies ErrorCode[]);

/** Apollo's own codes for a request it could not run: the client sent something wrong. */
const CLIENT_FAULTS = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** graphql-armor words its refusals "Syntax Error: <What> limit of N exceeded…". */
const ARMOR_REFUSAL =
  /^(?:Syntax Error: )?((?:Token|Query depth|Query Cost|Aliases|Directives) limit of \d+ exceeded.*|Document contains more that? \d+ tokens.*)$/s;

export interface ErrorFormatOptions {
  /** NODE_ENV=development only: internal errors keep their message and stack. */
  exposeErrors: boolean;
  log: (message: string, error: unknown) => void;
}

/** Where in the request a client-side error points, for `extensions.fields`. */
function pathOf(message: string): string {
  const variable = /Variable "\$([\w]+)"/.exec(message)?.[1];
  if (variable) {
    const at = /at "([^"]+)"/.exec(message)?.[1];
    return at ? `variables.${at}` : `variables.${variable}`;
  }
  const arg = /[Aa]rgument "([\w.]+)"/.exec(message)?.[1];
  return arg ? `arguments.${arg}` : 'query';
}

const fieldsFor = (message: string) => [{ path: pathOf(message), message }];

/**
 * Apollo's formatError: only the contract's codes ever leave the server.
 * Apollo's request-level codes become BAD_USER_INPUT (or QUERY_TOO_COMPLEX for
 * a graphql-armor limit); anything unexpected (a bug, SQL, a timeout) becomes a
 * generic INTERNAL_SERVER_ERROR, and its detail goes to the server log only.
 */
export function formatErrorWith(options: ErrorFormatOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    const keep = options.exposeErrors && stacktrace ? { stacktrace } : {};
    const armor = ARMOR_REFUSAL.exec(formatted.message);
    if (armor && (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'GRAPHQL_PARSE_FAILED')) {
      return { message: `Query too complex: ${armor[1]}`, locations: formatted.locations, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    if (extensions.validationErrorCode === 'INTROSPECTION_DISABLED') {
      return { message: 'Introspection is turned off on this server', extensions: { code: 'FORBIDDEN' } };
    }
    if (extensions.validationErrorCode === 'MAX_RECURSIVE_SELECTIONS_EXCEEDED') {
      return { message: formatted.message, extensions: { code: 'QUERY_TOO_COMPLEX' } };
    }
    if (CLIENT_FAULTS.has(code) || (code === 'BAD_USER_INPUT' && !Array.isArray(extensions.fields))) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: 'BAD_USER_INPUT', fields: fieldsFor(formatted.message) },
      };
    }
    if (code !== 'INTERNAL_SERVER_ERROR' && CONTRACT_CODES.has(code)) {
      return { ...formatted, extensions: { ...extensions, ...keep } };
    }
    options.log(`internal error${formatted.path ? ` at ${formatted.path.join('.')}` : ''}`, unwrapResolverError(error));
    if (options.exposeErrors) return { ...formatted, extensions: { ...extensions, code: 'INTERNAL_SERVER_ERROR', ...keep } };
    return {
      message: 'Internal server error: the request could not be completed. It has been logged.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
