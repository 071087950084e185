import { Attr, RecordType, Ref } from '../../core/declare';
import { BaseRecord } from '../../core/base/base-record';
import { CommunityWorker } from './community-worker.entity';
import { Grade } from './enums';

@RecordType({
  name: 'PerformanceReview',
  plural: 'performanceReviews',
  label: ['考核评价', 'Performance review'],
  description: "A year's performance review of a community worker (考核评价).",
  module: 'people',
  scope: 'people',
  owner: ['worker.community'],
  defaultSensitivity: 'INTERNAL',
  displayField: 'year',
  defaultOrder: [['year', 'DESC']],
})
export class PerformanceReview extends BaseRecord {
  @Ref(() => CommunityWorker, {
    label: ['社区工作者', 'Worker'],
    required: true,
    inverse: { name: 'performanceReviews', label: ['考核评价', 'Performance reviews'] },
  })
  worker!: CommunityWorker;

  @Attr({ type: 'int', label: ['年度', 'Year'], required: true, min: 2000, max: 2100 })
  year!: number;

  @Attr({ type: 'float', label: ['得分', 'Score'], required: true, min: 0, max: 100 })
  score!: number;

  @Attr({ type: 'enum', enum: Grade, label: ['等次', 'Grade'], required: true })
  grade!: string;

  @Attr({ type: 'text', label: ['评语', 'Comments'], sensitivity: 'RESTRICTED', mask: 'text' })
  comments?: string | null;
}
