// Records what rustc says about the error corpus: every program under test/golden/rejected/ (which
// rustc must reject) and test/golden/accepted/ (which it must accept) is compiled with
// `rustc --edition 2021 --error-format=json --emit=metadata`, and each error is kept in
// NAME.expected.json beside the program: its code (null for an error without one, such as
// "lifetime may not live long enough"), message, primary line and column, the primary span's label
// and the secondary labels — all 1-based, in the order rustc reports them.
//
// rustc runs two at a time. Its answers are cached by the sha256 of the rustc version, the file
// name and the source, in the OS temp dir (rustmem-errors-cache), never committed:
// re-recording an unchanged corpus with the same rustc costs no compilation.
import { spawn, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPrograms, expectedPath } from './programs.mjs';

const PARALLEL = 2;
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

let versionCache;
function rustcVersion() {
  versionCache ??= execFileSync('rustc', ['-vV'], { encoding: 'utf8' });
  return versionCache;
}

/**
 * The cache lives in the OS temp dir, shared by every checkout on the machine (the key holds the
 * rustc version and the whole source, so sharing is safe); node_modules/.cache if that fails.
 */
function cacheDir() {
  for (const dir of [path.join(os.tmpdir(), 'rustmem-errors-cache'), path.join(ROOT, 'node_modules', '.cache', 'rustmem-errors')]) {
    try {
      mkdirSync(dir, { recursive: true });
      return dir;
    } catch {
      // try the next place
    }
  }
  return null;
}

/** A span in the program itself: a span inside a std macro is taken at the macro's call in the program. */
function inProgram(span, file) {
  let s = span;
  while (s && s.file_name !== file && s.expansion) s = s.expansion.span;
  return s && s.file_name === file ? s : null;
}

/** rustc's errors for a program, from its JSON diagnostics (one per line on stderr). */
export function parseErrors(stderr, file) {
  const errors = [];
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const d = JSON.parse(line);
    // "aborting due to …" is an error without spans; it is not a finding.
    if (d.level !== 'error' || d.spans.length === 0) continue;
    const primary = inProgram(d.spans.find((s) => s.is_primary) ?? d.spans[0], file);
    if (!primary) continue;
    const labels = [];
    for (const span of d.spans) {
      if (span.is_primary) continue;
      const s = inProgram(span, file);
      if (s && span.label) labels.push({ line: s.line_start, column: s.column_start, label: span.label });
    }
    errors.push({
      code: d.code?.code ?? null,
      message: d.message,
      line: primary.line_start,
      column: primary.column_start,
      label: d.spans.find((s) => s.is_primary)?.label ?? '',
      labels,
    });
  }
  return errors;
}

function compile(program) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-errors-'));
  const file = path.basename(program);
  return new Promise((resolve, reject) => {
    const child = spawn(
      'rustc',
      ['--edition', '2021', '--error-format=json', '--emit=metadata', '-A', 'warnings', '--crate-type', 'bin', '--out-dir', tmp, file],
      { cwd: path.dirname(program), stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', () => {
      rmSync(tmp, { recursive: true, force: true });
      try {
        resolve({ errors: parseErrors(stderr, file) });
      } catch (error) {
        reject(new Error(`${program}: cannot read rustc's output: ${error.message}`));
      }
    });
  });
}

/** rustc's errors for one program, from the cache when the same rustc has seen the same source. */
export async function recordErrors(program, cache = cacheDir()) {
  const source = readFileSync(program, 'utf8');
  const key = createHash('sha256').update(rustcVersion()).update('\0').update(path.basename(program)).update('\0').update(source).digest('hex');
  const cached = cache && path.join(cache, `${key}.json`);
  if (cached && existsSync(cached)) return JSON.parse(readFileSync(cached, 'utf8'));
  const result = await compile(program);
  if (cached) writeFileSync(cached, JSON.stringify(result));
  return result;
}

/** Runs `task` over `items`, `PARALLEL` at a time, keeping the order of the results. */
async function pool(items, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return results;
}

/**
 * Records every program of the corpus folder `root`. A program under a `rejected` folder that rustc
 * accepts, or under an `accepted` folder that it rejects, is a mistake in the corpus: it is listed
 * in `misplaced` and its golden is not written.
 */
export async function recordCorpus(root, { write }) {
  const programs = listPrograms(root);
  const cache = cacheDir();
  const results = await pool(programs, (p) => recordErrors(p, cache));
  const changed = [];
  const misplaced = [];
  programs.forEach((program, i) => {
    const rel = path.relative(root, program);
    const { errors } = results[i];
    const rejected = program.split(path.sep).includes('rejected');
    if (rejected === (errors.length === 0)) {
      misplaced.push(`${rel} (${rejected ? 'rustc accepts it' : `rustc rejects it: ${errors[0].code ?? ''} ${errors[0].message} at line ${errors[0].line}`})`);
      return;
    }
    const text = JSON.stringify({ errors }, null, 2) + '\n';
    const file = expectedPath(program);
    let old = '';
    try { old = readFileSync(file, 'utf8'); } catch { /* new program */ }
    if (old !== text) {
      changed.push(rel);
      if (write) writeFileSync(file, text);
    }
  });
  return { changed, misplaced };
}

/** For scripts/record-goldens.mjs: both corpus folders; a misplaced program counts as a difference. */
export async function recordAll(goldenRoot, { write }) {
  const changed = [];
  for (const folder of ['rejected', 'accepted']) {
    const root = path.join(goldenRoot, folder);
    if (!existsSync(root)) continue;
    const r = await recordCorpus(root, { write });
    changed.push(...r.changed.map((p) => `${folder}/${p}`));
    for (const m of r.misplaced) console.error(`errors: misplaced ${folder}/${m}`);
    changed.push(...r.misplaced.map((m) => `${folder}/${m.split(' ')[0]}`));
  }
  return changed;
}
