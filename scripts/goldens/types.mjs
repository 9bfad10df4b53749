// Records the type rustc gives each `let` binding of the golden programs (test/golden/programs/):
// a recording copy of each program (in a temp dir, never in the repository) gets, right after each
// `let` with an initializer whose pattern binds plain identifiers (`x`, `mut x`, `(a, mut b)`),
// a statement that writes `@type LINE NAME TYPE` (std::any::type_name_of_val(&NAME)) to stderr
// in one write, on the same line (so every other line keeps its number), is compiled and run, and the first
// `@type` line printed for each binding is kept in NAME.types.json: [{ line, name, type }], the
// type with its module paths removed (`alloc::vec::Vec<core::option::Option<i32>>` →
// `Vec<Option<i32>>`, `prog::main::{{closure}}` → `{{closure}}`), see `shortTypeName`.
// A `let` whose inserted line does not compile (rustc's error is on its line) is left out and
// counted; so is one the run never reaches, one that not every one of five runs prints alike,
// and every one of a program that aborts (see recordProgram). Answers are cached by the sha256 of the rustc version
// and the program, like the error goldens.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rustParser } from './rustParser.mjs';
import { listPrograms } from './programs.mjs';
import { pool, recordCachedAsync } from './cache.mjs';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
/** How many times each recording copy runs; see recordProgram. */
const RUNS = 5;


/**
 * The type as the goldens keep it: every `a::b::` path prefix removed, so std's module paths and
 * the crate's own name go and the last segment stays, generic arguments included.
 */
export function shortTypeName(rustcName) {
  return rustcName.replace(/\b(?:[A-Za-z_][A-Za-z0-9_]*::)+/g, '');
}

/** The names a `let` pattern binds when it binds only plain identifiers; otherwise null. */
function plainNames(pattern) {
  if (pattern.type === 'identifier') return [pattern.text];
  if (pattern.type === 'mut_pattern') {
    const inner = pattern.namedChildren.find((c) => c.type === 'identifier');
    return inner && pattern.namedChildren.length === 2 ? [inner.text] : null;
  }
  if (pattern.type === 'tuple_pattern') {
    const names = [];
    for (const child of pattern.namedChildren) {
      const inner = plainNames(child);
      if (!inner) return null;
      names.push(...inner);
    }
    return names;
  }
  return null;
}

/** Each recordable `let` of a program: its 1-based line, the names it binds, where its text ends. */
export async function recordableLets(source) {
  const tree = (await rustParser()).parse(source);
  const lets = [];
  const walk = (node) => {
    if (node.type === 'let_declaration') {
      const pattern = node.childForFieldName('pattern');
      const names = pattern && node.childForFieldName('value') && !node.childForFieldName('alternative') ? plainNames(pattern) : null;
      if (names && names.length > 0) lets.push({ line: node.startPosition.row + 1, endLine: node.endPosition.row + 1, end: node.endIndex, names });
    }
    for (const child of node.namedChildren) walk(child);
  };
  walk(tree.rootNode);
  tree.delete();
  return lets;
}

/** The program with a type-printing statement after each of `lets`. */
function instrument(source, lets) {
  let out = '';
  let at = 0;
  for (const l of [...lets].sort((a, b) => a.end - b.end)) {
    out += source.slice(at, l.end);
    // `end` is an index into a JavaScript string, as tree-sitter gives it for one.
    // One write per line, so that another thread's output (a panic message) cannot split it.
    for (const name of l.names) {
      out += ` { use std::io::Write as _; let _ = std::io::stderr().write_all(format!("\\n@type ${l.line} ${name} {}\\n", std::any::type_name_of_val(&${name})).as_bytes()); }`;
    }
    at = l.end;
  }
  return out + source.slice(at);
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = options.timeout ? setTimeout(() => child.kill('SIGKILL'), options.timeout) : null;
    child.on('error', reject);
    child.on('close', (status, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ status, signal, stderr });
    });
  });
}

/** The lines of rustc's errors in the recording copy. */
function errorLines(stderr) {
  const lines = new Set();
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    const d = JSON.parse(line);
    if (d.level !== 'error') continue;
    for (const s of d.spans) lines.add(s.line_start);
  }
  return lines;
}

/** Compiles and runs a recording copy of `program`: { types, notCompiling, notReached }. */
async function recordProgram(program) {
  const source = readFileSync(program, 'utf8');
  let lets = await recordableLets(source);
  const total = lets.reduce((n, l) => n + l.names.length, 0);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-types-'));
  try {
    const file = path.join(tmp, path.basename(program));
    const exe = path.join(tmp, 'prog');
    let compiled = false;
    // Each round drops the insertions on the lines rustc rejects; a round that drops none gives up.
    for (let round = 0; round < 8 && lets.length > 0; round++) {
      writeFileSync(file, instrument(source, lets));
      const r = await run('rustc', ['--edition', '2021', '-C', 'debuginfo=0', '-A', 'warnings', '--error-format=json', '-o', exe, path.basename(file)], { cwd: tmp });
      if (r.status === 0) {
        compiled = true;
        break;
      }
      const bad = errorLines(r.stderr);
      const kept = lets.filter((l) => ![...bad].some((line) => line >= l.line && line <= l.endLine));
      if (kept.length === lets.length) {
        lets = [];
        break;
      }
      lets = kept;
    }
    const recordable = lets.reduce((n, l) => n + l.names.length, 0);
    const types = [];
    let aborted = false;
    if (compiled) {
      // Only what every run prints is kept. A run that ends by a signal (a stack overflow aborts)
      // stops the other threads at a moment that races them: such a program records nothing.
      let kept = null;
      for (let i = 0; i < RUNS && kept?.size !== 0; i++) {
        const r = await run(exe, [], { cwd: path.dirname(program), timeout: 20_000, env: { ...process.env, RUST_BACKTRACE: '0' } });
        if (r.signal) {
          aborted = true;
          kept = new Map();
          break;
        }
        const seen = new Map();
        for (const line of r.stderr.split('\n')) {
          const m = /^@type (\d+) (\S+) (.*)$/.exec(line);
          if (m && !seen.has(`${m[1]} ${m[2]}`)) seen.set(`${m[1]} ${m[2]}`, m[3]);
        }
        kept = kept === null ? seen : new Map([...kept].filter(([k, v]) => seen.get(k) === v));
      }
      for (const [key, type] of kept) {
        const [line, name] = key.split(' ');
        types.push({ line: Number(line), name, type: shortTypeName(type) });
      }
    }
    types.sort((a, b) => a.line - b.line || a.name.localeCompare(b.name));
    const ran = compiled && !aborted ? recordable : 0;
    return { types, notCompiling: total - (compiled ? recordable : 0), aborting: compiled && aborted ? recordable : 0, notReached: ran - types.length };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function typesPath(program) {
  return program.replace(/\.rs$/, '.types.json');
}

export async function recordAll(root, { write }) {
  const programs = listPrograms(root);
  const results = await pool(programs, (p) =>
    recordCachedAsync(import.meta.url, [path.basename(p), readFileSync(p, 'utf8')], () => recordProgram(p)),
  );
  const changed = [];
  let recorded = 0;
  let notCompiling = 0;
  let notReached = 0;
  let aborting = 0;
  programs.forEach((program, i) => {
    const r = results[i];
    aborting += r.aborting;
    recorded += r.types.length;
    notCompiling += r.notCompiling;
    notReached += r.notReached;
    const text = JSON.stringify(r.types, null, 2) + '\n';
    let old = '';
    try { old = readFileSync(typesPath(program), 'utf8'); } catch { /* new program */ }
    if (old !== text) {
      changed.push(path.relative(root, program));
      if (write) writeFileSync(typesPath(program), text);
    }
  });
  console.log(`types: ${recorded} bindings recorded in ${programs.length} programs; left out: ${notCompiling} whose inserted line does not compile, ${notReached} the run never reaches or does not print alike every time, ${aborting} in programs that abort`);
  return changed;
}
