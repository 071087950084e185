import { ArgsType, Field, Int } from 'type-graphql';
import type { RecordDecl } from '../declare';
import { namedClass } from './dynamic-class';
import { typesOf } from './record-types';

/** `filter, orderBy, first, after, offset` of a top-level list (api-contract "Lists"). */
export function listArgsOf(decl: RecordDecl): Function {
  const t = typesOf(decl);
  const cls = namedClass(`${decl.name}ListArgs`);
  Field(() => t.filter, { nullable: true, description: 'Only records matching this filter (筛选)' })(cls.prototype, 'filter');
  Field(() => [t.order], { nullable: true, description: 'Sort keys applied in order (排序); the default order is stable' })(
    cls.prototype,
    'orderBy',
  );
  Field(() => Int, { nullable: true, description: 'Page size, 0 to 500, default 50 (每页条数)' })(cls.prototype, 'first');
  Field(() => String, { nullable: true, description: 'Return records after this cursor (游标分页)' })(cls.prototype, 'after');
  Field(() => Int, { nullable: true, description: 'Skip this many records first (偏移分页)' })(cls.prototype, 'offset');
  if (decl.search)
    Field(() => String, {
      nullable: true,
      description:
        `Find by ${decl.search.display}: characters, full pinyin without tones or initials (\`zhangwei\`, \`zhang wei\`, \`zw\` find 张伟; 拼音搜索); ` +
        'without orderBy ranked exact, prefix, initials, substring, then the default order',
    })(cls.prototype, 'search');
  ArgsType()(cls);
  return cls;
}

/** `filter, orderBy, first` of a nested child list such as Community.workers. */
export function childArgsOf(decl: RecordDecl, owner: string, field: string): Function {
  const t = typesOf(decl);
  const cls = namedClass(`${owner}${field[0].toUpperCase()}${field.slice(1)}Args`);
  Field(() => t.filter, { nullable: true, description: 'Only records matching this filter (筛选)' })(cls.prototype, 'filter');
  Field(() => [t.order], { nullable: true, description: 'Sort keys applied in order (排序)' })(cls.prototype, 'orderBy');
  Field(() => Int, { nullable: true, description: 'At most this many per parent, 0 to 500 (最多条数)' })(cls.prototype, 'first');
  ArgsType()(cls);
  return cls;
}
