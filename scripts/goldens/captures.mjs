// Records what rustc decides each closure of test/golden/captures/ captures, and how: a recording
// copy of each program (in a temp dir) gets `#![feature(rustc_attrs, stmt_expr_attributes)]` at
// the start of its first line and `#[rustc_capture_analysis] ` before every closure expression,
// on the same lines (so every line keeps its number), and is compiled with RUSTC_BOOTSTRAP=1:
// rustc then reports its "Min Capture" list per closure (`p[(0, 0)] -> ByValue`, `r[Deref] ->
// Mutable`), in its own order. The program itself is compiled and run as written: its stdout
// (each closure's `size_of_val`, printed by the program) and its exit status are kept too.
// NAME.captures.json: { closures: [{ line, captures }], stdout, status }; closures in source order.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { rustParser } from './rustParser.mjs';
import { pool, recordCachedAsync } from './cache.mjs';
import { updateGolden } from './update.mjs';

const run = promisify(execFile);
const FEATURES = '#![feature(rustc_attrs, stmt_expr_attributes)] ';
const ATTR = '#[rustc_capture_analysis] ';


/** Byte offsets and lines of every closure expression, in source order. */
async function closures(text) {
  const tree = (await rustParser()).parse(text);
  const out = [];
  const walk = (n) => {
    if (n.type === 'closure_expression') out.push({ start: Buffer.byteLength(text.slice(0, n.startIndex)), line: n.startPosition.row + 1 });
    for (const c of n.namedChildren) walk(c);
  };
  walk(tree.rootNode);
  tree.delete();
  return out.sort((a, b) => a.start - b.start);
}

/** rustc's capture analysis of every closure of `program`: [{ line, captures }] in source order. */
export async function rustcCaptures(program) {
  const text = readFileSync(program, 'utf8');
  const found = await closures(text);
  const bytes = Buffer.from(text);
  // The copy: the features first, then the attribute before each closure; where each closure now starts.
  const parts = [Buffer.from(FEATURES)];
  let at = 0;
  let shift = FEATURES.length;
  const starts = new Map();
  for (const [i, c] of found.entries()) {
    parts.push(bytes.subarray(at, c.start), Buffer.from(ATTR));
    shift += ATTR.length;
    starts.set(c.start + shift - ATTR.length, i);
    starts.set(c.start + shift, i);
    at = c.start;
  }
  parts.push(bytes.subarray(at));
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-captures-'));
  try {
    const copy = path.join(tmp, 'prog.rs');
    writeFileSync(copy, Buffer.concat(parts));
    const analysis = await run('rustc', ['--edition', '2021', '--error-format=json', '-A', 'warnings', '--crate-name', 'prog', '-o', path.join(tmp, 'analysis'), copy], { cwd: tmp, env: { ...process.env, RUSTC_BOOTSTRAP: '1' } }).then(
      () => '',
      (e) => e.stderr,
    );
    const result = found.map((c) => ({ line: c.line, captures: [] }));
    for (const line of analysis.split('\n')) {
      if (!line.startsWith('{')) continue;
      const d = JSON.parse(line);
      if (d.message !== 'Min Capture analysis includes:') continue;
      const i = starts.get(d.spans[0]?.byte_start);
      if (i === undefined) throw new Error(`${program}: rustc's capture report at byte ${d.spans[0]?.byte_start} is not at a closure`);
      result[i].captures = d.children.map((c) => c.message.replace(/^Min Capture /, ''));
    }
    return result;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function recordProgram(program) {
  const result = await rustcCaptures(program);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-captures-'));
  try {
    const exe = path.join(tmp, 'prog');
    await run('rustc', ['--edition', '2021', '-A', 'warnings', '-o', exe, program]);
    const out = await run(exe, [], { timeout: 10_000 }).then((r) => ({ stdout: r.stdout, status: 0 }), (e) => ({ stdout: e.stdout ?? '', status: e.code ?? 1 }));
    return { closures: result, ...out };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export async function recordAll(dir, { write }) {
  const programs = readdirSync(dir).filter((f) => f.endsWith('.rs')).sort().map((f) => path.join(dir, f));
  const results = await pool(programs, (p) => recordCachedAsync(import.meta.url, [path.basename(p), readFileSync(p, 'utf8')], () => recordProgram(p)));
  const changed = [];
  programs.forEach((program, i) => {
    if (updateGolden(program.replace(/\.rs$/, '.captures.json'), `${JSON.stringify(results[i], null, 1)}\n`, write)) changed.push(path.basename(program));
  });
  return changed;
}
