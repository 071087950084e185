import type { FilterQuery } from '@mikro-orm/core';
import type { AppContext } from '../../core/context';
import { valuesOf } from '../../core/crud/record-values';
import { formattedTypes, storedRowProblems } from '../../core/crud/stored-formats';
import { ownedCondition } from '../auth';
import type { DataQualityIssue } from './data-quality.types';

/**
 * The stored values of one community's live records that the declared formats refuse
 * (npm run data:check-formats, per community, for the console).
 *
 * The same rules as any read: only rows the caller may list (its row filter), and only
 * problems at fields the caller may read in that row. Whether a stored identity number is
 * valid is a fact about that number; a caller who may not read it is not told, here or in
 * the count of what is listed (the noninterference harness asks this of every caller).
 */
export async function dataQualityOf(ctx: AppContext, communityId: string): Promise<DataQualityIssue[]> {
  const out: DataQualityIssue[] = [];
  for (const decl of formattedTypes()) {
    // The community's own rows by the declared owner paths, as staff ownership reads them.
    const where = {
      $and: [ctx.access.rowFilter(decl), ownedCondition(decl, { kind: 'community', id: communityId })],
    } as FilterQuery<object>;
    const rows = (await ctx.em.find(decl.cls, where, { orderBy: { id: 'ASC' } as never })) as Array<Record<string, unknown>>;
    for (const row of rows) {
      const problems = storedRowProblems(decl, valuesOf(decl, row));
      if (!problems.length) continue;
      const display = (await ctx.access.canReadField(decl, decl.displayField, row)) ? String(row[decl.displayField] ?? '') : null;
      for (const p of problems) {
        if (!(await ctx.access.canReadField(decl, p.field, row))) continue;
        out.push({ recordType: decl.name, recordId: String(row.id), display, field: p.field, problem: p.problem });
      }
    }
  }
  return out;
}
