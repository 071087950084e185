// A person's data on request: everything held about one identity number, as one JSON document (ADMIN, audited).
import './audit-source';
import './access-log-source';
import { PersonDataResolver } from './person-data.resolver';

export { registerPersonDataSource, type PersonDataSource, type PersonSubject, type PersonRecord } from './sources';
export { assemblePersonData, type PersonDataDocument } from './person-data';

export const personDataResolvers = [PersonDataResolver];
