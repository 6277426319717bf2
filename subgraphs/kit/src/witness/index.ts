export { auditPublicKeyVariable, developmentAuditKeys, exportAuditKey, readAuditPublicKey, readAuditSigningKey } from './audit-keys';
export { AuditWitness } from './audit-witness.entity';
export { CreateAuditWitness1796167200000 } from './create-audit-witness.migration';
export { HeadPublisher, WITNESS_PATH, type HeadPublisherOptions } from './head-publisher';
export { asSignedHead, headSignatureValid, signHead, type SignedHead } from './signed-head';
export { verifyWitnessedHeads, type Witness, type WitnessedHeadsReport } from './verify-witnessed-heads';
export { witnessRoute, type WitnessRouteOptions } from './witness-route';
