import { isBlank, type RecordRule } from '../../core/declare';

/** domain.md rule 1: a duty item cannot be PUBLISHED without a legal basis. */
export const publishedNeedsLegalBasis: RecordRule = (values) =>
  values.status === 'PUBLISHED' && isBlank(values.legalBasis)
    ? [{ path: 'input.legalBasis', message: 'a duty item cannot be published without a legal basis (法律依据)' }]
    : [];
