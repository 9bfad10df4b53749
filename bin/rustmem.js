#!/usr/bin/env node
// The `rustmem` command of the package: the CLI is bundled (npm ci builds it through `prepare`).
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(`rustmem: ${cli} is missing; run \`npm run build\` in ${path.dirname(__dirname)}\n`);
  process.exit(2);
}
require(cli).main();
