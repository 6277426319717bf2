/** Headers the gateway forwards to every subgraph call, and subgraphs to their owners. */
export const PURPOSE_HEADER = 'x-purpose';
export const OPERATION_NAME_HEADER = 'x-operation-name';
/** SHA-256 of the client's document, which the gateway parsed; a subgraph behind it sees only the planner's documents. */
export const DOCUMENT_HASH_HEADER = 'x-document-hash';
/** Proves a call comes from the gateway (or an agency's own subgraph); required for `_entities` and `_service`. */
export const SUBGRAPH_SECRET_HEADER = 'x-subgraph-secret';

/** The longest `x-purpose` header: a purpose code and a case reference with room to spare. */
export const MAX_PURPOSE_LENGTH = 200;
