import { defineEnum } from '../../core/declare';

export const FollowUpStatus = defineEnum(
  'FollowUpStatus',
  { zh: '落实情况', en: 'Follow-up status' },
  {
    OPEN: ['未落实', 'Open'],
    IN_PROGRESS: ['落实中', 'In progress'],
    DONE: ['已落实', 'Done'],
  },
);

export const ActivityCategory = defineEnum(
  'ActivityCategory',
  { zh: '活动类别', en: 'Activity category' },
  {
    PUBLICITY: ['宣传', 'Publicity'],
    CULTURE: ['文化', 'Culture'],
    VOLUNTEER: ['志愿服务', 'Volunteer'],
    TRAINING: ['培训', 'Training'],
    OTHER: ['其他', 'Other'],
  },
);
