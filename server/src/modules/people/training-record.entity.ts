import { Attr, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { CommunityWorker } from './community-worker.entity';

@RecordType({
  name: 'TrainingRecord',
  plural: 'trainingRecords',
  label: ['培训记录', 'Training record'],
  description: 'A course a community worker completed (培训记录).',
  module: 'people',
  scope: 'people',
  owner: ['worker.community'],
  defaultSensitivity: 'INTERNAL',
  displayField: 'course',
  defaultOrder: [['completedOn', 'DESC']],
})
export class TrainingRecord extends BaseRecord {
  @Ref(() => CommunityWorker, {
    label: ['社区工作者', 'Worker'],
    required: true,
    inverse: { name: 'trainingRecords', label: ['培训记录', 'Training records'] },
  })
  worker!: CommunityWorker;

  @Attr({ type: 'string', label: ['课程', 'Course'], required: true, maxLength: 200 })
  course!: string;

  @Attr({ type: 'string', label: ['培训机构', 'Provider'], maxLength: 100 })
  provider?: string | null;

  @Attr({ type: 'float', label: ['学时', 'Hours'], required: true, min: 0, max: 2000 })
  hours!: number;

  @Attr({ type: 'date', label: ['完成日期', 'Completed on'], required: true })
  completedOn!: string;
}
