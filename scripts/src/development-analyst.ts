import type { DevelopmentTokenRequest } from '@governance/kit/auth';

/**
 * The analyst whose token `npm start` mints and fills in on the playground
 * and dashboard: the community committees' analyst with scope `read` only,
 * so personal data shows masked. A case worker's token (`read,pii:read`,
 * shown to requests that send `x-purpose`) is one `npm run token` away.
 */
export const DEVELOPMENT_ANALYST = { agency: 'community-committees', scopes: ['read'], subject: 'analyst', expiresIn: '8h' } as const satisfies DevelopmentTokenRequest;

/** How `npm start`, the README and the tests describe that token, in one wording. */
export const DEVELOPMENT_ANALYST_DESCRIPTION = `${DEVELOPMENT_ANALYST.agency}, scope ${DEVELOPMENT_ANALYST.scopes.join(',')} only: personal data shows masked`;

/** The command that mints the case worker's token. */
export const CASE_WORKER_TOKEN_COMMAND = `npm run --silent token -- --agency ${DEVELOPMENT_ANALYST.agency} --scopes read,pii:read`;
