import type { Opt } from '@mikro-orm/core';
import { agreesWithIdNumber, Attr, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from '../community/community.entity';
import { Education, EmploymentType, Gender, Position, WorkerStatus } from './enums';
import { PERSON_GROUP, PERSON_ID_NUMBER, PERSON_PHONE } from './person-group';

@RecordType({
  name: 'CommunityWorker',
  plural: 'communityWorkers',
  label: ['社区工作者', 'Community worker'],
  description: 'A person working in a community (社区工作者), with employment type and position.',
  module: 'people',
  scope: 'people',
  owner: ['community'],
  defaultSensitivity: 'INTERNAL',
  displayField: 'name',
  defaultOrder: [['name', 'ASC']],
  publicWhere: { status: 'ACTIVE' },
  rules: [agreesWithIdNumber('idNumber', { birthYear: 'birthYear', gender: { field: 'gender', male: 'MALE', female: 'FEMALE' } })],
  // Warn when the number is already held by another worker or a party member; the report also pairs workers by name and birth year.
  duplicateOf: { field: 'idNumber', group: PERSON_GROUP, alsoBy: ['name', 'birthYear'] },
  // Three years after leaving (劳动合同法 第五十条 asks at least two for the contract), the name, phone,
  // identity number, salary and birth year go; status, type, position, community and dates stay for the figures.
  retention: { leftWhen: { field: 'status', in: ['LEFT'] }, since: 'leavingWrite', years: 3, also: ['monthlySalary', 'birthYear'] },
})
export class CommunityWorker extends BaseRecord {
  @Ref(() => Community, {
    label: ['所属社区', 'Community'],
    required: true,
    inverse: { name: 'workers', label: ['社区工作者', 'Workers'] },
    // Training records and reviews belong to their worker's community.
    decidesOwnership: true,
  })
  community!: Community;

  @Attr({ type: 'string', label: ['姓名', 'Name'], required: true, maxLength: 50, personName: true })
  name!: string;

  @Attr({ type: 'enum', enum: Gender, label: ['性别', 'Gender'] })
  gender?: string | null;

  @Attr({ type: 'int', label: ['出生年份', 'Birth year'], min: 1930, max: 2015 })
  birthYear?: number | null;

  @Attr(PERSON_PHONE)
  phone?: string | null;

  @Attr(PERSON_ID_NUMBER)
  idNumber?: string | null;

  @Attr({ type: 'enum', enum: EmploymentType, label: ['用工类型', 'Employment type'], required: true })
  employmentType!: string;

  @Attr({ type: 'enum', enum: Position, label: ['职务', 'Position'], required: true, default: 'STAFF' })
  position!: Opt<string>;

  @Attr({ type: 'enum', enum: Education, label: ['学历', 'Education'] })
  education?: string | null;

  @Attr({ type: 'boolean', label: ['持社工证', 'Social work certificate'], required: true, default: false })
  socialWorkCertificate: Opt<boolean> = false;

  @Attr({ type: 'decimal', label: ['月薪', 'Monthly salary'], sensitivity: 'FINANCIAL', min: 0 })
  monthlySalary?: string | null;

  @Attr({ type: 'date', label: ['入职日期', 'Hired on'] })
  hiredOn?: string | null;

  @Attr({ type: 'enum', enum: WorkerStatus, label: ['在岗状态', 'Status'], required: true, default: 'ACTIVE' })
  status!: Opt<string>;
}
