import type { AttrOptions } from '../../core/declare/attr';

/**
 * The duplicate group of records that describe a person (core/declare DuplicateDecl):
 * community workers here and party members in organisation/ declare it, so one person
 * entered as a worker in two communities, or as a worker and a party member, is found.
 */
export const PERSON_GROUP = 'person';

/** A person's mobile or landline (PERSONAL, masked 138****1234): one declaration for every type describing a person. */
export const PERSON_PHONE: AttrOptions = {
  type: 'string',
  label: ['联系电话', 'Phone'],
  sensitivity: 'PERSONAL',
  maxLength: 20,
  format: 'cnPhone',
  mask: 'phone',
};

/** A person's 居民身份证号码 (RESTRICTED, masked 110***********123X, never sorted by): the group's identity field. */
export const PERSON_ID_NUMBER: AttrOptions = {
  type: 'string',
  label: ['身份证号', 'ID number'],
  sensitivity: 'RESTRICTED',
  maxLength: 18,
  format: 'cnIdNumber',
  sort: false,
  mask: 'idNumber',
};
