type Decorate = (proto: object, key: string, descriptor: PropertyDescriptor) => void;
type ParamDecorate = (proto: object, key: string, index: number) => void;

/** Adds a method to a generated resolver class and applies type-graphql decorators to it. */
export function defineMethod(
  cls: Function,
  key: string,
  fn: (...args: never[]) => unknown,
  decorate: Decorate,
  params: ParamDecorate[],
): void {
  const proto = cls.prototype as Record<string, unknown>;
  proto[key] = fn;
  params.forEach((param, index) => param(proto, key, index));
  decorate(proto, key, Object.getOwnPropertyDescriptor(proto, key)!);
}
