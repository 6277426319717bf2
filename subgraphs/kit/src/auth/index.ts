export { AGENCIES, isAgency, type Agency } from './agencies';
export {
  DEFAULT_AUDIENCE,
  DEFAULT_ISSUER,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  readMaxTokenLifetime,
  DEVELOPMENT_JWT_SECRET,
  developmentSubgraphSecret,
  readAuthConfig,
  readSubgraphSecret,
  subgraphSecretVariable,
  type AuthConfig,
  type TokenKeys,
} from './auth-config';
export { ForbiddenError, ForbiddenRequestError, UnauthenticatedError } from './auth-errors';
export { mintDevelopmentToken, mintResidentToken, type DevelopmentTokenRequest, type ResidentTokenRequest } from './development-token';
export { DOCUMENT_HASH_HEADER, MAX_PURPOSE_LENGTH, OPERATION_NAME_HEADER, PURPOSE_HEADER, SUBGRAPH_SECRET_HEADER } from './headers';
export { SCOPES, isScope, type Scope } from './scopes';
export { createTokenVerifier, type TokenVerifier } from './token-verifier';
export { CLIENTS, isClient, RESIDENT_TOKEN_KIND, viewerAgency, type Client, type RequestPurpose, type ResidentViewer, type StaffViewer, type Viewer } from './viewer';
export { MAX_CASE_REFERENCE_LENGTH, MAX_PURPOSE_CODE_LENGTH, PURPOSE_CODE, formatPurpose, purposeOf, type StatedPurpose } from './purpose';
export { residentGate, RESIDENT_ROOT_FIELDS } from './resident-gate';
