import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { AttrDecl, DeclaredEnum } from '../declare';
import { OPERATORS, operatorsFor, type Operator } from '../crud/operators';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars';
import { namedClass } from './dynamic-class';

const LIST_OPS: Operator[] = ['in', 'notIn', 'hasAll', 'hasAny'];

function buildFilter(name: string, description: string, type: unknown, ops: Operator[]): Function {
  const cls = namedClass(name);
  for (const op of ops) {
    const opType = op === 'isNull' ? Boolean : type;
    Field(() => (LIST_OPS.includes(op) ? [opType] : opType) as never, { nullable: true, description: OPERATORS[op] })(cls.prototype, op);
  }
  InputType(name, { description })(cls);
  return cls;
}

const cache = new Map<string, Function>();
const cached = (name: string, make: () => Function) => {
  if (!cache.has(name)) cache.set(name, make());
  return cache.get(name)!;
};

/** The filter input type for one attribute (shared by every field of the same kind). */
export function scalarFilterFor(attr: AttrDecl): Function {
  const ops = operatorsFor(attr);
  switch (attr.type) {
    case 'id':
      return cached('IDFilter', () => buildFilter('IDFilter', 'Filter on an id (标识筛选)', ID, ops));
    case 'string':
      return cached('StringFilter', () => buildFilter('StringFilter', 'Filter on a short text (文本筛选)', String, ops));
    case 'text':
      return cached('TextFilter', () => buildFilter('TextFilter', 'Filter on a long text (长文本筛选)', String, ops));
    case 'int':
      return cached('IntFilter', () => buildFilter('IntFilter', 'Filter on a whole number (整数筛选)', Int, ops));
    case 'float':
      return cached('FloatFilter', () => buildFilter('FloatFilter', 'Filter on a number (数值筛选)', Float, ops));
    case 'decimal':
      return cached('DecimalFilter', () => buildFilter('DecimalFilter', 'Filter on an amount (金额筛选)', DecimalScalar, ops));
    case 'boolean':
      return cached('BooleanFilter', () => buildFilter('BooleanFilter', 'Filter on yes/no (是否筛选)', Boolean, ops));
    case 'date':
      return cached('DateFilter', () => buildFilter('DateFilter', 'Filter on a date (日期筛选)', DateScalar, ops));
    case 'datetime':
      return cached('DateTimeFilter', () => buildFilter('DateTimeFilter', 'Filter on an instant (时间筛选)', DateTimeScalar, ops));
    case 'enum':
      return enumFilter(attr.enum!, `${attr.enum!.name}Filter`, ops);
    case 'enumSet':
      return enumFilter(attr.enum!, `${attr.enum!.name}SetFilter`, ops);
  }
}

function enumFilter(e: DeclaredEnum<string>, name: string, ops: Operator[]): Function {
  return cached(name, () => buildFilter(name, `Filter on ${e.name} (枚举筛选)`, e.values, ops));
}
