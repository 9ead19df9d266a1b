// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'stream',
  'worker_threads',
  'util',
  'events',
  'buffer',
  'zlib',
  'tls',
  'dns',
  'readline',
];
const noNodePatterns = [
  { group: ['node:*'], message: 'Node APIs stay out of this layer (see docs/architecture).' },
];
const noNodePaths = nodeBuiltins.map((name) => ({
  name,
  message: 'Node APIs stay out of this layer (see docs/architecture).',
}));
const noElectron = [
  {
    name: 'electron',
    message: 'Only main/shell/ and preload/ may import electron (architecture boundary).',
  },
  {
    // It requires electron when loaded, so it is shell code as much as electron is.
    name: 'electron-updater',
    message: 'Only main/shell/ may import electron-updater (architecture boundary).',
  },
];

// Calls that leave a test focused or skipped are defects in this project.
const focusedTests = ['it', 'test', 'describe'].flatMap((object) =>
  ['only', 'skip', 'fixme'].map((property) => ({
    object,
    property,
    message: 'Focused or skipped tests must not be committed.',
  })),
);

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'out/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': ['error', ...focusedTests],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'bench/page/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Text from letters and data messages is shown as text, never as markup.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never render text as HTML.',
        },
        {
          selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never render text as HTML.',
        },
      ],
      'no-restricted-imports': [
        'error',
        { paths: [...noElectron, ...noNodePaths], patterns: noNodePatterns },
      ],
    },
  },
  {
    files: ['common/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...noElectron,
            ...noNodePaths,
            { name: 'react', message: 'common/ is platform-free.' },
            { name: 'dexie', message: 'common/ is platform-free.' },
          ],
          patterns: [
            ...noNodePatterns,
            {
              group: [
                '**/main/**',
                '**/renderer/**',
                '**/sim/**',
                '**/webhost/**',
                '**/preload/**',
              ],
              message: 'common/ imports nothing from the other layers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'main/services/**/*.ts',
      'sim/**/*.ts',
      'webhost/**/*.ts',
      'scripts/**/*.ts',
      'bench/*.ts',
      'e2e/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: noElectron,
          patterns: [
            {
              group: ['**/main/shell/**', '**/renderer/**'],
              message:
                'Only the shell talks to Electron; the renderer is reached through the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    // The demo data generator also runs in the browser benchmark page.
    files: ['sim/seed/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [...noElectron, ...noNodePaths], patterns: noNodePatterns },
      ],
    },
  },
  {
    files: ['main/shell/**/*.ts', 'preload/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'The renderer is reached through the contract.' },
          ],
        },
      ],
    },
  },
  {
    // Node test harnesses (`*.node.ts`) drive the renderer's code against the real
    // simulator and main's services; like tests, they run only in Node.
    files: ['**/*.test.{ts,tsx}', '**/*.node.ts', 'e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Tests of the shell and preload mock the electron module; that is their only access to it.
      'no-restricted-imports': 'off',
    },
  },
);
