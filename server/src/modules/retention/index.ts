// Retention: personal fields anonymised in place some years after a record leaves use (RetentionDecl).
export { retentionPlans, type RetentionPlan } from './plan';
export { runRetention, RETENTION_LOCK, type RetentionResult, type RetentionOptions } from './run';
export { scheduleDailyRetention, summaryOf } from './daily';
