import { Attr, exactlyOne, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from '../community/community.entity';
import { ServiceCenter } from '../community/service-center.entity';
import { CommunityWorker } from '../people/community-worker.entity';
import { PartyOrgKind } from './enums';

@RecordType({
  name: 'PartyOrganization',
  plural: 'partyOrganizations',
  label: ['党组织', 'Party organisation'],
  description: 'A party committee, general branch or branch (党组织) in a community or a service centre.',
  module: 'organisation',
  scope: 'org',
  owner: ['community', 'serviceCenter'],
  defaultSensitivity: 'INTERNAL',
  displayField: 'name',
  defaultOrder: [['name', 'ASC']],
  rules: [exactlyOne('community', 'serviceCenter')],
  checks: [{ name: 'one_owner', expression: 'num_nonnulls(community_id, service_center_id) = 1' }],
})
export class PartyOrganization extends BaseRecord {
  @Attr({ type: 'string', label: ['名称', 'Name'], required: true, maxLength: 100, sensitivity: 'PUBLIC' })
  name!: string;

  @Attr({ type: 'enum', enum: PartyOrgKind, label: ['类型', 'Kind'], required: true, sensitivity: 'PUBLIC' })
  kind!: string;

  @Ref(() => PartyOrganization, {
    label: ['上级党组织', 'Parent organisation'],
    inverse: { name: 'children', label: ['下级党组织', 'Child organisations'] },
  })
  parent?: PartyOrganization | null;

  @Ref(() => Community, {
    label: ['所属社区', 'Community'],
    sensitivity: 'PUBLIC',
    inverse: { name: 'partyOrganizations', label: ['党组织', 'Party organisations'] },
    // Party members belong to their organisation's community or centre.
    decidesOwnership: true,
  })
  community?: Community | null;

  @Ref(() => ServiceCenter, {
    label: ['所属服务中心', 'Service centre'],
    sensitivity: 'PUBLIC',
    inverse: { name: 'partyOrganizations', label: ['党组织', 'Party organisations'] },
    // Party members belong to their organisation's community or centre.
    decidesOwnership: true,
  })
  serviceCenter?: ServiceCenter | null;

  @Ref(() => CommunityWorker, { label: ['书记', 'Secretary'] })
  secretary?: CommunityWorker | null;

  @Attr({ type: 'date', label: ['成立日期', 'Founded on'] })
  foundedOn?: string | null;
}
