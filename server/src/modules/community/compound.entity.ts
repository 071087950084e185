import { Attr, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from './community.entity';

@RecordType({
  name: 'Compound',
  plural: 'compounds',
  label: ['小区', 'Compound'],
  description: 'A residential compound (小区) within a community.',
  module: 'community',
  scope: 'community',
  owner: ['community'],
  defaultSensitivity: 'PUBLIC',
  displayField: 'name',
  defaultOrder: [['name', 'ASC']],
})
export class Compound extends BaseRecord {
  @Ref(() => Community, {
    label: ['所属社区', 'Community'],
    required: true,
    inverse: { name: 'compounds', label: ['小区', 'Compounds'] },
  })
  community!: Community;

  @Attr({ type: 'string', label: ['名称', 'Name'], required: true, maxLength: 100 })
  name!: string;

  @Attr({ type: 'int', label: ['户数', 'Households'], min: 0, max: 1_000_000 })
  households?: number | null;

  @Attr({ type: 'int', label: ['人口', 'Population'], min: 0, max: 5_000_000 })
  population?: number | null;

  @Attr({ type: 'string', label: ['物业服务企业', 'Property manager'], maxLength: 100, sensitivity: 'INTERNAL' })
  propertyManager?: string | null;
}
