import { Attr, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { FacilityCondition } from './enums';
import { ServiceCenter } from './service-center.entity';

@RecordType({
  name: 'Community',
  plural: 'communities',
  label: ['社区', 'Community'],
  description: 'An urban community (城市社区) under a service centre, with its population and office facilities.',
  module: 'community',
  scope: 'community',
  owner: ['id'],
  binding: 'community',
  defaultSensitivity: 'PUBLIC',
  displayField: 'name',
  defaultOrder: [['code', 'ASC']],
})
// requiredForFigures: the overview sums area, population and households, and the indicators divide
// by population and office area; a community without them is named as a data gap, not counted as zero.
export class Community extends BaseRecord {
  @Attr({
    type: 'string',
    label: ['社区编码', 'Code'],
    required: true,
    unique: true,
    maxLength: 32,
    pattern: { regex: /^[A-Za-z0-9-]+$/, message: 'use letters, digits and hyphens only' },
  })
  code!: string;

  @Attr({ type: 'string', label: ['名称', 'Name'], required: true, maxLength: 100 })
  name!: string;

  @Ref(() => ServiceCenter, {
    label: ['所属服务中心', 'Service centre'],
    required: true,
    inverse: { name: 'communities', label: ['下辖社区', 'Communities'] },
    // A centre admin owns the rows of every community of its centre: moving a community moves them all.
    decidesOwnership: true,
  })
  serviceCenter!: ServiceCenter;

  @Attr({ type: 'float', label: ['面积(平方公里)', 'Area (km²)'], min: 0, max: 10_000, requiredForFigures: true })
  areaKm2?: number | null;

  @Attr({ type: 'int', label: ['管辖人口', 'Population'], min: 0, max: 10_000_000, requiredForFigures: true })
  population?: number | null;

  @Attr({ type: 'int', label: ['户数', 'Households'], min: 0, max: 5_000_000, requiredForFigures: true })
  households?: number | null;

  @Attr({ type: 'string', label: ['地址', 'Address'], maxLength: 200 })
  address?: string | null;

  @Attr({ type: 'float', label: ['办公用房面积(㎡)', 'Office area (m²)'], min: 0, max: 100_000, requiredForFigures: true })
  officeAreaM2?: number | null;

  @Attr({ type: 'int', label: ['服务窗口数', 'Service windows'], min: 0, max: 1000, requiredForFigures: true })
  serviceWindowCount?: number | null;

  @Attr({ type: 'float', label: ['活动场所面积(㎡)', 'Activity space (m²)'], min: 0, max: 100_000 })
  activitySpaceM2?: number | null;

  @Attr({ type: 'int', label: ['办公用房建成年份', 'Office built in'], min: 1900, max: 2100 })
  officeBuiltYear?: number | null;

  @Attr({ type: 'enum', enum: FacilityCondition, label: ['设施状况', 'Facility condition'] })
  facilityCondition?: string | null;
}
