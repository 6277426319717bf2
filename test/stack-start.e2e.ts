import { startStack } from './support/stack';

/** A stack that cannot start says which service did not, and why, instead of a hook's bare timeout. */
describe('starting a whole stack', () => {
  it('names the subgraph that did not start', async () => {
    await expect(startStack({ subgraphEnv: { AUDIT_HEAD_EVERY_ENTRIES: 'often' } })).rejects.toThrow(
      /^(community-committees|public-security|industry-associations|commerce-bureau|legal-affairs) did not start: .*AUDIT_HEAD_EVERY_ENTRIES/s,
    );
  });

  it('names the gateway when the subgraphs started and it did not, and stops the subgraphs', async () => {
    await expect(startStack({ gatewayEnv: { SUBGRAPH_TIMEOUT_MS: 'soon' } })).rejects.toThrow(/^the gateway did not start: .*SUBGRAPH_TIMEOUT_MS/s);
  });
});
