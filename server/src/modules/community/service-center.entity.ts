import type { Opt } from '@mikro-orm/core';
import { Attr, RecordType } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { LegalForm, Power, ServiceCenterKind } from './enums';

@RecordType({
  name: 'ServiceCenter',
  plural: 'serviceCenters',
  label: ['党群服务中心/街道', 'Service centre'],
  description: 'The body above communities: a party service centre (党群服务中心) or a sub-district office (街道办事处).',
  module: 'community',
  scope: 'community',
  owner: ['id'],
  binding: 'center',
  defaultSensitivity: 'PUBLIC',
  displayField: 'name',
  defaultOrder: [['name', 'ASC']],
})
export class ServiceCenter extends BaseRecord {
  @Attr({ type: 'string', label: ['名称', 'Name'], required: true, maxLength: 100 })
  name!: string;

  @Attr({ type: 'enum', enum: ServiceCenterKind, label: ['类型', 'Kind'], required: true })
  kind!: string;

  @Attr({ type: 'enum', enum: LegalForm, label: ['机构性质', 'Legal form'], required: true })
  legalForm!: string;

  @Attr({
    type: 'enumSet',
    enum: Power,
    label: ['依法享有的权力', 'Powers held'],
    description: 'Administrative powers the body legally holds; a party service centre typically holds none',
    required: true,
    default: '{}',
  })
  powers: Opt<string[]> = [];
}
