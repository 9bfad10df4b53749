// Records how deep the real debug build recurses before its stack overflows. Each program under
// test/golden/depth/ recurses without end and prints its depth every N levels; the last number it
// printed before the `has overflowed its stack` abort brackets the depth it reached (between that
// number and the next multiple of N). The build is rustc's debug build at `-C opt-level=0`, the
// build whose frames the simulator lays out; main's stack is set to 8 MiB (`ulimit -s 8192`, the
// usual Linux default and the simulator's budget), a spawned thread's is Rust's own (2 MiB, no
// `RUST_MIN_STACK`) or its `Builder::stack_size`.
// `NAME.depth.json`: `{ status, last, every }`.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPrograms } from './programs.mjs';
import { updateGolden } from './update.mjs';

export function depthPath(program) {
  return program.replace(/\.rs$/, '.depth.json');
}

/** The last two depths a run printed: the last one reached, and the step between prints. */
export function depthOfOutput(stdout) {
  const numbers = stdout
    .split('\n')
    .filter((l) => /^\d+$/.test(l))
    .map(Number);
  if (numbers.length < 2) return undefined;
  const last = numbers[numbers.length - 1];
  return { last, every: last - numbers[numbers.length - 2] };
}

export function recordDepth(program) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-depth-'));
  try {
    const exe = path.join(tmp, 'prog');
    execFileSync('rustc', ['--edition', '2021', '-C', 'opt-level=0', '-C', 'debuginfo=0', '-A', 'warnings', '-o', exe, path.basename(program)], {
      cwd: path.dirname(program),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const env = { ...process.env, RUST_BACKTRACE: '0' };
    delete env.RUST_MIN_STACK;
    const run = spawnSync('sh', ['-c', 'ulimit -s 8192 && exec "$0"', exe], { encoding: 'utf8', timeout: 60000, env });
    const status = run.status ?? (run.signal === 'SIGABRT' ? 134 : 128);
    const depth = depthOfOutput(run.stdout);
    if (!depth) throw new Error(`${path.basename(program)} printed fewer than two depths (status ${status})`);
    return { status, ...depth };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function recordAll(root, { write }) {
  const changed = [];
  for (const program of listPrograms(root)) {
    const text = `${JSON.stringify(recordDepth(program))}\n`;
    if (updateGolden(depthPath(program), text, write)) changed.push(path.relative(root, program));
  }
  return changed;
}
