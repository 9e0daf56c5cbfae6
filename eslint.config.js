// ESLint runs one job here: auditing every regular expression in src/ for
// catastrophic backtracking (eslint-plugin-regexp's no-super-linear-* rules)
// and for patterns that are wrong or wasteful. Style is left to the compiler.
import regexp from 'eslint-plugin-regexp';
import tsParser from '@typescript-eslint/parser';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      'regexp/no-dupe-disjunctions': 'error',
      'regexp/no-empty-alternative': 'error',
      'regexp/no-useless-quantifier': 'error',
      'regexp/no-potentially-useless-backreference': 'error',
      'regexp/no-contradiction-with-assertion': 'error',
    },
  },
];
