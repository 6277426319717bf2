// @ts-check
/**
 * ESLint with typescript-eslint's type-aware rules over every workspace's
 * sources and tests. The project service gives each file the tsconfig that
 * `tsc -b` builds it with (the test project for tests). Prettier owns layout:
 * eslint-config-prettier, last, turns off every rule it would fight.
 */
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['**/node_modules/', '**/dist/', 'data/', 'bench/.data/', 'bench/results/', 'coverage/', 'gateway/browser/src/generated/'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Numbers in messages and generated text are the common case, and print as people expect.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `_name` marks what a destructuring leaves out on purpose (`const { stacktrace: _stacktrace, ...extensions } = ...`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `() => resolve()` and `() => server.close()` are callbacks whose result nobody reads; braces around each add nothing.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Apollo's plugin hooks, reference resolvers and DataLoader batch functions are typed to return promises:
      // `async` without `await` is the plain way to return one, and it turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // `!` marks a lookup the code has just made sure of (a Map filled from the same list, a parsed operation's name).
      // tsc treats `array[i]` the same way (noUncheckedIndexedAccess is off), so the rule would only move the same trust into runtime checks.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Without noUncheckedIndexedAccess, `argv[++i]` is typed as always present, and JSON read through a type assertion as exactly its type;
      // the checks this rule calls unnecessary are the ones that guard those boundaries.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // type-graphql's @ObjectType and @InputType classes hold fields only: resolvers return plain objects of their shape,
      // and type-graphql hands them input instances that are spread into entity rows. No prototype is lost.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-misused-spread': 'off',
    },
  },
  {
    // The testkit is the tests' shared code: the same rules as the tests that call it.
    files: ['**/test/**/*.ts', 'testkit/src/**/*.ts'],
    rules: {
      // Tests keep the original of a method they spy on (`const insert = EntityManager.prototype.insert`) to call it with `.call(this, ...)`.
      '@typescript-eslint/unbound-method': 'off',
      // Tests read GraphQL bodies and SQL rows down to the field they assert on, and jest's asymmetric matchers
      // (expect.any, expect.stringMatching) are typed `any`: typing every answer would restate each assertion as a type.
      // Product code keeps these rules; `any` itself stays forbidden everywhere (no-explicit-any).
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'bench/**'],
    // Plain JavaScript has no types to check; bench/ is typed against bench/node_modules, which `npm ci` does not install
    // (`npm run bench` does), so type-aware rules there would report its imports as `any` on a fresh clone.
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js'],
    // The jest configurations and bench/install.js are CommonJS scripts run by Node.
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
