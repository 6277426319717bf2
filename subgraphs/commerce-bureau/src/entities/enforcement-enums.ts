import { registerEnumType } from 'type-graphql';

export enum EnforcementKind {
  UNLICENSED_OPERATION = 'UNLICENSED_OPERATION',
  TRADEMARK_INFRINGEMENT = 'TRADEMARK_INFRINGEMENT',
}

export enum EnforcementOutcome {
  OPEN = 'OPEN',
  WARNED = 'WARNED',
  FINED = 'FINED',
  CLOSED_DOWN = 'CLOSED_DOWN',
  LICENSED = 'LICENSED',
}

registerEnumType(EnforcementKind, {
  name: 'EnforcementKind',
  description: 'What an enforcement case is about.',
  valuesConfig: {
    UNLICENSED_OPERATION: { description: 'Trading without a business licence (无证经营), such as a hidden workshop in a rented building.' },
    TRADEMARK_INFRINGEMENT: { description: 'Infringing a trademark or certification mark, such as the Biluochun geographical-indication mark.' },
  },
});

registerEnumType(EnforcementOutcome, {
  name: 'EnforcementOutcome',
  description: 'How an enforcement case stands or ended.',
  valuesConfig: {
    OPEN: { description: 'Still under investigation.' },
    WARNED: { description: 'Closed with a warning and an order to correct.' },
    FINED: { description: 'Closed with a fine.' },
    CLOSED_DOWN: { description: 'The operation was shut down (取缔).' },
    LICENSED: { description: 'Regularised: the operator obtained a licence (规范办证).' },
  },
});
