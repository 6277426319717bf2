export { PlanExecutingGateway } from './plan-executing-gateway';
