// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'deploy/.aws-build/**'] },
  js.configs.recommended,
  // Type-aware: the rules read the TypeScript program of tsconfig.json (via the project service).
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      // The code ends a switch over a union with `default: return unreachable(x)`, which already makes the
      // compiler prove it exhaustive; the rule catches switches that have no such default.
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/prefer-optional-chain': 'error',
      // `||` on strings is deliberate here: an empty setting or message counts as absent.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Off: async functions without await implement Promise-returning interfaces (stop/close), and `async`
      // keeps a throw inside them a rejection; rewriting them as Promise.resolve() would buy nothing.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests assert on parsed JSON bodies and mock call arguments, which are `any` by nature; typing each one
    // would add casts that check nothing. The rest of the type-aware rules apply to tests too.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  // This file and other plain JS are not in tsconfig.json: no type information for them.
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
