import DataLoader from 'dataloader';
import { responsePathAsArray, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { describeLabel, type RecordDecl } from '../../core/declare';
import { badInput, forbidden } from '../../core/errors';
import { isUuid } from '../../core/crud/filter';
import { updateRecord } from '../../core/crud/mutations';
import { defineMethod } from '../../core/graphql/define-method';
import { namedClass } from '../../core/graphql/dynamic-class';
import { ANONYMISE_ACTION, AuditEntry } from './audit-entry.entity';
import { AuditEntryView } from './audit.types';
import { viewEntry } from './mask';

type Row = { id: string };

/** Per request and type: the audit entries of many records in one query. */
const loaders = new WeakMap<object, Map<string, DataLoader<string, AuditEntry[]>>>();
function historyLoader(ctx: AppContext, decl: RecordDecl): DataLoader<string, AuditEntry[]> {
  let byType = loaders.get(ctx);
  if (!byType) loaders.set(ctx, (byType = new Map()));
  let loader = byType.get(decl.name);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await ctx.em.find(
        AuditEntry,
        { recordType: decl.name, recordId: { $in: [...ids] } },
        { orderBy: { id: 'ASC' }, filters: false },
      );
      return ids.map((id) => rows.filter((r) => r.recordId === id));
    });
    byType.set(decl.name, loader);
  }
  return loader;
}

/** Input of an update that puts back the values a snapshot holds (only what a person could have written). */
function inputFromSnapshot(decl: RecordDecl, snapshot: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const a of decl.attrs.filter((x) => x.writable)) input[a.name] = snapshot[a.name] ?? null;
  for (const r of decl.refs) input[`${r.name}Id`] = snapshot[r.name] ?? null;
  return input;
}

/** `history` on the type and `revertX(id, toVersion)`: generated for every declared record. */
export function historyResolver(d: RecordDecl): Function {
  const cls = namedClass(`${d.name}HistoryResolver`);
  const label = describeLabel(d.label);

  defineMethod(
    cls,
    'history',
    (async (root: Row, ctx: AppContext) => {
      const entries = await historyLoader(ctx, d).load(root.id);
      return Promise.all(entries.map((e) => viewEntry(ctx, e)));
    }) as never,
    FieldResolver(() => [AuditEntryView], {
      nullable: true,
      description: 'Audit entries of this record, oldest first (变更历史); logged-in users only, values masked by what you may read',
    }),
    [Root(), Ctx()],
  );

  defineMethod(
    cls,
    'revert',
    (async (id: string, toVersion: number, ctx: AppContext, info: GraphQLResolveInfo) => {
      if (ctx.viewer.kind !== 'user' || ctx.viewer.role !== 'ADMIN') throw forbidden('Only ADMIN reverts records');
      const entry = isUuid(id)
        ? await ctx.em.findOne(AuditEntry, { recordType: d.name, recordId: id, version: toVersion }, { filters: false })
        : null;
      if (!entry?.snapshot)
        throw badInput([{ path: 'toVersion', message: `${d.name} ${id} has no recorded version ${toVersion}: see its history` }]);
      // Retention anonymised the record's personal fields: a version from before would bring them back.
      const anonymised = await ctx.em.findOne(
        AuditEntry,
        { recordType: d.name, recordId: id, action: ANONYMISE_ACTION, version: { $gt: toVersion } },
        { filters: false },
      );
      if (anonymised)
        throw badInput([
          {
            path: 'toVersion',
            message: `${d.name} ${id} was anonymised at version ${anonymised.version} (retention): 不能恢复到匿名化之前的版本 / a version from before cannot be restored`,
          },
        ]);
      // A revert that brings back an identity number warns like any write that sets it.
      return updateRecord(ctx, d, id, inputFromSnapshot(d, entry.snapshot), null, 'revert', responsePathAsArray(info.path));
    }) as never,
    Mutation(() => d.cls, {
      name: `revert${d.name}`,
      description: `Put a ${label} back as it was at an earlier version (ADMIN): a new version, itself audited`,
    }),
    [
      Arg('id', () => ID, { description: `Id of the ${label} (记录编号)` }),
      Arg('toVersion', () => Int, { description: 'A version from its history (目标版本)' }),
      Ctx(),
      Info(),
    ],
  );

  Resolver(() => d.cls)(cls);
  return cls;
}
