import { registerEnumType } from 'type-graphql';
import { describeLabel, type Label } from './labels';

export type EnumLabels<K extends string> = Record<K, [zh: string, en: string]>;

export interface DeclaredEnum<K extends string> {
  name: string;
  values: { [P in K]: P };
  labels: Record<K, Label>;
  keys: K[];
}

const enums = new Map<string, DeclaredEnum<string>>();

/**
 * Declares an enum once: its GraphQL type, its values' bilingual labels (as value
 * descriptions, which the console generator reads) and the TS value object.
 */
export function defineEnum<K extends string>(name: string, description: Label, labels: EnumLabels<K>): DeclaredEnum<K> {
  const keys = Object.keys(labels) as K[];
  const values = Object.fromEntries(keys.map((k) => [k, k])) as { [P in K]: P };
  const labelMap = Object.fromEntries(keys.map((k) => [k, { zh: labels[k][0], en: labels[k][1] }])) as Record<K, Label>;
  registerEnumType(values, {
    name,
    description: describeLabel(description),
    valuesConfig: Object.fromEntries(keys.map((k) => [k, { description: describeLabel(labelMap[k]) }])) as never,
  });
  const declared: DeclaredEnum<K> = { name, values, labels: labelMap, keys };
  enums.set(name, declared as DeclaredEnum<string>);
  return declared;
}

export const declaredEnums = (): DeclaredEnum<string>[] => [...enums.values()];
