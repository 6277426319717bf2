import type { ApolloServerPlugin } from '@apollo/server';
import { AGREEMENT_NUMBER, PERSONAL_DATA_EXTENSION, isMaskReason, type MaskedField, type PersonalDataReport, type UnmaskedField } from '@governance/kit/data-sharing';

const COORDINATE = /^[_A-Za-z]\w{0,99}\.[_A-Za-z]\w{0,99}$/;
const MAX_MESSAGE = 500;

/**
 * What the subgraphs said about personal fields during one request. The
 * gateway drops subgraph response extensions, so each subgraph's
 * `personalData` is gathered here as its answer arrives, checked item by
 * item (the owner is the subgraph that answered, not what it claims), and
 * handed to the client in one extension.
 */
export class PersonalDataNotes {
  private readonly masked = new Map<string, MaskedField>();
  private readonly unmasked = new Map<string, UnmaskedField>();

  /** Takes in one subgraph's `extensions.personalData`. */
  add(subgraph: string, extension: unknown): void {
    if (typeof extension !== 'object' || extension === null) return;
    const { masked, unmasked } = extension as { masked?: unknown; unmasked?: unknown };
    for (const item of Array.isArray(masked) ? masked : []) {
      const { coordinate, reason, message } = (item ?? {}) as Record<string, unknown>;
      if (typeof coordinate !== 'string' || !COORDINATE.test(coordinate) || !isMaskReason(reason) || typeof message !== 'string') continue;
      this.masked.set(`${subgraph} ${coordinate}`, { coordinate, owner: subgraph, reason, message: message.slice(0, MAX_MESSAGE) });
    }
    for (const item of Array.isArray(unmasked) ? unmasked : []) {
      const { coordinate, agreement } = (item ?? {}) as Record<string, unknown>;
      if (typeof coordinate !== 'string' || !COORDINATE.test(coordinate) || !(agreement === null || (typeof agreement === 'string' && AGREEMENT_NUMBER.test(agreement)))) continue;
      this.unmasked.set(`${subgraph} ${coordinate}`, { coordinate, owner: subgraph, agreement });
    }
  }

  report(): PersonalDataReport | null {
    if (this.masked.size === 0 && this.unmasked.size === 0) return null;
    const sorted = <T extends { coordinate: string; owner: string }>(items: Iterable<T>) =>
      [...items].sort((a, b) => a.coordinate.localeCompare(b.coordinate) || a.owner.localeCompare(b.owner));
    return { masked: sorted(this.masked.values()), unmasked: sorted(this.unmasked.values()) };
  }
}

/** Puts the request's notes into the client's response: `extensions.personalData`, as every subgraph sends it. */
export function personalDataNotesPlugin<TContext extends { readonly personalData: PersonalDataNotes }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const report = (contextValue as Partial<TContext> | undefined)?.personalData?.report() ?? null;
          if (report === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, [PERSONAL_DATA_EXTENSION]: report };
        },
      };
    },
  };
}
