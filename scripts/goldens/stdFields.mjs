// Records, from rustc, which field names an access on each std struct the checker closes reaches:
// server/src/engine/typeck/std/fieldNames.ts. The checker reports E0609 (no field) or E0616 (a
// private one) on such a type only from this table, never from its own partial std declarations.
//
// Candidates: every field name of every struct in the source of std, core and alloc as the
// toolchain's documentation ships it (<sysroot>/share/doc/rust/html/src/**.rs.html), read with the
// tree-sitter Rust parser; a name no struct declares has nowhere to come from. For each type (the
// receivers are the method recorder's, so an access through `Deref`, `Vec` to `[T]`, is probed as
// a program writes it), every candidate is accessed, one per line, in a program compiled with
// `--emit=metadata`: rustc's E0609 at a line says that receiver has no such field, E0616 that it is
// private, E0615 that it names a method (the checker tells those from the method table); a line
// without any is a field the program can read.
//
//   node scripts/record-goldens.mjs stdfields
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pool, recordCachedAsync } from './cache.mjs';
import { rustcDiagnostics } from './rustcProbe.mjs';
import { rustParser } from './rustParser.mjs';
import { PROBES } from './stdMethods.mjs';

/** The std ADTs of the method recorder whose field namespace is closed here (keys as the checker names them). */
export const KEYS = Object.keys(PROBES).filter((k) => k.includes('::'));

const KEYWORDS = new Set('as break const continue crate else enum extern false fn for if impl in let loop match mod move mut pub ref return self Self static struct super trait true type unsafe use where while async await dyn abstract become box do final macro override priv typeof unsized virtual yield try gen'.split(' '));

function sourceFiles(dir, out) {
  for (const entry of readdirSync(dir)) {
    const p = path.join(dir, entry);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (entry.endsWith('.rs.html')) out.push(p);
  }
  return out;
}

const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/** The Rust text of a rustdoc source page: each line after its line-number anchor, tags dropped. */
function rustOf(html) {
  const body = html.slice(html.indexOf('<code>') + 6, html.lastIndexOf('</code>'));
  return body
    .replace(/<a href=#\d+ id=\d+ data-nosnippet>\d+<\/a>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&(lt|gt|amp|quot|#39|#x27|nbsp);/g, (_, e) => ENTITIES[e]);
}

/** Every field name a struct declares anywhere in the documented source. */
async function candidates() {
  const html = path.join(execFileSync('rustc', ['--print', 'sysroot'], { encoding: 'utf8' }).trim(), 'share/doc/rust/html/src');
  if (!existsSync(html)) throw new Error(`the std source pages are not installed at ${html} (rustup component add rust-docs)`);
  const parser = await rustParser();
  const names = new Set();
  for (const crate of ['std', 'core', 'alloc']) {
    for (const file of sourceFiles(path.join(html, crate), [])) {
      const tree = parser.parse(rustOf(readFileSync(file, 'utf8')));
      for (const node of tree.rootNode.descendantsOfType('field_declaration')) {
        const name = node.childForFieldName('name');
        if (name?.type === 'field_identifier') names.add(name.text);
      }
      tree.delete();
    }
  }
  return [...names].filter((n) => !KEYWORDS.has(n) && /^[a-z_][a-z0-9_]*$/.test(n)).sort();
}

function programFor(receiver, names) {
  const lines = ['#![allow(warnings)]', 'use std::collections::{HashMap, HashSet};', 'fn probe() {'];
  for (const n of names) lines.push(`    { let x = ${receiver}; let _ = &x.${n}; }`);
  lines.push('}', 'fn main() {}', '');
  return lines.join('\n');
}

const SAID = { E0609: 'absent', E0616: 'private', E0615: 'method' };

/** What rustc says of each access: `absent` (E0609), `private` (E0616), `method` (E0615: a method's name), or nothing. */
async function compile(text) {
  const byLine = {};
  for (const d of await rustcDiagnostics(text, 'bin')) {
    const said = SAID[d.code?.code];
    const primary = d.spans?.find((s) => s.is_primary);
    if (primary && said) byLine[primary.line_start] = said;
  }
  return byLine;
}

async function recordKey(key, names) {
  const texts = PROBES[key].receivers.map((r) => programFor(r, names));
  const results = await pool(texts, (text) => recordCachedAsync(import.meta.url, [text], () => compile(text)));
  // Line of the first access: after the attribute, the `use` and the fn's line.
  const first = 4;
  const fields = [];
  const priv = [];
  names.forEach((n, i) => {
    const said = results.map((r) => r[first + i]);
    if (said.some((s) => s === undefined)) fields.push(n);
    else if (said.some((s) => s === 'private')) priv.push(n);
  });
  return { fields, private: priv };
}

export function render(table) {
  const out = [
    '// Generated by scripts/goldens/stdFields.mjs (npm run record-goldens stdfields) from rustc: for each',
    '// std struct the checker closes, the field names an access can read (through `Deref` as well) and',
    '// the private ones; any other name that is not a method (E0615) is E0609 in rustc. Do not edit.',
    "import { nameTable } from '../../nameTable';",
    'export interface StdFieldNames {',
    '  /** Fields an access on some instantiation of the type reads. */',
    '  readonly fields: string;',
    '  /** Fields private to std (E0616). */',
    '  readonly private: string;',
    '}',
    '',
    'export const STD_FIELD_NAMES: Readonly<Record<string, StdFieldNames>> = nameTable({',
  ];
  for (const [key, v] of Object.entries(table)) out.push(`  '${key}': { fields: '${v.fields.join(' ')}', private: '${v.private.join(' ')}' },`);
  out.push('});', '');
  return out.join('\n');
}

export async function recordAll(root, { write }) {
  const names = await candidates();
  const table = {};
  for (const key of KEYS) table[key] = await recordKey(key, names);
  const target = path.join(root, 'server/src/engine/typeck/std/fieldNames.ts');
  const text = render(table);
  const old = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (old === text) return [];
  if (write) writeFileSync(target, text);
  return [path.relative(root, target)];
}
