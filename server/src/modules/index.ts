// The one list every module is registered in: entities for MikroORM, resolvers for the schema.
import { BaseRecord } from '../core/base/base-record';
import { allRecords } from '../core/declare';
import { resolversFor } from '../core/graphql/record-resolvers';
import { importResolverFor } from '../core/graphql/import-resolvers';
import { SearchResolver } from '../core/graphql/search-resolver';
import * as community from './community';
import * as people from './people';
import * as organisation from './organisation';
import * as duty from './duty';
import * as budget from './budget';
import * as participation from './participation';
import { authEntities, authResolvers } from './auth';
import { auditEntities, auditResolvers } from './audit';
import { figuresResolvers } from './figures';
import { qualityResolvers } from './quality';
import { publicationEntities, publicationResolvers } from './publications';
import { personDataResolvers } from './person-data';

// Importing the modules above declared their records; listing them keeps the imports honest.
export const domainModules = { community, people, organisation, duty, budget, participation };

export const entities = () => [BaseRecord, ...allRecords().map((d) => d.cls), ...authEntities, ...auditEntities, ...publicationEntities];

// CSV import in the console (importX(rows)): the record types people bring in from spreadsheets.
const importable = () => [community.Community, people.CommunityWorker, duty.DutyItem, budget.BudgetLine];

/** Generated CRUD resolvers for every declared record, then each module's own. */
export const resolvers = () =>
  [
    ...allRecords().flatMap(resolversFor),
    ...importable().map(importResolverFor),
    SearchResolver,
    ...authResolvers,
    ...auditResolvers(),
    ...figuresResolvers,
    ...qualityResolvers,
    ...publicationResolvers,
    ...personDataResolvers,
    people.DuplicatesResolver,
  ] as unknown as [Function, ...Function[]];
