import { CreateRegistry1764288000000 } from './1764288000000-CreateRegistry';

/** In the order they run. */
export const migrations = [CreateRegistry1764288000000];
