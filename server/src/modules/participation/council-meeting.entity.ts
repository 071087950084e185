import type { Opt } from '@mikro-orm/core';
import { atMost, Attr, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from '../community/community.entity';
import { FollowUpStatus } from './enums';

@RecordType({
  name: 'CouncilMeeting',
  plural: 'councilMeetings',
  label: ['居民议事会议', 'Council meeting'],
  description: 'A residents’ council meeting (居民议事会议): who attended and what was resolved.',
  module: 'participation',
  scope: 'community',
  owner: ['community'],
  defaultSensitivity: 'INTERNAL',
  displayField: 'topic',
  defaultOrder: [['heldOn', 'DESC']],
  rules: [atMost('residentAttendeeCount', 'attendeeCount')],
  // A community-year without meetings may be one where none were entered: the report says which.
  expectedYearly: { field: 'heldOn', via: 'community' },
})
export class CouncilMeeting extends BaseRecord {
  @Ref(() => Community, {
    label: ['社区', 'Community'],
    required: true,
    sensitivity: 'PUBLIC',
    inverse: { name: 'councilMeetings', label: ['居民议事会议', 'Council meetings'] },
  })
  community!: Community;

  @Attr({ type: 'date', label: ['召开日期', 'Held on'], required: true, sensitivity: 'PUBLIC' })
  heldOn!: string;

  @Attr({ type: 'string', label: ['议题', 'Topic'], required: true, maxLength: 200, sensitivity: 'PUBLIC' })
  topic!: string;

  @Attr({ type: 'int', label: ['参会人数', 'Attendees'], required: true, min: 0, max: 100_000, sensitivity: 'PUBLIC' })
  attendeeCount!: number;

  @Attr({ type: 'int', label: ['居民参会人数', 'Resident attendees'], required: true, min: 0, max: 100_000, sensitivity: 'PUBLIC' })
  residentAttendeeCount!: number;

  @Attr({ type: 'text', label: ['形成决议', 'Resolutions'] })
  resolutions?: string | null;

  @Attr({ type: 'enum', enum: FollowUpStatus, label: ['落实情况', 'Follow-up'], required: true, default: 'OPEN' })
  followUpStatus!: Opt<string>;
}
