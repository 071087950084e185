/**
 * Warnings: something a person should look at about a write that succeeded (a possible
 * duplicate), sent as `extensions.warnings` of the response beside `data` (api-contract
 * "Errors"). Unlike an error, a warning refuses nothing and changes nothing.
 */
export type WarningCode = 'POSSIBLE_DUPLICATE';

/** A response path as GraphQL errors carry it: the mutation field's alias, then list indexes. */
export type ResponsePath = ReadonlyArray<string | number>;

export interface Warning {
  /** Where in the response: the mutation field (`["createCommunityWorker"]`), as an error's `path`. */
  path: ResponsePath;
  /** Which input field, as `extensions.fields[].path` of BAD_USER_INPUT names it (`input.idNumber`, `rows.3.idNumber`). */
  field: string;
  code: WarningCode;
  message: string;
}

/** Per request context, like the figure cache's written types: the plugin reads them when the response is sent. */
const collected = new WeakMap<object, Warning[]>();

/**
 * Adds warnings for the response of this request. Call it only once the write has
 * committed: a warning about a write that rolled back would describe nothing.
 */
export function publishWarnings(ctx: object, warnings: Warning[]): void {
  if (!warnings.length) return;
  collected.set(ctx, [...(collected.get(ctx) ?? []), ...warnings]);
}

export const warningsOf = (ctx: object): Warning[] => collected.get(ctx) ?? [];

/** The Apollo plugin's part (core/graphql/warnings-plugin.ts): the warnings of a response, each once. */
export function takeWarnings(ctx: object): Warning[] {
  const all = warningsOf(ctx);
  collected.delete(ctx);
  return all;
}
