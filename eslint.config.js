import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/publish/**', 'src/cli.ts', 'src/log.ts'],
    rules: {
      // Only the entry points and the publish stage may touch the Actions runtime (DEVELOPERS.md).
      'no-restricted-imports': ['error', { paths: [
        { name: '@actions/core', message: 'Inject a Logger instead; only src/main.ts and src/publish use @actions/core.' },
        { name: '@actions/github', message: 'Only src/publish talks to GitHub.' },
        { name: '@octokit/rest', message: 'Only src/publish talks to GitHub.' },
      ] }],
    },
  },
);
