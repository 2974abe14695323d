// The project's ESLint setup (flat config; `office-addin-lint check` also picks this file up).
// Style is not linted: the code base was never run through prettier, and reformatting it would
// collide with every open branch. The rules below are about correctness and layering.
import { builtinModules } from 'node:module';

import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';

const officeAddinRules = {
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/no-context-sync-in-loop': 'error',
  'office-addins/no-empty-load': 'error',
  'office-addins/no-navigational-load': 'error',
  'office-addins/no-office-initialize': 'error',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

// src/domain is pure: no host (Node, browser, Office, ExcelJS, HyperFormula) and none of the
// layers that sit on top of it.
export const domainImportRestrictions = {
  paths: [
    ...nodeBuiltins.map((name) => ({ name, message: 'src/domain 不能依赖 Node 内置模块。' })),
    { name: 'exceljs', message: 'src/domain 不能依赖 ExcelJS（读写 .xlsx 放在 src/xlsx）。' },
    { name: 'hyperformula', message: 'src/domain 不能依赖 HyperFormula（公式计算放在 src/xlsx）。' },
    { name: 'react', message: 'src/domain 不能依赖界面库。' },
    { name: 'react-dom', message: 'src/domain 不能依赖界面库。' },
  ],
  patterns: [
    { regex: '^node:', message: 'src/domain 不能依赖 Node 内置模块。' },
    { regex: '^(react-dom|@fluentui)(/|$)', message: 'src/domain 不能依赖界面库。' },
    { regex: '^(exceljs|hyperformula)/', message: 'src/domain 不能依赖 ExcelJS / HyperFormula。' },
    { regex: '^@(microsoft/office-js|types/office-js)(/|$)|^office-', message: 'src/domain 不能依赖 Office.js。' },
    {
      regex: '^\\.{1,2}/(.*/)?(excel|xlsx|cli|taskpane|excel-sim|playground)(/|$)',
      message: 'src/domain 不能引用外层（excel、xlsx、cli、taskpane、excel-sim）；依赖方向是外层引用 domain。',
    },
  ],
};

const hostGlobalMessage = 'src/domain 是纯逻辑，不能使用宿主（浏览器、Node、Office）的全局对象。';
const domainRestrictedGlobals = [
  'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'fetch', 'XMLHttpRequest',
  'Office', 'Excel', 'OfficeExtension', 'process', 'Buffer', 'require', '__dirname', '__filename',
].map((name) => ({ name, message: hostGlobalMessage }));

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: {
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...officeAddinRules,
      // TypeScript already reports undefined names, with the real lib/types in view.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      // Chinese documents are full of U+3000 (全角空格): allowed in comments, strings and patterns.
      'no-irregular-whitespace': ['error', { skipComments: true, skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/playground/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['src/domain/**/*.{ts,tsx,js}'],
    rules: {
      'no-restricted-imports': ['error', domainImportRestrictions],
      '@typescript-eslint/no-require-imports': 'error',
      'no-restricted-globals': ['error', ...domainRestrictedGlobals],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { navigator: 'readonly', document: 'readonly', window: 'readonly' },
    },
  },
];
