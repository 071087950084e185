/**
 * The duplicate group of records that describe a person (core/declare DuplicateDecl):
 * community workers here and party members in organisation/ declare it, so one person
 * entered as a worker in two communities, or as a worker and a party member, is found.
 */
export const PERSON_GROUP = 'person';
