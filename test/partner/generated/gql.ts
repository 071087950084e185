/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query PartnerBudgetSummary($year: Int!, $groupBy: [BudgetGroup!]! = [COMMUNITY], $filter: BudgetLineFilter) {\n  budgetSummary(year: $year, groupBy: $groupBy, filter: $filter) {\n    rows {\n      communityId\n      community {\n        code\n        name\n      }\n      income\n      expenditure\n      balance\n      fiscalAppropriation\n      fiscalDependency\n    }\n    totals {\n      income\n      expenditure\n      balance\n      fiscalAppropriation\n      fiscalDependency\n    }\n  }\n}": typeof types.PartnerBudgetSummaryDocument,
    "query PartnerBudgetLines($year: Int!, $first: Int = 200) {\n  budgetLines(first: $first, filter: {fiscalYear: {eq: $year}}) {\n    nodes {\n      direction\n      source\n      category\n      amount\n      status\n      communityId\n      serviceCenterId\n    }\n  }\n}": typeof types.PartnerBudgetLinesDocument,
    "query PartnerCommunities($first: Int = 20, $after: String, $filter: CommunityFilter) {\n  communities(\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: [{code: ASC}]\n  ) {\n    totalCount\n    nodes {\n      id\n      code\n      name\n      population\n      households\n      areaKm2\n      serviceCenter {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.PartnerCommunitiesDocument,
    "query PartnerPublishedDuties($first: Int = 100, $after: String) {\n  dutyItems(\n    first: $first\n    after: $after\n    filter: {status: {eq: PUBLISHED}}\n    orderBy: [{code: ASC}]\n  ) {\n    nodes {\n      code\n      title\n      category\n      legalBasis\n      responsibleLevel\n      requiredPower\n      fundingRequired\n      effectiveFrom\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.PartnerPublishedDutiesDocument,
};
const documents: Documents = {
    "query PartnerBudgetSummary($year: Int!, $groupBy: [BudgetGroup!]! = [COMMUNITY], $filter: BudgetLineFilter) {\n  budgetSummary(year: $year, groupBy: $groupBy, filter: $filter) {\n    rows {\n      communityId\n      community {\n        code\n        name\n      }\n      income\n      expenditure\n      balance\n      fiscalAppropriation\n      fiscalDependency\n    }\n    totals {\n      income\n      expenditure\n      balance\n      fiscalAppropriation\n      fiscalDependency\n    }\n  }\n}": types.PartnerBudgetSummaryDocument,
    "query PartnerBudgetLines($year: Int!, $first: Int = 200) {\n  budgetLines(first: $first, filter: {fiscalYear: {eq: $year}}) {\n    nodes {\n      direction\n      source\n      category\n      amount\n      status\n      communityId\n      serviceCenterId\n    }\n  }\n}": types.PartnerBudgetLinesDocument,
    "query PartnerCommunities($first: Int = 20, $after: String, $filter: CommunityFilter) {\n  communities(\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: [{code: ASC}]\n  ) {\n    totalCount\n    nodes {\n      id\n      code\n      name\n      population\n      households\n      areaKm2\n      serviceCenter {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.PartnerCommunitiesDocument,
    "query PartnerPublishedDuties($first: Int = 100, $after: String) {\n  dutyItems(\n    first: $first\n    after: $after\n    filter: {status: {eq: PUBLISHED}}\n    orderBy: [{code: ASC}]\n  ) {\n    nodes {\n      code\n      title\n      category\n      legalBasis\n      responsibleLevel\n      requiredPower\n      fundingRequired\n      effectiveFrom\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.PartnerPublishedDutiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerBudgetSummary($year: Int!, $groupBy: [BudgetGroup!]! = [COMMUNITY], $filter: BudgetLineFilter) {\n  budgetSummary(year: $year, groupBy: $groupBy, filter: $filter) {\n    rows {\n      communityId\n      community {\n        code\n        name\n      }\n      income\n      expenditure\n      balance\n      fiscalAppropriation\n      fiscalDependency\n    }\n    totals {\n      income\n      expenditure\n      balance\n      fiscalAppropriation\n      fiscalDependency\n    }\n  }\n}"): (typeof documents)["query PartnerBudgetSummary($year: Int!, $groupBy: [BudgetGroup!]! = [COMMUNITY], $filter: BudgetLineFilter) {\n  budgetSummary(year: $year, groupBy: $groupBy, filter: $filter) {\n    rows {\n      communityId\n      community {\n        code\n        name\n      }\n      income\n      expenditure\n      balance\n      fiscalAppropriation\n      fiscalDependency\n    }\n    totals {\n      income\n      expenditure\n      balance\n      fiscalAppropriation\n      fiscalDependency\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerBudgetLines($year: Int!, $first: Int = 200) {\n  budgetLines(first: $first, filter: {fiscalYear: {eq: $year}}) {\n    nodes {\n      direction\n      source\n      category\n      amount\n      status\n      communityId\n      serviceCenterId\n    }\n  }\n}"): (typeof documents)["query PartnerBudgetLines($year: Int!, $first: Int = 200) {\n  budgetLines(first: $first, filter: {fiscalYear: {eq: $year}}) {\n    nodes {\n      direction\n      source\n      category\n      amount\n      status\n      communityId\n      serviceCenterId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerCommunities($first: Int = 20, $after: String, $filter: CommunityFilter) {\n  communities(\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: [{code: ASC}]\n  ) {\n    totalCount\n    nodes {\n      id\n      code\n      name\n      population\n      households\n      areaKm2\n      serviceCenter {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query PartnerCommunities($first: Int = 20, $after: String, $filter: CommunityFilter) {\n  communities(\n    first: $first\n    after: $after\n    filter: $filter\n    orderBy: [{code: ASC}]\n  ) {\n    totalCount\n    nodes {\n      id\n      code\n      name\n      population\n      households\n      areaKm2\n      serviceCenter {\n        id\n        name\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerPublishedDuties($first: Int = 100, $after: String) {\n  dutyItems(\n    first: $first\n    after: $after\n    filter: {status: {eq: PUBLISHED}}\n    orderBy: [{code: ASC}]\n  ) {\n    nodes {\n      code\n      title\n      category\n      legalBasis\n      responsibleLevel\n      requiredPower\n      fundingRequired\n      effectiveFrom\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query PartnerPublishedDuties($first: Int = 100, $after: String) {\n  dutyItems(\n    first: $first\n    after: $after\n    filter: {status: {eq: PUBLISHED}}\n    orderBy: [{code: ASC}]\n  ) {\n    nodes {\n      code\n      title\n      category\n      legalBasis\n      responsibleLevel\n      requiredPower\n      fundingRequired\n      effectiveFrom\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;