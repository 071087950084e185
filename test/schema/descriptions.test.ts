import { isEnumType, isInputObjectType, isInterfaceType, isIntrospectionType, isObjectType, isSpecifiedDirective, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { appSchema } from '../../server/src/app';

// A description must name the Chinese term too: partners and staff search by either.
const blank = (d: string | null | undefined) => !d || !d.trim() || !/[\u4e00-\u9fff]/.test(d);

/** Every type, field, argument and enum value of the schema that has no description. */
export function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(`type ${type.name}`);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`field ${type.name}.${field.name}`);
        for (const arg of field.args) if (blank(arg.description)) missing.push(`argument ${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (blank(field.description)) missing.push(`input field ${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (blank(value.description)) missing.push(`enum value ${type.name}.${value.name}`);
    }
  }
  for (const directive of schema.getDirectives().filter((d) => !isSpecifiedDirective(d))) {
    if (blank(directive.description)) missing.push(`directive @${directive.name}`);
    for (const arg of directive.args) if (blank(arg.description)) missing.push(`argument @${directive.name}(${arg.name})`);
  }
  return missing.sort();
}

describe('schema descriptions', () => {
  it('document every type, field, argument and enum value, in English with the Chinese term', () => {
    const missing = undocumented(appSchema());
    expect(missing, `Add a description (e.g. \`description:\` on the declaration or the @Field/@Arg) for:\n  ${missing.join('\n  ')}`).toEqual([]);
  });

  it('would notice a missing description, or one without the Chinese term', async () => {
    const { buildSchema } = await import('graphql');
    expect(undocumented(buildSchema('"Root (根)" type Query { "A (甲)" a(x: Int): Int b: Int "English only" c: Int }'))).toEqual([
      'argument Query.a(x)',
      'field Query.b',
      'field Query.c',
    ]);
  });
});
