import { runService } from '@governance/kit/http';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

runService('gateway', async () => {
  const gateway = await startGateway(loadGatewayConfig());
  gateway.log.info({ url: gateway.url }, 'serving');
  // An operator's way to say "the supergraph file changed" where file events do not arrive (some network file systems).
  process.on('SIGHUP', () => void gateway.reloadSupergraph());
  return gateway;
});
