// Records rustc's name-resolution errors for every test/golden/resolve/*.rs program: code,
// message and primary position (1-based, as rustc prints them). The front end's resolver must
// report exactly these. Errors with other codes are counted but not listed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPrograms, expectedPath } from './programs.mjs';
import { updateGolden } from './update.mjs';
import { parseErrors } from './errors.mjs';

export const RESOLVE_CODES = ['E0405', 'E0411', 'E0412', 'E0415', 'E0416', 'E0422', 'E0423', 'E0424', 'E0425', 'E0428', 'E0432', 'E0433', 'E0531', 'E0532', 'E0603'];

export function recordResolve(program) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-resolve-'));
  try {
    const run = spawnSync(
      'rustc',
      ['--edition', '2021', '--error-format=json', '--emit=metadata', '-A', 'warnings', '--out-dir', tmp, path.basename(program)],
      { cwd: path.dirname(program), encoding: 'utf8' },
    );
    const errors = [];
    let otherErrors = 0;
    // rustc's JSON diagnostics read as the error corpus reads them (scripts/goldens/errors.mjs).
    for (const e of parseErrors(run.stderr, path.basename(program))) {
      if (e.code && RESOLVE_CODES.includes(e.code)) errors.push({ code: e.code, line: e.line, column: e.column, message: e.message });
      else otherErrors++;
    }
    errors.sort((a, b) => a.line - b.line || a.column - b.column);
    return { otherErrors, errors };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function recordAll(root, { write }) {
  const changed = [];
  for (const program of listPrograms(root)) {
    const text = JSON.stringify(recordResolve(program), null, 2) + '\n';
    if (updateGolden(expectedPath(program), text, write)) changed.push(path.relative(root, program));
  }
  return changed;
}
