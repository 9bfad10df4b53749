// Records rustc's own use-after-move errors (E0382) for every test/golden/borrowck/*.rs program:
// the primary span (the use) and the labelled spans (the move, the declaration), 1-based as rustc
// prints them. The `use-after-move` check must find exactly these positions.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPrograms, expectedPath } from './programs.mjs';
import { recordCached } from './cache.mjs';
import { updateGolden } from './update.mjs';

/** rustc's E0382 diagnostics for one program (other errors are ignored but counted). */
export function recordBorrowck(program) {
  return recordCached(import.meta.url, [path.basename(program), readFileSync(program, 'utf8')], () => recordBorrowckFresh(program));
}

function recordBorrowckFresh(program) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-borrowck-'));
  try {
    const run = spawnSync(
      'rustc',
      ['--edition', '2021', '--error-format=json', '--emit=metadata', '-A', 'warnings', '--out-dir', tmp, path.basename(program)],
      { cwd: path.dirname(program), encoding: 'utf8' },
    );
    const errors = [];
    let otherErrors = 0;
    for (const line of run.stderr.split('\n')) {
      if (!line.startsWith('{')) continue;
      const d = JSON.parse(line);
      if (d.level !== 'error' || !d.code) continue;
      if (d.code.code !== 'E0382') {
        otherErrors++;
        continue;
      }
      // A use inside a std macro (`assert_eq!`) has its span in the macro's source: rustc shows
      // it at the macro call in the program, which is where the check reports it too.
      let primary = d.spans.find((s) => s.is_primary);
      while (primary.file_name !== path.basename(program) && primary.expansion) primary = primary.expansion.span;
      errors.push({
        line: primary.line_start,
        column: primary.column_start,
        message: d.message,
        labels: d.spans.map((s) => ({ line: s.line_start, column: s.column_start, primary: s.is_primary, label: s.label ?? '' })),
      });
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
    const text = JSON.stringify(recordBorrowck(program), null, 2) + '\n';
    if (updateGolden(expectedPath(program), text, write)) changed.push(path.relative(root, program));
  }
  return changed;
}
