import type { AccessPolicy } from '../../core/access/policy';
import type { AppContext } from '../../core/context';
import { recordOf, type Class } from '../../core/declare';

/** Declared fields of record types that a figure value is computed from. */
export type Inputs = ReadonlyArray<readonly [cls: Class, fields: readonly string[]]>;

/**
 * Small-cell suppression (domain.md "Who may see and change what"), as official
 * statistics do it: a figure computed from fewer than K rows whose summarised fields
 * the caller could not read one by one is returned suppressed — its values null,
 * its name in the answer's `suppressed` list (or `suppressed: true` on a summary row).
 * A caller who may read every input in every row (staff, a partner with the scope)
 * could list the rows and add them up itself: nothing is suppressed for it.
 */
export class Disclosure {
  constructor(
    private readonly access: AccessPolicy,
    readonly k: number,
  ) {}

  /** Whether the caller may read each of these fields in every row. */
  readsAll(inputs: Inputs): boolean {
    return inputs.every(([cls, fields]) => {
      const decl = recordOf(cls);
      return fields.every((f) => this.access.readsEverywhere(decl, f));
    });
  }

  /** Whether a value computed from `rows` rows of these inputs is withheld from this caller. */
  withholds(inputs: Inputs, rows: number): boolean {
    return rows < this.k && !this.readsAll(inputs);
  }

  /**
   * Sets the named fields of `target` to null, and records their names in its
   * `suppressed` list, when they come from fewer than K rows of `inputs` the caller
   * could not read one by one.
   */
  apply<T extends { suppressed: string[] }>(target: T, fields: ReadonlyArray<keyof T & string>, inputs: Inputs, rows: number): void {
    if (!this.withholds(inputs, rows)) return;
    for (const f of fields) {
      (target as Record<string, unknown>)[f] = null;
      if (!target.suppressed.includes(f)) target.suppressed.push(f);
    }
  }
}

/** What this request's caller may be told of small figures (K from SUMMARY_MIN_ROWS). */
export const disclosureOf = (ctx: AppContext) => new Disclosure(ctx.access, ctx.config.summaryMinRows);
