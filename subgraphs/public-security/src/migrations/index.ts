import { CreateStations1764288000000 } from './1764288000000-CreateStations';

/** In the order they run. */
export const migrations = [CreateStations1764288000000];
