import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema, type GraphQLType } from 'graphql';

const namedTypeOf = (type: GraphQLType): string => getNamedType(type).name;

/** Whether the element at an inspector path ("Type", "Type.field", "Type.field.arg") was deprecated. */
function deprecatedIn(schema: GraphQLSchema, path: string): boolean {
  const [typeName, member, arg] = path.split('.');
  const type = schema.getType(typeName);
  if (!type) return false;
  if (member === undefined) return onlyReachedThroughDeprecated(schema, typeName);
  if (isEnumType(type)) return type.getValue(member)?.deprecationReason != null;
  if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
    const field = type.getFields()[member];
    if (!field) return false;
    if (field.deprecationReason != null) return true;
    if (arg !== undefined && 'args' in field) return field.args.find((a) => a.name === arg)?.deprecationReason != null;
  }
  return false;
}

/** A type cannot carry @deprecated: it may go once every field, argument and input field using it was deprecated. */
function onlyReachedThroughDeprecated(schema: GraphQLSchema, typeName: string): boolean {
  let used = false;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (namedTypeOf(field.type) === typeName) {
        used = true;
        if (field.deprecationReason == null) return false;
      }
      for (const a of 'args' in field ? field.args : []) {
        if (namedTypeOf(a.type) === typeName) {
          used = true;
          if (a.deprecationReason == null && field.deprecationReason == null) return false;
        }
      }
    }
  }
  return used;
}

export interface SchemaCheck {
  /** Breaking changes to an element that was not deprecated in the released schema. */
  refused: Change[];
  /** Breaking changes to deprecated elements: the deprecation policy allows them. */
  allowed: Change[];
  dangerous: Change[];
  safe: Change[];
}

/** Compares the current schema with the last released one (@graphql-inspector/core's diff). */
export async function checkAgainstRelease(released: GraphQLSchema, current: GraphQLSchema): Promise<SchemaCheck> {
  const changes = await diff(released, current);
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
  return {
    refused: breaking.filter((c) => !c.path || !deprecatedIn(released, c.path)),
    allowed: breaking.filter((c) => c.path && deprecatedIn(released, c.path)),
    dangerous: changes.filter((c) => c.criticality.level === CriticalityLevel.Dangerous),
    safe: changes.filter((c) => c.criticality.level === CriticalityLevel.NonBreaking),
  };
}

export const describeChange = (c: Change) => `${c.type} ${c.path ?? ''}: ${c.message}`;
