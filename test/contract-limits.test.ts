import fs from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { validate, type GraphQLError } from 'graphql';
import { loadGatewayConfig } from '@governance/gateway/config';
import { operationCost, operationGuards } from '@governance/gateway/operation-limits';
import { loadContract } from './contract/operations';
import { productionEnv } from '@governance/testkit/production-env';

/**
 * The dashboard's operations must fit the gateway's default limits with room
 * to grow, so that a limit tightened (or an operation grown) fails here, not
 * on an agency's dashboard.
 */
describe('the dashboard contract within the default operation limits', () => {
  const config = loadGatewayConfig(productionEnv());
  const schema = Supergraph.build(fs.readFileSync(config.supergraphPath, 'utf8')).apiSchema().toGraphQLJSSchema();
  const { validationRules } = operationGuards(config.limits, { suggestions: false });

  it.each(loadContract().map((operation) => [operation.file, operation] as const))('%s passes depth, alias, directive and cost limits', (_file, operation) => {
    let errors: readonly GraphQLError[];
    try {
      errors = validate(schema, operation.document, validationRules);
    } catch (error) {
      errors = [error as GraphQLError];
    }
    expect(errors.map((error) => error.message)).toEqual([]);
    // Page sizes given by variable count at the largest a client may ask (500): the dashboard may page that far.
    const widest = Object.fromEntries((operation.definition.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, 500]));
    expect(operationCost(schema, operation.document, widest)).toBeLessThanOrEqual(config.limits.cost);
  });
});
