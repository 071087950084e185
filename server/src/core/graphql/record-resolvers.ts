import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../context';
import { describeLabel, recordOf, type RecordDecl, type RefDecl } from '../declare';
import { badInput } from '../errors';
import { isUuid } from '../crud/filter';
import { listRecords, MAX_PAGE, type ListArgs } from '../crud/list';
import { readRows } from '../crud/read-rows';
import { createRecord, deleteRecord, deleteRecords, MAX_BULK, restoreRecord, restoreRecords, updateRecord } from '../crud/mutations';
import type { ChildArgs } from '../loaders/loaders';
import { namedClass } from './dynamic-class';
import { defineMethod } from './define-method';
import { childArgsOf, listArgsOf } from './list-args';
import { typesOf } from './record-types';
import { selectedColumns } from './selection';

type Row = Record<string, unknown> & { id: string };

/** Query and mutation fields of one record type: one, list, create, update, delete, restore (one or several). */
function rootResolver(d: RecordDecl): Function {
  const t = typesOf(d);
  const cls = namedClass(`${d.name}Resolver`);
  const label = describeLabel(d.label);
  // Built now, not inside a type thunk: type-graphql only sees classes decorated before the schema is built.
  const listArgs = listArgsOf(d);
  const idArg = () => Arg('id', () => ID, { description: `Id of the ${label} (记录编号)` });

  defineMethod(
    cls,
    'one',
    (async (id: string, ctx: AppContext, info: GraphQLResolveInfo) => {
      if (!isUuid(id)) return null;
      const rows = await readRows(ctx.em, d, { $and: [{ id }, ctx.access.rowFilter(d)] }, { fields: selectedColumns(d, info, false) });
      return rows[0] ?? null;
    }) as never,
    Query(() => d.cls, { name: d.single, nullable: true, description: `One ${label} by id, or null` }),
    [idArg(), Ctx(), Info()],
  );

  defineMethod(
    cls,
    'list',
    ((args: ListArgs, ctx: AppContext, info: GraphQLResolveInfo) =>
      listRecords(ctx, d, args, (keys) => selectedColumns(d, info, true, keys))) as never,
    Query(() => t.connection, { name: d.plural, description: `A page of ${label} with filter, order and paging` }),
    [Args(() => listArgs), Ctx(), Info()],
  );

  defineMethod(
    cls,
    'create',
    // The response path names the mutation (its alias) in the write's warnings (extensions.warnings).
    ((input: Record<string, unknown>, ctx: AppContext, info: GraphQLResolveInfo) =>
      createRecord(ctx, d, input, responsePathAsArray(info.path))) as never,
    Mutation(() => d.cls, { name: `create${d.name}`, description: `Create a ${label}` }),
    [Arg('input', () => t.create, { description: `Fields of the new ${label} (新记录字段)` }), Ctx(), Info()],
  );

  defineMethod(
    cls,
    'update',
    ((id: string, input: Record<string, unknown>, expectedVersion: number | null, ctx: AppContext, info: GraphQLResolveInfo) =>
      updateRecord(ctx, d, id, input, expectedVersion, 'update', responsePathAsArray(info.path))) as never,
    Mutation(() => d.cls, {
      name: `update${d.name}`,
      description: `Change a ${label}; with expectedVersion, fails with CONFLICT if someone changed it meanwhile`,
    }),
    [
      idArg(),
      Arg('input', () => t.update, { description: 'Fields to change; fields left out keep their values (修改的字段)' }),
      Arg('expectedVersion', () => Int, { nullable: true, description: 'The version you edited (乐观锁版本)' }),
      Ctx(),
      Info(),
    ],
  );

  defineMethod(
    cls,
    'remove',
    ((id: string, ctx: AppContext) => deleteRecord(ctx, d, id)) as never,
    Mutation(() => Boolean, { name: `delete${d.name}`, description: `Soft-delete a ${label}: it leaves lists and can be restored` }),
    [idArg(), Ctx()],
  );

  defineMethod(
    cls,
    'restore',
    ((id: string, ctx: AppContext) => restoreRecord(ctx, d, id)) as never,
    Mutation(() => d.cls, { name: `restore${d.name}`, description: `Bring back a deleted ${label}` }),
    [idArg(), Ctx()],
  );

  // Several at once, all or none (the console's bulk delete and restore).
  const Plural = d.plural[0].toUpperCase() + d.plural.slice(1);
  const idsArg = () => Arg('ids', () => [ID], { description: `Ids of the ${label}, 1 to ${MAX_BULK} (记录编号)` });
  defineMethod(
    cls,
    'removeMany',
    ((ids: string[], ctx: AppContext) => deleteRecords(ctx, d, ids)) as never,
    Mutation(() => Int, {
      name: `delete${Plural}`,
      description: `Soft-delete several ${label} in one transaction: all of them, or none and an error naming the first refused (ids.N); returns how many`,
    }),
    [idsArg(), Ctx()],
  );

  defineMethod(
    cls,
    'restoreMany',
    ((ids: string[], ctx: AppContext) => restoreRecords(ctx, d, ids)) as never,
    Mutation(() => [d.cls], {
      name: `restore${Plural}`,
      description: `Bring back several deleted ${label} in one transaction: all of them, or none`,
    }),
    [idsArg(), Ctx()],
  );

  Resolver(() => d.cls)(cls);
  return cls;
}

/** `x` and `xId` of each reference, resolved through the per-request loader. */
function referenceResolver(d: RecordDecl): Function {
  const cls = namedClass(`${d.name}ReferenceResolver`);
  for (const ref of d.refs) {
    const target = recordOf(ref.target());
    const nullable = !ref.required || ref.sensitivity !== 'PUBLIC';
    const idOf = (root: Row) => (root[ref.name] as Row | null | undefined)?.id ?? null;
    defineMethod(
      cls,
      ref.name,
      (async (root: Row, ctx: AppContext, info: GraphQLResolveInfo) => {
        const id = idOf(root);
        return id ? ctx.loaders.byId(target, selectedColumns(target, info, false)).load(id) : null;
      }) as never,
      FieldResolver(() => target.cls, { nullable, description: describeLabel(ref.label, ref.description) }),
      [Root(), Ctx(), Info()],
    );
    defineMethod(
      cls,
      `${ref.name}Id`,
      ((root: Row) => idOf(root)) as never,
      FieldResolver(() => ID, { nullable, description: `Id of: ${describeLabel(ref.label)}` }),
      [Root()],
    );
  }
  Resolver(() => d.cls)(cls);
  return cls;
}

/** The reverse list a reference declares on its target (e.g. Community.workers). */
function inverseResolver(d: RecordDecl, ref: RefDecl): Function {
  const owner = recordOf(ref.target());
  const inverse = ref.inverse!;
  const cls = namedClass(`${owner.name}${inverse.name}Resolver`);
  const childArgs = childArgsOf(d, owner.name, inverse.name);
  defineMethod(
    cls,
    inverse.name,
    ((root: Row, ctx: AppContext, args: ChildArgs, info: GraphQLResolveInfo) => {
      if (args.first != null && (args.first < 0 || args.first > MAX_PAGE))
        throw badInput([{ path: 'first', message: `must be between 0 and ${MAX_PAGE}` }]);
      return ctx.loaders.children(d, ref, args, selectedColumns(d, info, false)).load(root.id);
      // Nullable unless the reference is PUBLIC: a caller who may not read it gets null and FORBIDDEN here, not a failed parent.
    }) as never,
    FieldResolver(() => [d.cls], {
      nullable: ref.sensitivity !== 'PUBLIC',
      description: describeLabel(inverse.label, inverse.description),
    }),
    [Root(), Ctx(), Args(() => childArgs), Info()],
  );
  Resolver(() => owner.cls)(cls);
  return cls;
}

/** Every resolver class the shared machinery builds for one declared record. */
export function resolversFor(d: RecordDecl): Function[] {
  return [rootResolver(d), referenceResolver(d), ...d.refs.filter((r) => r.inverse).map((r) => inverseResolver(d, r))];
}
