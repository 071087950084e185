import { Field, Float, ID, InputType, Int } from 'type-graphql';
import type { AttrDecl, AttrType, DeclaredEnum } from '../declare';
import { OPERATORS, operatorsFor, type Operator } from '../crud/operators';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../scalars';
import { namedClass } from './dynamic-class';

const LIST_OPS: Operator[] = ['in', 'notIn', 'hasAll', 'hasAny'];

function buildFilter(name: string, description: string, type: unknown, ops: readonly Operator[]): Function {
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

const scalar = (name: string, description: string, type: unknown) => (_a: AttrDecl, ops: readonly Operator[]) =>
  cached(name, () => buildFilter(name, description, type, ops));

/** Each kind's filter input type: typed over every kind, so a new kind must say its own. */
const FILTER_OF: { readonly [K in AttrType]: (attr: AttrDecl, ops: readonly Operator[]) => Function } = {
  id: scalar('IDFilter', 'Filter on an id (标识筛选)', ID),
  string: scalar('StringFilter', 'Filter on a short text (文本筛选)', String),
  text: scalar('TextFilter', 'Filter on a long text (长文本筛选)', String),
  int: scalar('IntFilter', 'Filter on a whole number (整数筛选)', Int),
  float: scalar('FloatFilter', 'Filter on a number (数值筛选)', Float),
  decimal: scalar('DecimalFilter', 'Filter on an amount (金额筛选)', DecimalScalar),
  boolean: scalar('BooleanFilter', 'Filter on yes/no (是否筛选)', Boolean),
  date: scalar('DateFilter', 'Filter on a date (日期筛选)', DateScalar),
  datetime: scalar('DateTimeFilter', 'Filter on an instant (时间筛选)', DateTimeScalar),
  enum: (a, ops) => enumFilter(a.enum!, `${a.enum!.name}Filter`, ops),
  enumSet: (a, ops) => enumFilter(a.enum!, `${a.enum!.name}SetFilter`, ops),
};

/** The filter input type for one attribute (shared by every field of the same kind). */
export const scalarFilterFor = (attr: AttrDecl): Function => FILTER_OF[attr.type](attr, operatorsFor(attr));

function enumFilter(e: DeclaredEnum<string>, name: string, ops: readonly Operator[]): Function {
  return cached(name, () => buildFilter(name, `Filter on ${e.name} (枚举筛选)`, e.values, ops));
}
