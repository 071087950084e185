import type { Opt } from '@mikro-orm/core';
import { Attr, exactlyOne, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { CommunityWorker } from '../people/community-worker.entity';
import { DutyItem } from './duty-item.entity';
import { AssignmentStatus } from './enums';

@RecordType({
  name: 'DutyAssignment',
  plural: 'dutyAssignments',
  label: ['权责承接', 'Duty assignment'],
  description: 'A duty item assigned to a community or a service centre (exactly one); funded by the budget lines pointing at it.',
  module: 'duty',
  scope: 'duty',
  owner: ['community', 'serviceCenter'],
  defaultSensitivity: 'INTERNAL',
  displayField: 'assignedOn',
  defaultOrder: [['assignedOn', 'DESC']],
  rules: [exactlyOne('community', 'serviceCenter')],
  checks: [{ name: 'one_assignee', expression: 'num_nonnulls(community_id, service_center_id) = 1' }],
  publicWhere: { status: 'ACTIVE' },
})
export class DutyAssignment extends BaseRecord {
  @Ref(() => DutyItem, {
    label: ['权责事项', 'Duty item'],
    required: true,
    sensitivity: 'PUBLIC',
    inverse: { name: 'assignments', label: ['承接情况', 'Assignments'] },
  })
  dutyItem!: DutyItem;

  @Ref(() => Community, {
    label: ['承接社区', 'Community'],
    sensitivity: 'PUBLIC',
    inverse: { name: 'dutyAssignments', label: ['承接事项', 'Duty assignments'] },
  })
  community?: Community | null;

  @Ref(() => ServiceCenter, {
    label: ['承接服务中心', 'Service centre'],
    sensitivity: 'PUBLIC',
    inverse: { name: 'dutyAssignments', label: ['承接事项', 'Duty assignments'] },
  })
  serviceCenter?: ServiceCenter | null;

  @Ref(() => CommunityWorker, { label: ['责任人', 'Accountable worker'] })
  accountableWorker?: CommunityWorker | null;

  @Attr({ type: 'date', label: ['承接日期', 'Assigned on'], required: true, sensitivity: 'PUBLIC' })
  assignedOn!: string;

  @Attr({ type: 'enum', enum: AssignmentStatus, label: ['状态', 'Status'], required: true, default: 'ACTIVE', sensitivity: 'PUBLIC' })
  status!: Opt<string>;
}
