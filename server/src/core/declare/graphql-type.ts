import { kindOf } from './kinds';
import type { AttrDecl } from './types';

/** The GraphQL output/input type of a declared attribute (its kind decides: kinds.ts). */
export const graphqlTypeOf = (attr: AttrDecl): unknown => kindOf(attr).graphql(attr);
