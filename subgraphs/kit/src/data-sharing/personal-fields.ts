import { Kind, isObjectType, type GraphQLSchema } from 'graphql';
import { PERSONAL_TAG } from '../auth/personal-data';

/**
 * The personal fields of a built schema, as coordinates (`Person.phone`):
 * those `@Personal` marked with `@tag(name: "personal")`, which the printed
 * SDL and so the supergraph carry too.
 */
export function personalCoordinates(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) =>
      Object.values(type.getFields())
        .filter((field) =>
          field.astNode?.directives?.some(
            (directive) =>
              directive.name.value === 'tag' &&
              directive.arguments?.some((argument) => argument.name.value === 'name' && argument.value.kind === Kind.STRING && argument.value.value === PERSONAL_TAG),
          ),
        )
        .map((field) => `${type.name}.${field.name}`),
    )
    .sort();
}
