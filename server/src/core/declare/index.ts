export { Attr } from './attr';
export { defineEnum, declaredEnums, type DeclaredEnum } from './enum';
export { describeLabel, type Label } from './labels';
export { RecordType } from './record';
export { Ref } from './ref';
export { allRecords, fieldOf, recordOf } from './registry';
export type { Sensitivity } from './sensitivity';
export * from './types';
export { atMost, exactlyOne, isBlank, notBefore, onlyWhen } from './rules';
