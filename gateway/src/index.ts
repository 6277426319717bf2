import { runService } from '@governance/kit/http';
import { loadGatewayConfig } from './config';
import { startGateway } from './server';

runService('gateway', async () => {
  const gateway = await startGateway(loadGatewayConfig());
  console.log(`gateway: serving ${gateway.url}`);
  return gateway;
});
