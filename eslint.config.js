import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  // Only the Action's entry touches the Actions runtime, only src/publish talks to GitHub
  // (DEVELOPERS.md; test/architecture.test.ts checks the whole tree too).
  ...[
    {
      files: ['src/**/*.ts'],
      ignores: ['src/main.ts', 'src/action/**', 'src/publish/**'],
      names: ['@actions/core', '@actions/github', '@octokit/rest'],
    },
    { files: ['src/publish/**/*.ts'], names: ['@actions/core'] },
    // The Action entry reads the run's facts from @actions/github's context in src/action/context.ts only.
    { files: ['src/main.ts', 'src/action/**/*.ts'], ignores: ['src/action/context.ts'], names: ['@actions/github', '@octokit/rest'] },
  ].map(({ names, ...where }) => ({
    ...where,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: names.map((name) => ({
            name,
            message:
              name === '@actions/core'
                ? 'Inject a Logger instead; only src/main.ts and src/action use @actions/core.'
                : 'Only src/publish talks to GitHub.',
          })),
        },
      ],
    },
  })),
);
