import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { duplicateGroups } from '../../core/crud/duplicate-report';
import { DuplicateGroup } from './duplicates.type';
import { PERSON_GROUP } from './person-group';

/**
 * The duplicates report of issue 19: people entered twice, across communities and types.
 * Who may ask is the policy's answer (core/crud/duplicate-report.ts: whoever reads every
 * compared field in every row), which is ADMIN and AUDITOR.
 */
@Resolver()
export class DuplicatesResolver {
  @Query(() => [DuplicateGroup], {
    description:
      'Possible duplicate people (疑似重复人员): live community workers and party members with the same identity number, ' +
      'or workers with the same name and birth year, across communities. ADMIN and AUDITOR only',
  })
  duplicatePeople(
    @Ctx() ctx: AppContext,
    @Arg('first', () => Int, { nullable: true, description: 'At most this many groups, 0 to 500, default 100 (组数)' }) first?: number,
  ): Promise<DuplicateGroup[]> {
    return duplicateGroups(ctx, PERSON_GROUP, first ?? 100);
  }
}
