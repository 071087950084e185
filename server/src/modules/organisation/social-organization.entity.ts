import type { Opt } from '@mikro-orm/core';
import { Attr, onlyWhen, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from '../community/community.entity';
import { OrgStage, Registration, SocialOrgCategory } from './enums';

@RecordType({
  name: 'SocialOrganization',
  plural: 'socialOrganizations',
  label: ['社区社会组织', 'Social organisation'],
  description: 'A community social organisation (社区社会组织): elderly care, volunteers, culture and so on.',
  module: 'organisation',
  scope: 'org',
  owner: ['community'],
  defaultSensitivity: 'PUBLIC',
  displayField: 'name',
  defaultOrder: [['name', 'ASC']],
  // A registered (登记) organisation has its code from the civil affairs registry; filed or unregistered ones have none.
  rules: [onlyWhen('creditCode', (v) => v.registration === 'REGISTERED', 'for a registered (登记) organisation')],
})
export class SocialOrganization extends BaseRecord {
  @Ref(() => Community, {
    label: ['所属社区', 'Community'],
    required: true,
    inverse: { name: 'socialOrganizations', label: ['社区社会组织', 'Social organisations'] },
  })
  community!: Community;

  @Attr({ type: 'string', label: ['名称', 'Name'], required: true, maxLength: 100 })
  name!: string;

  @Attr({ type: 'enum', enum: SocialOrgCategory, label: ['类别', 'Category'], required: true })
  category!: string;

  @Attr({ type: 'enum', enum: Registration, label: ['登记状态', 'Registration'], required: true, default: 'UNREGISTERED' })
  registration!: Opt<string>;

  // PUBLIC like the name: the code is printed on the registration certificate and published by
  // the civil affairs registers (全国社会组织信用信息公示平台), so it says nothing that is not public.
  @Attr({
    type: 'string',
    label: ['统一社会信用代码', 'Unified social credit code'],
    sensitivity: 'PUBLIC',
    maxLength: 18,
    format: 'creditCode',
    unique: true,
  })
  creditCode?: string | null;

  @Attr({ type: 'enum', enum: OrgStage, label: ['发展阶段', 'Stage'], required: true, default: 'INCUBATING' })
  stage!: Opt<string>;

  @Attr({ type: 'int', label: ['成员数', 'Members'], min: 0, max: 1_000_000 })
  memberCount?: number | null;

  @Attr({ type: 'date', label: ['成立日期', 'Founded on'], sensitivity: 'INTERNAL' })
  foundedOn?: string | null;

  @Attr({ type: 'string', label: ['联系人', 'Contact name'], sensitivity: 'INTERNAL', maxLength: 50, mask: 'name' })
  contactName?: string | null;

  @Attr({ type: 'string', label: ['联系电话', 'Contact phone'], sensitivity: 'PERSONAL', maxLength: 20, format: 'cnPhone', mask: 'phone' })
  contactPhone?: string | null;
}
