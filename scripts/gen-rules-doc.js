#!/usr/bin/env node
// Writes docs/rules.md from the built-in rule packs (src/domain/rules/packs/builtin), through the compiled dist/.
// Usage: npx tsc -p tsconfig.cli.json && node scripts/gen-rules-doc.js
// tests/rules/rules-doc.test.ts fails while docs/rules.md differs from what this writes.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'dist', 'domain', 'rules', 'index.js');
if (!fs.existsSync(entry)) {
  process.stderr.write('dist/ 中没有规则代码：请先运行 npx tsc -p tsconfig.cli.json\n');
  process.exit(2);
}
const { RULES, BUILT_IN_PACKS, renderRulesMarkdown } = require(entry);
const out = path.join(root, 'docs', 'rules.md');
fs.writeFileSync(out, renderRulesMarkdown(RULES, BUILT_IN_PACKS));
process.stdout.write(`docs/rules.md: ${RULES.length} rules\n`);
