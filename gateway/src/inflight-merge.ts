import type { SubgraphResponse } from './entity-representations';

interface InFlight {
  readonly answer: Promise<SubgraphResponse>;
  followers: number;
  /** The answer as sent, serialised before its first caller's gateway merges into it, for each follower to parse its own copy. */
  text?: string;
}

/**
 * Identical subgraph calls in flight at the same time share one call. The
 * caller decides what is safe to merge (see SubgraphDataSource): the key
 * must hold everything the answer depends on. Followers get their own copy,
 * because the gateway merges later fetches into the objects of an answer.
 */
export class InflightMerge {
  private readonly inFlight = new Map<string, InFlight>();

  run(key: string, send: () => Promise<SubgraphResponse>): Promise<SubgraphResponse> {
    const joined = this.inFlight.get(key);
    if (joined) {
      joined.followers += 1;
      return joined.answer.then(() => JSON.parse(joined.text!) as SubgraphResponse);
    }
    const entry: InFlight = {
      followers: 0,
      answer: send().then(
        (response) => {
          this.inFlight.delete(key);
          // `http` (the raw response) is not serialisable and nothing downstream of a data source reads it.
          if (entry.followers > 0) entry.text = JSON.stringify({ data: response.data, errors: response.errors, extensions: response.extensions });
          return response;
        },
        (error: unknown) => {
          this.inFlight.delete(key);
          throw error;
        },
      ),
    };
    this.inFlight.set(key, entry);
    return entry.answer;
  }
}
