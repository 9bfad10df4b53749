// Records, for every test/golden/fixes/*.rs program, each quick fix that `rustmem check --json`
// offers for `use-after-move`, `rc-cycle-possible` and `rc-cycle`: the program with the fix
// applied, and whether rustc 1.95 accepts it (type and borrow check, `--emit=metadata`). The test
// (test/golden/fixes.test.ts) applies the same fixes, compares the text, and re-checks it.
// Needs `npm run build` first (it runs dist/cli.js).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPrograms } from './programs.mjs';
import { updateGolden } from './update.mjs';

export const FIXED_CODES = ['use-after-move', 'rc-cycle-possible', 'rc-cycle'];

export function fixesPath(program) {
  return program.replace(/\.rs$/, '.fixes.json');
}

/** Applies edits given 1-based, from the end of the text backwards (columns in UTF-16 units). */
export function applyEdits(text, edits) {
  const lines = text.split('\n');
  const offset = (line, column) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  const sorted = [...edits].sort((a, b) => offset(b.line, b.column) - offset(a.line, a.column));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.line, e.column)) + e.newText + out.slice(offset(e.endLine, e.endColumn));
  return out;
}

function rustcAccepts(source) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-fixes-'));
  try {
    writeFileSync(path.join(tmp, 'fixed.rs'), source);
    const run = spawnSync('rustc', ['--edition', '2021', '--error-format=json', '--emit=metadata', '-A', 'warnings', '--out-dir', tmp, 'fixed.rs'], { cwd: tmp, encoding: 'utf8' });
    const errors = run.stderr
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l))
      .filter((d) => d.level === 'error')
      .map((d) => `${d.code?.code ?? ''} ${d.message}`.trim());
    return { compiles: run.status === 0, errors };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function recordFixes(program, cli) {
  const text = readFileSync(program, 'utf8');
  const run = spawnSync(process.execPath, [cli, 'check', '--json', path.basename(program)], { cwd: path.dirname(program), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`rustmem check failed on ${program}: ${run.stderr}`);
  const out = [];
  for (const d of JSON.parse(run.stdout)) {
    if (!FIXED_CODES.includes(d.code)) continue;
    for (const fix of d.fixes) {
      const fixed = applyEdits(text, fix.edits);
      out.push({ code: d.code, line: d.line, column: d.column, title: fix.title, fixed, rustc: rustcAccepts(fixed) });
    }
  }
  return out;
}

export function recordAll(root, { write }) {
  const cli = path.resolve(root, '../../../dist/cli.js');
  const changed = [];
  for (const program of listPrograms(root)) {
    const text = JSON.stringify(recordFixes(program, cli), null, 2) + '\n';
    if (updateGolden(fixesPath(program), text, write)) changed.push(path.relative(root, program));
  }
  return changed;
}
