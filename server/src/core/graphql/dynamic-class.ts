/** A fresh, named class for type-graphql to hang generated fields on. */
export function namedClass(name: string): new () => object {
  const holder = { [name]: class {} };
  return holder[name] as new () => object;
}
