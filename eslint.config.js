import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const featuresDir = 'src/features';
const features = existsSync(featuresDir)
  ? readdirSync(featuresDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
  : [];

// Dependency rules from docs/decisions/0001-layout.md (house style §3.2), enforced on resolved paths.
const zones = [
  { target: './contract', from: ['./src', './server', './e2e', './scripts', './bench'], message: 'contract/ imports only zod.' },
  { target: './src', from: ['./server', './e2e'], message: 'src/ never imports server/ or e2e/.' },
  { target: './server', from: ['./src', './e2e'], message: 'server/ never imports src/ or e2e/.' },
  { target: './e2e', from: ['./src', './server'], message: 'e2e/ talks to the app over HTTP; import only contract/.' },
  {
    target: ['./src/components', './src/lib', './src/config', './src/hooks'],
    from: ['./src/features', './src/app'],
    message: 'Shared folders never import features or app.',
  },
  ...features.flatMap((f) => [
    { target: `./src/features/${f}`, from: './src/features', except: [`./${f}`], message: 'Features never import each other; compose them in src/app/routes.' },
    { target: `./src/features/${f}`, from: './src/app', message: 'Features never import app/.' },
    { target: `./src/features/${f}/api`, from: `./src/features/${f}/components`, message: 'api/ never imports components/.' },
  ]),
];

const kebabCase = {
  meta: { type: 'suggestion', schema: [], messages: { bad: 'File name "{{name}}" is not kebab-case.' } },
  create(context) {
    return {
      Program(node) {
        const name = path.basename(context.filename);
        if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/.test(name)) {
          context.report({ node, messageId: 'bad', data: { name } });
        }
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'import-x': importX, local: { rules: { 'kebab-case': kebabCase } } },
    languageOptions: { globals: { ...globals.node } },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.app.json', 'tsconfig.node.json', 'tsconfig.e2e.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      'local/kebab-case': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
      ],
    },
  },
  {
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(?!zod($|/)|\\./|\\.\\./|vitest$)', message: 'contract/ imports only zod (and vitest in tests).' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'fetch', 'localStorage', 'sessionStorage'],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/testing/*', '**/testing/*'], message: 'Production code never imports src/testing.' }] }],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    ignores: ['e2e/**'],
    rules: { 'no-restricted-properties': ['error', { object: 'test', property: 'only' }, { object: 'it', property: 'only' }, { object: 'describe', property: 'only' }, { object: 'test', property: 'skip' }, { object: 'it', property: 'skip' }, { object: 'describe', property: 'skip' }] },
  },
  {
    files: ['e2e/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'page', property: 'waitForTimeout', message: 'Wait on what the user sees, never sleep.' }, { object: 'test', property: 'only' }, { object: 'describe', property: 'only' }],
    },
  },
);
