// Records, from rustc, which method names a call on each std type the checker closes can reach
// under the 2021 prelude: server/src/engine/typeck/std/methodNames.ts. The checker reports E0599
// (no method) or E0624 (a private one) on such a type only from this table, never from its own
// partial std declarations.
//
// Candidates: every method name the toolchain's own std documentation declares (`method.NAME` and
// `tymethod.NAME` anchors of <sysroot>/share/doc/rust/html/{std,core,alloc}), plus the names the
// engine declares itself. For each key, receivers of several element types (the union is kept, so
// a name one instantiation has counts as present for all) call every candidate, one call per line,
// in programs compiled with `--emit=metadata`; rustc's E0599 at a line says that receiver has no
// such method (`bounded` when rustc says it exists with unsatisfied bounds), E0624 that it is
// private. A name no receiver of a key lacks is `present`.
//
//   node scripts/record-goldens.mjs stdmethods
import { spawn } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pool, recordCachedAsync } from './cache.mjs';

const ELEMS = ['1i32', '1u8', '1.0f64', "'c'", 'true', 'String::new()', '"s"', 'vec![1i32]', '[1i32; 2]', '(1i32, 2i32)', 'Some(1i32)', 'Ok::<i32, String>(1)', 'Box::new(1i32)', '()', '&1i32', '&mut 1i32'];
const FEW = ['1i32', 'String::new()', '(1i32, 2i32)'];
const INTS = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];

/** Key (as the checker names the type: a std ADT's declared path, or a primitive) → receiver expressions. */
export const PROBES = {
  'vec::Vec': ELEMS.map((e) => `vec![${e}]`),
  array: ELEMS.map((e) => `[${e}, ${e}, ${e}]`),
  'option::Option': ELEMS.map((e) => `Some(${e})`).concat(['None::<i32>']),
  'result::Result': ELEMS.map((e) => `Ok::<_, String>(${e})`).concat(FEW.map((e) => `Err::<i32, _>(${e})`)),
  'collections::HashMap': ['HashMap::from([(1i32, 1i32)])', 'HashMap::from([("s", String::new())])', 'HashMap::from([(String::new(), vec![1i32])])'],
  'collections::HashSet': ['HashSet::from([1i32])', 'HashSet::from(["s"])', 'HashSet::from([String::new()])', "HashSet::from(['c'])", 'HashSet::from([(1i32, 2i32)])'],
  'string::String': ['String::new()'],
  str: ['"s"', 'String::new().as_mut_str()'],
  integer: ['1', ...INTS.map((t) => `1${t}`)],
  float: ['1.0', '1.0f32', '1.0f64'],
  bool: ['true'],
  char: ["'c'"],
  'slice::Iter': FEW.map((e) => `[${e}].iter()`),
  'option::Iter': FEW.map((e) => `Some(${e}).iter()`),
  'iter::Filter': FEW.map((e) => `[${e}].iter().filter(|_| true)`),
  'iter::Map': FEW.map((e) => `[${e}].iter().map(|x| x)`),
  'ops::Range': ['0..1', '0usize..1', "'a'..'z'", '0.0..1.0'],
  'str::Chars': ['"s".chars()'],
  /** A type parameter without bounds (`fn f<T>(t: T)`). */
  param: ['t'],
};

/** Every key is also probed through `&` and `&mut` of its first receiver (methods of traits implemented for references). */
function receivers(key) {
  const list = PROBES[key];
  return [...list, `&${list[0]}`, `&mut ${list[0]}`];
}

const KEYWORDS = new Set('as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while async await dyn abstract become box do final macro override priv typeof unsized virtual yield try gen union'.split(' '));

function docFiles(dir, out) {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) docFiles(p, out);
    else if (entry.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Method names from the toolchain's std documentation, and those the engine declares. */
export function candidates(root) {
  const html = path.join(execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim(), 'share/doc/rust/html');
  if (!existsSync(path.join(html, 'std'))) throw new Error(`std's documentation is not installed at ${html} (rustup component add rust-docs)`);
  const names = new Set();
  for (const crate of ['std', 'core', 'alloc']) {
    for (const file of docFiles(path.join(html, crate), [])) {
      for (const m of readFileSync(file, 'utf8').matchAll(/id="(?:ty)?method\.([a-z_][a-z0-9_]*)"/g)) names.add(m[1]);
    }
  }
  for (const file of readdirSync(path.join(root, 'server/src/engine/typeck/std'))) {
    if (file === 'methodNames.ts' || file === 'prebuilt.ts') continue;
    for (const m of readFileSync(path.join(root, 'server/src/engine/typeck/std', file), 'utf8').matchAll(/\bfn ([a-z_][a-z0-9_]*)/g)) names.add(m[1]);
  }
  return [...names].filter((n) => !KEYWORDS.has(n) && n !== '_').sort();
}

function programFor(receiver, names, generic) {
  const lines = ['#![allow(warnings)]', 'use std::collections::{HashMap, HashSet};', `fn probe${generic ? '<T>(t: T)' : '()'} {`];
  for (const n of names) lines.push(`    { let x = ${receiver}; let _ = x.${n}(); }`);
  lines.push('}', 'fn main() {}', '');
  return lines.join('\n');
}

/** What rustc says of each call: `absent`, `bounded` (exists, bounds unsatisfied), `private`, or nothing. */
function compile(text) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-stdmethods-'));
  const file = path.join(tmp, 'probe.rs');
  writeFileSync(file, text);
  return new Promise((resolve, reject) => {
    const child = spawn('rustc', ['--edition', '2021', '--error-format=json', '--emit=metadata', '--crate-type', 'bin', '--out-dir', tmp, file], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', () => {
      rmSync(tmp, { recursive: true, force: true });
      const byLine = {};
      for (const line of stderr.split('\n')) {
        if (!line.startsWith('{')) continue;
        const d = JSON.parse(line);
        const code = d.code?.code;
        const primary = d.spans?.find((s) => s.is_primary);
        if (!primary || (code !== 'E0599' && code !== 'E0624')) continue;
        byLine[primary.line_start] = code === 'E0624' ? 'private' : / exists for .*but its trait bounds were not satisfied/.test(d.message) ? 'bounded' : 'absent';
      }
      resolve(byLine);
    });
  });
}

async function recordKey(key, names) {
  const texts = receivers(key).map((r) => programFor(r, names, key === 'param'));
  const results = await pool(texts, (text) => recordCachedAsync(import.meta.url, [text], () => compile(text)));
  // Line of the first call: after the attribute, the `use` and the fn's line.
  const first = 4;
  const present = [];
  const bounded = [];
  const priv = [];
  names.forEach((n, i) => {
    const said = results.map((r) => r[first + i]);
    if (said.some((s) => s === undefined)) present.push(n);
    else if (said.every((s) => s === 'private')) priv.push(n);
    else if (said.some((s) => s === 'private')) present.push(n);
    else if (said.some((s) => s === 'bounded')) bounded.push(n);
  });
  return { present, bounded, private: priv };
}

export function render(table) {
  const out = [
    '// Generated by scripts/goldens/stdMethods.mjs (npm run record-goldens stdmethods) from rustc: for each',
    "// std type the checker closes, the method names a call can reach under the 2021 prelude (any",
    '// instantiation), those rustc finds with unsatisfied bounds, and the private ones. Do not edit.',
    'export interface StdMethodNames {',
    '  /** Names a call on some instantiation of the type (or through `&`, `&mut`) finds. */',
    '  readonly present: string;',
    "  /** Names rustc says exist for the type with bounds no instantiation satisfies. */",
    '  readonly bounded: string;',
    '  /** Names of methods private to std. */',
    '  readonly private: string;',
    '}',
    '',
    'export const STD_METHOD_NAMES: Readonly<Record<string, StdMethodNames>> = {',
  ];
  for (const [key, v] of Object.entries(table)) {
    out.push(`  '${key}': {`);
    for (const field of ['present', 'bounded', 'private']) out.push(`    ${field}: '${v[field].join(' ')}',`);
    out.push('  },');
  }
  out.push('};', '');
  return out.join('\n');
}

export async function recordAll(root, { write }) {
  const names = candidates(root);
  const table = {};
  for (const key of Object.keys(PROBES)) table[key] = await recordKey(key, names);
  const target = path.join(root, 'server/src/engine/typeck/std/methodNames.ts');
  const text = render(table);
  const old = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (old === text) return [];
  if (write) writeFileSync(target, text);
  return [path.relative(root, target)];
}
