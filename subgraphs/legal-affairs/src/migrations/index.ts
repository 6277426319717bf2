import { CreateReconsiderationRegister1796074385583 } from './1796074385583-CreateReconsiderationRegister';

/** In the order they run. */
export const migrations = [CreateReconsiderationRegister1796074385583];
