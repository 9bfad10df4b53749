// Records, from rustc, which method names a call on each std type the checker closes can reach
// under the 2021 prelude: server/src/engine/typeck/std/methodNames.ts. The checker reports E0599
// (no method) or E0624 (a private one) on such a type only from this table, never from its own
// partial std declarations.
//
// Candidates: the method names the toolchain's own std documentation lists for the type
// (`method.NAME` and `tymethod.NAME` anchors of its pages under <sysroot>/share/doc/rust/html/std),
// plus the names the engine declares itself. For each key, receivers of several element types (the
// union is kept, so a name one instantiation has counts as present for all) call every candidate, one call per line,
// in programs compiled with `--emit=metadata`; rustc's E0599 at a line says that receiver has no
// such method (`bounded` when rustc says it exists with unsatisfied bounds), E0624 that it is
// private. A name no receiver of a key lacks is `present`.
//
//   node scripts/record-goldens.mjs stdmethods
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pool, recordCachedAsync } from './cache.mjs';
import { rustcDiagnostics } from './rustcProbe.mjs';

const ELEMS = ['1i32', '1u8', 'String::new()', 'vec![1i32]', '[1i32; 2]', '(1i32, 2i32)', 'Some(1i32)', '&1i32'];
const INTS = ['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize'];

/**
 * Key (as the checker names the type: a std ADT's declared path, a primitive, `{integer}` for an
 * integer variable) → the receivers probed and the documentation pages (under std/) whose methods
 * are the candidates. rustdoc lists on a type's page every method a call on it can reach: inherent,
 * through `Deref`, of its trait impls and of the blanket impls.
 */
export const PROBES = {
  'vec::Vec': { receivers: ELEMS.map((e) => `vec![${e}]`), pages: ['vec/struct.Vec.html'] },
  array: { receivers: ELEMS.map((e) => `[${e}, ${e}, ${e}]`), pages: ['primitive.array.html', 'primitive.slice.html'] },
  'option::Option': {
    receivers: ['Some(1i32)', 'Some(&1i32)', 'Some(&mut 1i32)', 'Some(Some(1i32))', 'Some(Ok::<i32, String>(1))', 'Some((1i32, 2i32))', 'Some(String::new())', 'Some(Box::new(1i32))', 'None::<i32>'],
    pages: ['option/enum.Option.html'],
  },
  'result::Result': {
    receivers: ['Ok::<_, String>(1i32)', 'Ok::<_, String>(Some(1i32))', 'Ok::<_, String>(Ok::<i32, String>(1))', 'Ok::<_, String>(&1i32)', 'Ok::<_, String>(&mut 1i32)', 'Ok::<_, String>(String::new())', 'Err::<i32, _>(1i32)'],
    pages: ['result/enum.Result.html'],
  },
  'collections::HashMap': { receivers: ['HashMap::from([(1i32, 1i32)])', 'HashMap::from([("s", String::new())])'], pages: ['collections/struct.HashMap.html'] },
  'collections::HashSet': { receivers: ['HashSet::from([1i32])', 'HashSet::from([String::new()])'], pages: ['collections/struct.HashSet.html'] },
  'string::String': { receivers: ['String::new()'], pages: ['string/struct.String.html'] },
  str: { receivers: ['"s"', 'String::new().as_mut_str()'], pages: ['primitive.str.html'] },
  '{integer}': { receivers: ['1'], pages: INTS.map((t) => `primitive.${t}.html`) },
  ...Object.fromEntries(['i32', 'i64', 'u8', 'u32', 'u64', 'usize'].map((t) => [t, { receivers: [`1${t}`], pages: [`primitive.${t}.html`] }])),
  '{float}': { receivers: ['1.0'], pages: ['primitive.f32.html', 'primitive.f64.html'] },
  f64: { receivers: ['1.0f64'], pages: ['primitive.f64.html'] },
  f32: { receivers: ['1.0f32'], pages: ['primitive.f32.html'] },
  bool: { receivers: ['true'], pages: ['primitive.bool.html'] },
  char: { receivers: ["'c'"], pages: ['primitive.char.html'] },
  'slice::Iter': { receivers: ['[1i32].iter()', '[String::new()].iter()'], pages: ['slice/struct.Iter.html'] },
  'option::Iter': { receivers: ['Some(1i32).iter()'], pages: ['option/struct.Iter.html'] },
  'iter::Filter': { receivers: ['[1i32].iter().filter(|_| true)'], pages: ['iter/struct.Filter.html'] },
  'iter::Map': { receivers: ['[1i32].iter().map(|x| x)'], pages: ['iter/struct.Map.html'] },
  'ops::Range': { receivers: ['0i32..1', '0usize..1', "'a'..'z'", '0.0..1.0'], pages: ['ops/struct.Range.html'] },
  'str::Chars': { receivers: ['"s".chars()'], pages: ['str/struct.Chars.html'] },
  /** A type parameter without bounds (`fn f<T>(t: T)`): every documented method name is a candidate. */
  param: { receivers: ['t'], pages: undefined },
};

/** Every key is also probed through `&` and `&mut` of its first receiver (methods of traits implemented for references). */
function receivers(key) {
  const list = PROBES[key].receivers;
  return [...list, `&${list[0]}`, `&mut ${list[0]}`];
}

// Reserved in edition 2021 (`union` and `gen` are not: `set.union(…)` is a method call).
const KEYWORDS = new Set('as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while async await dyn abstract become box do final macro override priv typeof unsized virtual yield try'.split(' '));
const ANCHOR = /id="(?:ty)?method\.([a-z_][a-z0-9_]*)/g;

function docFiles(dir, out) {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) docFiles(p, out);
    else if (entry.endsWith('.html')) out.push(p);
  }
  return out;
}

function docRoot() {
  const html = path.join(execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim(), 'share/doc/rust/html');
  if (!existsSync(path.join(html, 'std'))) throw new Error(`std's documentation is not installed at ${html} (rustup component add rust-docs)`);
  return html;
}

function anchors(file, names) {
  for (const m of readFileSync(file, 'utf8').matchAll(ANCHOR)) names.add(m[1]);
  return names;
}

/**
 * A key's candidate names: the methods its documentation pages list, those of references
 * (`primitive.reference.html`), and every name the engine's std declarations use (so that a
 * private method of that name is told from a missing one). For `param`, every method name
 * documented anywhere in std, core and alloc.
 */
export function candidates(root, key) {
  const html = docRoot();
  const names = new Set();
  const pages = PROBES[key].pages;
  if (pages) for (const page of [...pages, 'primitive.reference.html']) anchors(path.join(html, 'std', page), names);
  else for (const crate of ['std', 'core', 'alloc']) for (const file of docFiles(path.join(html, crate), [])) anchors(file, names);
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
async function compile(text) {
  const byLine = {};
  for (const d of await rustcDiagnostics(text, 'bin')) {
    const code = d.code?.code;
    const primary = d.spans?.find((s) => s.is_primary);
    if (!primary || (code !== 'E0599' && code !== 'E0624')) continue;
    byLine[primary.line_start] = code === 'E0624' ? 'private' : / exists for .*but its trait bounds were not satisfied/.test(d.message) ? 'bounded' : 'absent';
  }
  return byLine;
}

/** How rustc names the type of a key's receivers in E0599 (`struct \`HashMap<K, V, S, A>\``): a call of a name no type has. */
function shownOf(key) {
  const text = programFor(PROBES[key].receivers[0], ['no_method_of_this_name'], key === 'param');
  return recordCachedAsync(import.meta.url, [text, 'shown'], async () => {
    for (const d of await rustcDiagnostics(text, 'bin')) {
      const m = / found for (.+?) `(.+)` in the current scope/.exec(d.message);
      if (m) return { kind: m[1], shown: m[2] };
    }
    throw new Error(`rustc named no type for ${key}`);
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
  return { ...(await shownOf(key)), present, bounded, private: priv };
}

export function render(table) {
  const out = [
    '// Generated by scripts/goldens/stdMethods.mjs (npm run record-goldens stdmethods) from rustc: for each',
    "// std type the checker closes, the method names a call can reach under the 2021 prelude (any",
    '// instantiation), those rustc finds with unsatisfied bounds, and the private ones. Do not edit.',
    "import { nameTable } from '../../nameTable';",
    'export interface StdMethodNames {',
    "  /** How rustc's E0599 names the type's kind and the type (a std ADT by its declaration). */",
    '  readonly kind: string;',
    '  readonly shown: string;',
    '  /** Names a call on some instantiation of the type (or through `&`, `&mut`) finds. */',
    '  readonly present: string;',
    "  /** Names rustc says exist for the type with bounds no instantiation satisfies. */",
    '  readonly bounded: string;',
    '  /** Names of methods private to std. */',
    '  readonly private: string;',
    '}',
    '',
    'export const STD_METHOD_NAMES: Readonly<Record<string, StdMethodNames>> = nameTable({',
  ];
  for (const [key, v] of Object.entries(table)) {
    out.push(`  '${key}': {`, `    kind: '${v.kind}',`, `    shown: '${v.shown.replaceAll("'", "\\'")}',`);
    for (const field of ['present', 'bounded', 'private']) out.push(`    ${field}: '${v[field].join(' ')}',`);
    out.push('  },');
  }
  out.push('});', '');
  return out.join('\n');
}

export async function recordAll(root, { write }) {
  const table = {};
  for (const key of Object.keys(PROBES)) table[key] = await recordKey(key, candidates(root, key));
  const target = path.join(root, 'server/src/engine/typeck/std/methodNames.ts');
  const text = render(table);
  const old = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (old === text) return [];
  if (write) writeFileSync(target, text);
  return [path.relative(root, target)];
}
