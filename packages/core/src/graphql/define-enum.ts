import { registerEnumType } from 'type-graphql';

/** The values of an enum made by `defineEnum`, as a type: `export type X = EnumValue<typeof X>`. */
export type EnumValue<E> = E[keyof E];

/**
 * A GraphQL enum written once: each value beside its description. Returns a frozen object mapping every
 * value to itself, used like a TypeScript string enum (`X.OPEN`, `Object.values(X)`, MikroORM's
 * `@Enum(() => X)`, type-graphql's `@Field(() => X)`), and registers it with type-graphql as `name`.
 * Declare its type under the same name beside it: `export type X = EnumValue<typeof X>`.
 */
export function defineEnum<const V extends Record<string, string>>(
  name: string,
  description: string,
  values: V,
): { readonly [K in keyof V & string]: K } {
  const keys = Object.keys(values);
  const valuesConfig = Object.fromEntries(keys.map((key) => [key, { description: values[key] }]));
  const enumObject = Object.freeze(Object.fromEntries(keys.map((key) => [key, key])));
  registerEnumType(enumObject, { name, description, valuesConfig });
  return enumObject as { readonly [K in keyof V & string]: K };
}
