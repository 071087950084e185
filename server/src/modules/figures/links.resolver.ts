import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../core/context';
import { recordOf } from '../../core/declare';
import { defineMethod } from '../../core/graphql/define-method';
import { namedClass } from '../../core/graphql/dynamic-class';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { DutyAssignment } from '../duty/duty-assignment.entity';
import { DutyItem } from '../duty/duty-item.entity';
import { BudgetSummaryRow } from './budget-summary.type';
import { PowerMismatch, UnfundedDuty } from './duty-findings.type';
import { AreaIndicators, CommunityIndicators } from './indicators.type';

type Link = { field: string; target: Function; idField: string; nullable: boolean; doc: string };

/**
 * The records a figure points at (`community` beside `communityId`, ...), loaded
 * through the per-request loaders so a list of figures costs one query per type.
 */
function linkResolver(owner: Function, links: Link[]): Function {
  const cls = namedClass(`${owner.name}LinksResolver`);
  for (const l of links) {
    defineMethod(
      cls,
      l.field,
      (async (root: Record<string, string | null>, ctx: AppContext) => {
        const id = root[l.idField];
        return id ? ctx.loaders.byId(recordOf(l.target as never)).load(id) : null;
      }) as never,
      FieldResolver(() => l.target, { nullable: l.nullable, description: l.doc }),
      [Root(), Ctx()],
    );
  }
  Resolver(() => owner)(cls);
  return cls;
}

const community = (nullable: boolean): Link => ({
  field: 'community',
  target: Community,
  idField: 'communityId',
  nullable,
  doc: 'The community (社区)',
});
const center = (nullable: boolean): Link => ({
  field: 'serviceCenter',
  target: ServiceCenter,
  idField: 'serviceCenterId',
  nullable,
  doc: 'The service centre (服务中心)',
});
const duty: Link[] = [
  { field: 'assignment', target: DutyAssignment, idField: 'assignmentId', nullable: false, doc: 'The duty assignment (承接记录)' },
  { field: 'dutyItem', target: DutyItem, idField: 'dutyItemId', nullable: false, doc: 'The duty item (权责事项)' },
  community(true),
  center(false),
];

export const linkResolvers = [
  linkResolver(CommunityIndicators, [community(false)]),
  linkResolver(AreaIndicators, [center(true)]),
  linkResolver(BudgetSummaryRow, [community(true), center(true)]),
  linkResolver(PowerMismatch, duty),
  linkResolver(UnfundedDuty, duty),
];
