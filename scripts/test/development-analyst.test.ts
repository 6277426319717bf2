import fs from 'node:fs';
import path from 'node:path';
import { CASE_WORKER_TOKEN_COMMAND, DEVELOPMENT_ANALYST } from '../src/development-analyst';

/** The analyst `npm start` mints (test/platform.e2e.ts checks its banner and what the token sees) is the one the README describes. */
describe('the analyst npm start mints', () => {
  const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8').replace(/\s+/g, ' ');

  it('is described in the README as it is minted: one agency, scope read only, and the case worker one command away', () => {
    expect(DEVELOPMENT_ANALYST).toMatchObject({ agency: 'community-committees', scopes: ['read'] });
    expect(readme).toContain(
      `prints an analyst's token and fills it in on the playground and dashboard: \`${DEVELOPMENT_ANALYST.agency}\`, scope \`${DEVELOPMENT_ANALYST.scopes.join(',')}\` only, so personal data shows masked`,
    );
    expect(readme).toContain(`\`${CASE_WORKER_TOKEN_COMMAND}\``);
    expect(readme).toContain(`TOKEN=$(npm run --silent token -- --agency ${DEVELOPMENT_ANALYST.agency} --scopes ${DEVELOPMENT_ANALYST.scopes.join(',')})`);
  });
});
