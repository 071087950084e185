import { Float, ID, Int } from 'type-graphql';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars';
import type { AttrDecl } from './types';

/** The GraphQL output/input type of a declared attribute. */
export function graphqlTypeOf(attr: AttrDecl): unknown {
  switch (attr.type) {
    case 'id':
      return ID;
    case 'string':
    case 'text':
      return String;
    case 'int':
      return Int;
    case 'float':
      return Float;
    case 'decimal':
      return DecimalScalar;
    case 'boolean':
      return Boolean;
    case 'date':
      return DateScalar;
    case 'datetime':
      return DateTimeScalar;
    case 'enum':
      return attr.enum!.values;
    case 'enumSet':
      return [attr.enum!.values];
  }
}
