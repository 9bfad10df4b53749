// Re-records every golden file from the real toolchain (rustc must be on PATH):
//   node scripts/record-goldens.mjs           rewrite the goldens
//   node scripts/record-goldens.mjs --check   only report which goldens differ (exit 1 if any)
//   node scripts/record-goldens.mjs errors    only the kinds named (programs, borrowck, layout, heap, frames, resolve, errors, types, fixes, cfg, mir, permissions, captures, stdmethods, stdmodules, stdfields, depth)
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import * as programs from './goldens/programs.mjs';
import * as borrowck from './goldens/borrowck.mjs';
import * as layout from './goldens/layout.mjs';
import * as heap from './goldens/heap.mjs';
import * as frames from './goldens/frames.mjs';
import * as resolve from './goldens/resolve.mjs';
import * as errors from './goldens/errors.mjs';
import * as types from './goldens/types.mjs';
import * as fixes from './goldens/fixes.mjs';
import * as cfg from './goldens/cfg.mjs';
import * as mir from './goldens/mir.mjs';
import * as permissions from './goldens/permissions.mjs';
import * as captures from './goldens/captures.mjs';
import * as stdMethods from './goldens/stdMethods.mjs';
import * as stdModules from './goldens/stdModules.mjs';
import * as stdFields from './goldens/stdFields.mjs';
import * as depth from './goldens/depth.mjs';

const check = process.argv.includes('--check');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

try {
  console.log(execFileSync('rustc', ['--version'], { encoding: 'utf8' }).trim());
} catch {
  console.error('record-goldens: rustc is not on PATH');
  process.exit(2);
}

const kinds = [
  ['programs', () => programs.recordAll(path.join(root, 'test/golden/programs'), { write: !check })],
  ['borrowck', () => borrowck.recordAll(path.join(root, 'test/golden/borrowck'), { write: !check })],
  ['layout', () => layout.recordAll(path.join(root, 'test/golden/layout'), { write: !check })],
  ['heap', () => heap.recordAll(path.join(root, 'test/golden/programs'), { write: !check })],
  ['frames', () => frames.recordAll(path.join(root, 'test/golden/programs'), { write: !check })],
  ['resolve', () => resolve.recordAll(path.join(root, 'test/golden/resolve'), { write: !check })],
  ['errors', () => errors.recordAll(path.join(root, 'test/golden'), { write: !check })],
  ['types', () => types.recordAll(path.join(root, 'test/golden/programs'), { write: !check })],
  // Runs dist/cli.js: `npm run build` first.
  ['fixes', () => fixes.recordAll(path.join(root, 'test/golden/fixes'), { write: !check })],
  ['cfg', () => cfg.recordAll(path.join(root, 'test/golden/cfg'), { write: !check })],
  ['mir', () => mir.recordAll(path.join(root, 'test/golden/mir'), { write: !check })],
  ['permissions', () => permissions.recordAll(path.join(root, 'test/golden/permissions'), { write: !check })],
  ['captures', () => captures.recordAll(path.join(root, 'test/golden/captures'), { write: !check })],
  ['stdmethods', () => stdMethods.recordAll(root, { write: !check })],
  ['stdmodules', () => stdModules.recordAll(root, { write: !check })],
  ['stdfields', () => stdFields.recordAll(root, { write: !check })],
  ['depth', () => depth.recordAll(path.join(root, 'test/golden/depth'), { write: !check })],
];
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const name of only) {
  if (!kinds.some(([k]) => k === name)) {
    console.error(`record-goldens: no kind of golden is called ${name}`);
    process.exit(2);
  }
}
let differences = 0;
for (const [name, record] of kinds) {
  if (only.length > 0 && !only.includes(name)) continue;
  const changed = await record();
  differences += changed.length;
  console.log(`${name}: ${changed.length === 0 ? 'all goldens match' : `${changed.length} ${check ? 'differ' : 'rewritten'}: ${changed.join(', ')}`}`);
}
process.exit(check && differences > 0 ? 1 : 0);
