import type { Opt } from '@mikro-orm/core';
import { agreesWithIdNumber, Attr, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Gender } from '../people/enums';
import { PERSON_GROUP, PERSON_ID_NUMBER, PERSON_PHONE } from '../people/person-group';
import { MemberStatus } from './enums';
import { PartyOrganization } from './party-organization.entity';

@RecordType({
  name: 'PartyMember',
  plural: 'partyMembers',
  label: ['党员', 'Party member'],
  description:
    'A party member (党员) directly managed by a party organisation. Membership is personal data: names are internal, counts public.',
  module: 'organisation',
  scope: 'org',
  owner: ['organization.community', 'organization.serviceCenter'],
  defaultSensitivity: 'INTERNAL',
  displayField: 'name',
  defaultOrder: [['name', 'ASC']],
  // A member has no birth year, but a gender the number also states.
  rules: [agreesWithIdNumber('idNumber', { gender: { field: 'gender', male: 'MALE', female: 'FEMALE' } })],
  // The same person twice as a member, or also as a worker. No birth year: matched by the number only.
  duplicateOf: { field: 'idNumber', group: PERSON_GROUP },
  // A member transferred out (组织关系转出) is soft-deleted then: the figures count them until deletedAt,
  // which says exactly when they left. Three years later the name, phone and identity number go.
  retention: { leftWhen: 'deleted', since: { field: 'deletedAt' }, years: 3 },
})
export class PartyMember extends BaseRecord {
  @Ref(() => PartyOrganization, {
    label: ['所属党组织', 'Organisation'],
    required: true,
    inverse: { name: 'members', label: ['党员', 'Members'] },
  })
  organization!: PartyOrganization;

  @Attr({ type: 'string', label: ['姓名', 'Name'], required: true, maxLength: 50, personName: true })
  name!: string;

  @Attr({ type: 'enum', enum: Gender, label: ['性别', 'Gender'] })
  gender?: string | null;

  @Attr({ type: 'date', label: ['入党日期', 'Joined on'] })
  joinedOn?: string | null;

  @Attr({ type: 'enum', enum: MemberStatus, label: ['党员状态', 'Status'], required: true, default: 'FULL' })
  status!: Opt<string>;

  @Attr(PERSON_PHONE)
  phone?: string | null;

  @Attr(PERSON_ID_NUMBER)
  idNumber?: string | null;
}
