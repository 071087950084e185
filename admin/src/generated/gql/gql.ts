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
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      email\n      role\n      displayName\n      serviceCenterId\n      communityId\n    }\n  }\n}\n\nquery Me {\n  me {\n    id\n    email\n    role\n    displayName\n    serviceCenterId\n    communityId\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.LoginDocument,
    "query Permissions {\n  permissions {\n    role\n    canReadAuditLog\n    canManageUsers\n    types {\n      type\n      canRead\n      canCreate\n      canUpdate\n      canDelete\n      fields {\n        name\n        read\n        write\n      }\n    }\n  }\n}": typeof types.PermissionsDocument,
    "query DashboardFigures($year: Int!, $serviceCenterId: ID) {\n  overview(serviceCenterId: $serviceCenterId) {\n    asOf\n    communityCount\n    totalAreaKm2\n    compoundCount\n    population\n    households\n    workerCount\n    workersByEmploymentType {\n      key\n      count\n    }\n    partyOrganizationCount\n    partyMemberCount\n    socialOrganizationCount\n  }\n  communityIndicators(year: $year) {\n    communityId\n    community {\n      id\n      name\n    }\n    workersPer10k\n    workerCount\n    population\n  }\n  budgetSummary(year: $year, groupBy: [SOURCE], filter: {direction: {eq: INCOME}}) {\n    rows {\n      source\n      income\n    }\n    totals {\n      income\n      expenditure\n      balance\n    }\n  }\n  dutyFindings(year: $year) {\n    powerMismatches {\n      reason\n      reasonZh\n      reasonEn\n      community {\n        id\n        name\n      }\n      serviceCenter {\n        id\n        name\n      }\n      dutyItem {\n        id\n        title\n      }\n    }\n    unfundedDuties {\n      reason\n      reasonZh\n      reasonEn\n      community {\n        id\n        name\n      }\n      serviceCenter {\n        id\n        name\n      }\n      dutyItem {\n        id\n        title\n      }\n    }\n  }\n}\n\nquery Report($year: Int!, $serviceCenterId: ID, $format: ReportFormat!) {\n  report(year: $year, serviceCenterId: $serviceCenterId, format: $format) {\n    format\n    title\n    content\n    mimeType\n    fileName\n    generatedAt\n  }\n}": typeof types.DashboardFiguresDocument,
    "query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      at\n      action\n      actorKind\n      actorName\n      role\n      recordType\n      recordId\n      version\n      changes {\n        field\n        before\n        after\n        masked\n      }\n    }\n  }\n}": typeof types.AuditLogDocument,
    "query DataQuality($communityId: ID!) {\n  dataQuality(communityId: $communityId) {\n    recordType\n    recordId\n    display\n    field\n    problem\n  }\n}": typeof types.DataQualityDocument,
};
const documents: Documents = {
    "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      email\n      role\n      displayName\n      serviceCenterId\n      communityId\n    }\n  }\n}\n\nquery Me {\n  me {\n    id\n    email\n    role\n    displayName\n    serviceCenterId\n    communityId\n  }\n}\n\nmutation Logout {\n  logout\n}": types.LoginDocument,
    "query Permissions {\n  permissions {\n    role\n    canReadAuditLog\n    canManageUsers\n    types {\n      type\n      canRead\n      canCreate\n      canUpdate\n      canDelete\n      fields {\n        name\n        read\n        write\n      }\n    }\n  }\n}": types.PermissionsDocument,
    "query DashboardFigures($year: Int!, $serviceCenterId: ID) {\n  overview(serviceCenterId: $serviceCenterId) {\n    asOf\n    communityCount\n    totalAreaKm2\n    compoundCount\n    population\n    households\n    workerCount\n    workersByEmploymentType {\n      key\n      count\n    }\n    partyOrganizationCount\n    partyMemberCount\n    socialOrganizationCount\n  }\n  communityIndicators(year: $year) {\n    communityId\n    community {\n      id\n      name\n    }\n    workersPer10k\n    workerCount\n    population\n  }\n  budgetSummary(year: $year, groupBy: [SOURCE], filter: {direction: {eq: INCOME}}) {\n    rows {\n      source\n      income\n    }\n    totals {\n      income\n      expenditure\n      balance\n    }\n  }\n  dutyFindings(year: $year) {\n    powerMismatches {\n      reason\n      reasonZh\n      reasonEn\n      community {\n        id\n        name\n      }\n      serviceCenter {\n        id\n        name\n      }\n      dutyItem {\n        id\n        title\n      }\n    }\n    unfundedDuties {\n      reason\n      reasonZh\n      reasonEn\n      community {\n        id\n        name\n      }\n      serviceCenter {\n        id\n        name\n      }\n      dutyItem {\n        id\n        title\n      }\n    }\n  }\n}\n\nquery Report($year: Int!, $serviceCenterId: ID, $format: ReportFormat!) {\n  report(year: $year, serviceCenterId: $serviceCenterId, format: $format) {\n    format\n    title\n    content\n    mimeType\n    fileName\n    generatedAt\n  }\n}": types.DashboardFiguresDocument,
    "query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      at\n      action\n      actorKind\n      actorName\n      role\n      recordType\n      recordId\n      version\n      changes {\n        field\n        before\n        after\n        masked\n      }\n    }\n  }\n}": types.AuditLogDocument,
    "query DataQuality($communityId: ID!) {\n  dataQuality(communityId: $communityId) {\n    recordType\n    recordId\n    display\n    field\n    problem\n  }\n}": types.DataQualityDocument,
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
export function graphql(source: "mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      email\n      role\n      displayName\n      serviceCenterId\n      communityId\n    }\n  }\n}\n\nquery Me {\n  me {\n    id\n    email\n    role\n    displayName\n    serviceCenterId\n    communityId\n  }\n}\n\nmutation Logout {\n  logout\n}"): (typeof documents)["mutation Login($email: String!, $password: String!) {\n  login(email: $email, password: $password) {\n    token\n    user {\n      id\n      email\n      role\n      displayName\n      serviceCenterId\n      communityId\n    }\n  }\n}\n\nquery Me {\n  me {\n    id\n    email\n    role\n    displayName\n    serviceCenterId\n    communityId\n  }\n}\n\nmutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Permissions {\n  permissions {\n    role\n    canReadAuditLog\n    canManageUsers\n    types {\n      type\n      canRead\n      canCreate\n      canUpdate\n      canDelete\n      fields {\n        name\n        read\n        write\n      }\n    }\n  }\n}"): (typeof documents)["query Permissions {\n  permissions {\n    role\n    canReadAuditLog\n    canManageUsers\n    types {\n      type\n      canRead\n      canCreate\n      canUpdate\n      canDelete\n      fields {\n        name\n        read\n        write\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DashboardFigures($year: Int!, $serviceCenterId: ID) {\n  overview(serviceCenterId: $serviceCenterId) {\n    asOf\n    communityCount\n    totalAreaKm2\n    compoundCount\n    population\n    households\n    workerCount\n    workersByEmploymentType {\n      key\n      count\n    }\n    partyOrganizationCount\n    partyMemberCount\n    socialOrganizationCount\n  }\n  communityIndicators(year: $year) {\n    communityId\n    community {\n      id\n      name\n    }\n    workersPer10k\n    workerCount\n    population\n  }\n  budgetSummary(year: $year, groupBy: [SOURCE], filter: {direction: {eq: INCOME}}) {\n    rows {\n      source\n      income\n    }\n    totals {\n      income\n      expenditure\n      balance\n    }\n  }\n  dutyFindings(year: $year) {\n    powerMismatches {\n      reason\n      reasonZh\n      reasonEn\n      community {\n        id\n        name\n      }\n      serviceCenter {\n        id\n        name\n      }\n      dutyItem {\n        id\n        title\n      }\n    }\n    unfundedDuties {\n      reason\n      reasonZh\n      reasonEn\n      community {\n        id\n        name\n      }\n      serviceCenter {\n        id\n        name\n      }\n      dutyItem {\n        id\n        title\n      }\n    }\n  }\n}\n\nquery Report($year: Int!, $serviceCenterId: ID, $format: ReportFormat!) {\n  report(year: $year, serviceCenterId: $serviceCenterId, format: $format) {\n    format\n    title\n    content\n    mimeType\n    fileName\n    generatedAt\n  }\n}"): (typeof documents)["query DashboardFigures($year: Int!, $serviceCenterId: ID) {\n  overview(serviceCenterId: $serviceCenterId) {\n    asOf\n    communityCount\n    totalAreaKm2\n    compoundCount\n    population\n    households\n    workerCount\n    workersByEmploymentType {\n      key\n      count\n    }\n    partyOrganizationCount\n    partyMemberCount\n    socialOrganizationCount\n  }\n  communityIndicators(year: $year) {\n    communityId\n    community {\n      id\n      name\n    }\n    workersPer10k\n    workerCount\n    population\n  }\n  budgetSummary(year: $year, groupBy: [SOURCE], filter: {direction: {eq: INCOME}}) {\n    rows {\n      source\n      income\n    }\n    totals {\n      income\n      expenditure\n      balance\n    }\n  }\n  dutyFindings(year: $year) {\n    powerMismatches {\n      reason\n      reasonZh\n      reasonEn\n      community {\n        id\n        name\n      }\n      serviceCenter {\n        id\n        name\n      }\n      dutyItem {\n        id\n        title\n      }\n    }\n    unfundedDuties {\n      reason\n      reasonZh\n      reasonEn\n      community {\n        id\n        name\n      }\n      serviceCenter {\n        id\n        name\n      }\n      dutyItem {\n        id\n        title\n      }\n    }\n  }\n}\n\nquery Report($year: Int!, $serviceCenterId: ID, $format: ReportFormat!) {\n  report(year: $year, serviceCenterId: $serviceCenterId, format: $format) {\n    format\n    title\n    content\n    mimeType\n    fileName\n    generatedAt\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      at\n      action\n      actorKind\n      actorName\n      role\n      recordType\n      recordId\n      version\n      changes {\n        field\n        before\n        after\n        masked\n      }\n    }\n  }\n}"): (typeof documents)["query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n  auditLog(filter: $filter, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      at\n      action\n      actorKind\n      actorName\n      role\n      recordType\n      recordId\n      version\n      changes {\n        field\n        before\n        after\n        masked\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataQuality($communityId: ID!) {\n  dataQuality(communityId: $communityId) {\n    recordType\n    recordId\n    display\n    field\n    problem\n  }\n}"): (typeof documents)["query DataQuality($communityId: ID!) {\n  dataQuality(communityId: $communityId) {\n    recordType\n    recordId\n    display\n    field\n    problem\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;