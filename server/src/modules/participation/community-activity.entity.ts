import { Attr, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { Community } from '../community/community.entity';
import { SocialOrganization } from '../organisation/social-organization.entity';
import { ActivityCategory } from './enums';

@RecordType({
  name: 'CommunityActivity',
  plural: 'communityActivities',
  label: ['社区活动', 'Community activity'],
  description: 'An activity held in a community (社区活动), optionally organised by a social organisation.',
  module: 'participation',
  scope: 'community',
  owner: ['community'],
  defaultSensitivity: 'PUBLIC',
  displayField: 'title',
  defaultOrder: [['heldOn', 'DESC']],
})
export class CommunityActivity extends BaseRecord {
  @Ref(() => Community, {
    label: ['社区', 'Community'],
    required: true,
    inverse: { name: 'activities', label: ['社区活动', 'Activities'] },
  })
  community!: Community;

  @Ref(() => SocialOrganization, {
    label: ['组织方', 'Organiser'],
    inverse: { name: 'activities', label: ['组织的活动', 'Activities organised'] },
  })
  organizer?: SocialOrganization | null;

  @Attr({ type: 'string', label: ['活动名称', 'Title'], required: true, maxLength: 200 })
  title!: string;

  @Attr({ type: 'enum', enum: ActivityCategory, label: ['类别', 'Category'], required: true })
  category!: string;

  @Attr({ type: 'date', label: ['举办日期', 'Held on'], required: true })
  heldOn!: string;

  @Attr({ type: 'int', label: ['参与人数', 'Participants'], required: true, min: 0, max: 1_000_000 })
  participantCount!: number;
}
