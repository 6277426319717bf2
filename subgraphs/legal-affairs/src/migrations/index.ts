import { CreateReconsiderationCase1796074385583 } from './1796074385583-CreateReconsiderationCase';

/** In the order they run. */
export const migrations = [CreateReconsiderationCase1796074385583];
