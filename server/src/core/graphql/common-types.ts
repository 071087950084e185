import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction (排序方向); nulls sort last ascending and first descending',
  valuesConfig: { ASC: { description: 'Ascending (升序)' }, DESC: { description: 'Descending (降序)' } },
});

@ObjectType({ description: 'Where a page ends (分页信息)' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more records follow this page (是否有下一页)' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the last record of this page: pass it as `after` (末条游标)' })
  endCursor!: string | null;
}
