import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { isUuid } from '../../core/crud/filter';
import { badInput } from '../../core/errors';
import { dataCompleteness } from './completeness';
import { DataCompleteness } from './completeness.type';

@Resolver()
export class CompletenessResolver {
  @Query(() => DataCompleteness, {
    description:
      'Which inputs of the figures are missing (数据完整性): per community, the empty fields the figures need and the yearly records not entered, as far as you may see them',
  })
  async dataCompleteness(
    @Ctx() ctx: AppContext,
    @Arg('year', () => Int, { description: 'Year of the yearly checks, e.g. council meetings held (年度)' }) year: number,
    @Arg('serviceCenterId', () => ID, { nullable: true, description: 'One centre (服务中心); omitted: the whole city' })
    serviceCenterId?: string | null,
  ): Promise<DataCompleteness> {
    if (year < 2000 || year > 2100) throw badInput([{ path: 'year', message: 'must be between 2000 and 2100' }]);
    if (serviceCenterId != null && !isUuid(serviceCenterId)) throw badInput([{ path: 'serviceCenterId', message: 'not an id' }]);
    return dataCompleteness(ctx.em, ctx.access, year, serviceCenterId ?? null);
  }
}
