import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { isUuid } from '../../core/crud/filter';
import { badInput } from '../../core/errors';
import { dataQualityOf } from './data-quality';
import { DataQualityIssue } from './data-quality.types';

@Resolver()
export class DataQualityResolver {
  @Query(() => [DataQualityIssue], {
    description:
      'Stored values of one community’s records that the declared formats (GB 11643, GB 32100, phones) refuse, as far as you may read them (数据质量)',
  })
  async dataQuality(
    @Ctx() ctx: AppContext,
    @Arg('communityId', () => ID, { description: 'The community (社区)' }) communityId: string,
  ): Promise<DataQualityIssue[]> {
    if (!isUuid(communityId)) throw badInput([{ path: 'communityId', message: 'not an id of a community' }]);
    return dataQualityOf(ctx, communityId);
  }
}
