// Records what each golden program really does: compiles it with rustc (a debug build, as
// `cargo run` makes: overflow checks on, no optimisation) and runs it, keeping stdout, stderr and
// the exit status. The simulator must reproduce these exactly.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordCached } from './cache.mjs';

/** Every `.rs` file below `dir`, sorted. */
export function listPrograms(dir) {
  const out = [];
  for (const entry of readdirSync(dir).sort()) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...listPrograms(p));
    else if (entry.endsWith('.rs')) out.push(p);
  }
  return out;
}

export function expectedPath(program) {
  return program.replace(/\.rs$/, '.expected.json');
}

/**
 * Compiles and runs one program. rustc is given the bare file name from the program's own folder,
 * so a panic reports `name.rs:LINE:COL`, the same path `rustmem run name.rs` reports there.
 * Kept by content hash (cache.mjs): an unchanged program is not compiled again.
 */
export function recordProgram(program) {
  return recordCached(import.meta.url, [path.basename(program), readFileSync(program, 'utf8')], () => recordProgramFresh(program));
}

function recordProgramFresh(program) {
  const dir = path.dirname(program);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-golden-'));
  try {
    const exe = path.join(tmp, 'prog');
    execFileSync('rustc', ['--edition', '2021', '-C', 'debuginfo=0', '-A', 'warnings', '-o', exe, path.basename(program)], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const run = spawnSync(exe, [], { cwd: dir, encoding: 'utf8', timeout: 20000, env: { ...process.env, RUST_BACKTRACE: '0' } });
    // A process killed by SIGABRT (stack overflow) exits 134 in a shell.
    const status = run.status ?? (run.signal === 'SIGABRT' ? 134 : 128);
    // Since Rust 1.88 the panic and overflow lines name the OS thread id (`thread 'main' (4242)
    // panicked`), which changes on every run; the goldens keep the line without it.
    const stderr = run.stderr.replace(/^thread '([^']*)' \(\d+\) /gm, "thread '$1' ");
    return { status, stdout: run.stdout, stderr };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function recordAll(root, { write }) {
  const changed = [];
  for (const program of listPrograms(root)) {
    const actual = recordProgram(program);
    const file = expectedPath(program);
    const text = JSON.stringify(actual, null, 2) + '\n';
    let old = '';
    try { old = readFileSync(file, 'utf8'); } catch { /* new program */ }
    if (old !== text) {
      changed.push(path.relative(root, program));
      if (write) writeFileSync(file, text);
    }
  }
  return changed;
}
