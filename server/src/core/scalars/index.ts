export { DATE_TEXT, DateScalar } from './date';
export { DATETIME_TEXT, DateTimeScalar } from './date-time';
export { DECIMAL_TEXT, DecimalScalar, normaliseDecimal } from './decimal';
export { plainText, type TextForm } from './text-form';
