import { runService } from '@governance/kit/http';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

runService('gateway', async () => {
  const gateway = await startGateway(loadGatewayConfig());
  gateway.log.info({ url: gateway.url }, 'serving');
  return gateway;
});
