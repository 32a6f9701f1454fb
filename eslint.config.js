import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Domain code is plain TypeScript: the rule lives here so nobody has to remember it.
const frameworkImports = {
  patterns: [
    {
      group: [
        '@nestjs/*',
        'typeorm',
        'typeorm/*',
        'class-validator',
        'class-transformer',
        'pg',
        '@electric-sql/*',
        '@kurrent/*',
        'express',
      ],
      message: 'domain/ code must not import frameworks or I/O libraries; keep it pure.',
    },
    {
      group: ['**/application/**', '**/api/**', '**/read-model/**', '**/event-store/**', '**/database/**'],
      message: 'domain/ code must not depend on outer layers.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'web/dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      // Misreads values that are only used inside parameter decorators (pipes in @Param).
      'no-useless-assignment': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The web app runs in the browser (its own tsconfig, bundled by Vite), not in Node.
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/domain/**/*.ts', 'src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', frameworkImports] },
  },
  prettier,
);
