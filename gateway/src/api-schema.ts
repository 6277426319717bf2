import { Supergraph } from '@apollo/federation-internals';
import { printSchema, type GraphQLSchema } from 'graphql';

/**
 * The schema clients see: the supergraph without the `join__`/`link__`
 * machinery composition adds for the gateway, and without anything marked
 * `@inaccessible`. It is what codegen, client caches and breaking-change
 * checks should read.
 */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** The API schema as SDL, with every description, in the supergraph's order. */
export function printApiSchema(supergraphSdl: string): string {
  return `${printSchema(apiSchemaOf(supergraphSdl)).trim()}\n`;
}
