import { CreateRegister1764288000000 } from './1764288000000-CreateRegister';

/** In the order they run. */
export const migrations = [CreateRegister1764288000000];
