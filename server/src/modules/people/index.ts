// People: community workers, their training and their yearly reviews.
export * from './enums';
export { CommunityWorker } from './community-worker.entity';
export { PerformanceReview } from './performance-review.entity';
export { TrainingRecord } from './training-record.entity';
export { DuplicatesResolver } from './duplicates.resolver';
export { PERSON_GROUP } from './person-group';
