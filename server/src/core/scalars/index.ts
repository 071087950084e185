export { DateScalar } from './date';
export { DateTimeScalar } from './date-time';
export { DecimalScalar, normaliseDecimal } from './decimal';
