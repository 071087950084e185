import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../context';
import { DEFAULT_HITS, MAX_HITS, searchAll } from '../crud/search-all';

@ObjectType({ description: 'A record found by its name (搜索结果)' })
export class SearchHit {
  @Field(() => String, { description: 'Its record type, e.g. CommunityWorker (记录类型)' })
  type!: string;

  @Field(() => ID, { description: 'Its id (记录编号)' })
  id!: string;

  @Field(() => String, { description: 'Its display name, as matched (显示名称)' })
  display!: string;

  @Field(() => Int, { description: 'How well it matched: 3 exact, 2 prefix, 1 initials, 0 substring (匹配程度)' })
  rank!: number;
}

/** The console's search box: every type with a name, by characters, pinyin or initials (crud/search-all.ts). */
@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Records of every type with a name found by characters, full pinyin or initials (拼音搜索), best first; ' +
      'types whose name the caller may not read are left out',
  })
  search(
    @Arg('text', () => String, { description: 'What to find: 张伟, zhangwei, zhang wei or zw (搜索内容)' }) text: string,
    @Arg('types', () => [String], { nullable: true, description: 'Only these record types (记录类型)' }) types: string[] | null,
    @Arg('first', () => Int, { nullable: true, description: `At most this many, 0 to ${MAX_HITS}, default ${DEFAULT_HITS} (最多条数)` })
    first: number | null,
    @Ctx() ctx: AppContext,
  ) {
    return searchAll(ctx, text, types, first);
  }
}
