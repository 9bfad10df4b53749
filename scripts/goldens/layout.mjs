// Records what rustc says about every type of the layout corpora (test/golden/layout/*.rs):
// reads the corpus's top-level structs, enums, unions and type aliases with tree-sitter, appends
// a main() that prints size_of, align_of and, for struct, union and tuple fields and for the fields
// of enum variants, offset_of! and the field's size as JSON lines, compiles it with rustc and keeps the answers in
// <corpus>.expected.json — the same shape `rustmem layout --json corpus.rs` prints.
// Generic declarations never instantiated have no layout: they are recorded as null (unless every
// parameter has a default).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { recordCached } from './cache.mjs';

const require = createRequire(import.meta.url);
await Parser.init({ locateFile: (name) => require.resolve(`web-tree-sitter/${name}`) });
const rust = await Language.load(readFileSync(path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm')));
const parser = new Parser();
parser.setLanguage(rust);

const KINDS = { struct_item: 'struct', enum_item: 'enum', union_item: 'union', type_item: 'alias' };

/** The top-level items of the corpus: name, kind, whether generic, and the fields to measure. */
export function corpusItems(source) {
  const tree = parser.parse(source);
  const items = [];
  for (const node of tree.rootNode.namedChildren) {
    const kind = KINDS[node.type];
    if (!kind) continue;
    const name = node.childForFieldName('name').text;
    const params = node.childForFieldName('type_parameters');
    // Generic unless every type and const parameter has a default (then the bare name is a type).
    const generic = params ? params.namedChildren.some((p) => p.type !== 'lifetime_parameter' && p.type !== 'lifetime' && !p.childForFieldName('default_type') && !p.childForFieldName('value')) : false;
    let fields = [];
    const body = node.childForFieldName('body');
    if (body?.type === 'field_declaration_list') fields = body.namedChildren.filter((f) => f.type === 'field_declaration').map((f) => f.childForFieldName('name').text);
    else if (body?.type === 'ordered_field_declaration_list') fields = body.childrenForFieldName('type').map((_, i) => `${i}`);
    else if (kind === 'alias' && node.childForFieldName('type')?.type === 'tuple_type') fields = node.childForFieldName('type').namedChildren.map((_, i) => `${i}`);
    let variants;
    if (kind === 'enum') {
      fields = [];
      variants = body.namedChildren.filter((v) => v.type === 'enum_variant').map((v) => {
        const vb = v.childForFieldName('body');
        let vf = [];
        if (vb?.type === 'field_declaration_list') vf = vb.namedChildren.filter((f) => f.type === 'field_declaration').map((f) => ({ name: f.childForFieldName('name').text, type: f.childForFieldName('type').text }));
        else if (vb?.type === 'ordered_field_declaration_list') vf = vb.childrenForFieldName('type').map((t, i) => ({ name: `${i}`, type: t.text }));
        return { name: v.childForFieldName('name').text, fields: vf };
      });
    }
    items.push({ name, kind, generic, fields, variants });
  }
  tree.delete();
  return items;
}

function program(source, items) {
  const lines = [];
  for (const it of items) {
    if (it.generic) continue;
    const fields = it.fields.map((f) =>
      `format!("{{\\"name\\":\\"${f}\\",\\"offset\\":{},\\"size\\":{}}}", std::mem::offset_of!(${it.name}, ${f}), __pointee_size(unsafe { std::ptr::addr_of!((*__p).${f}) }))`);
    lines.push(`    {
        let __m = std::mem::MaybeUninit::<${it.name}>::uninit();
        let __p = __m.as_ptr();
        let _ = __p;
        let fields: Vec<String> = vec![${fields.join(', ')}];
        let variants: Vec<String> = vec![${(it.variants ?? []).map((v) => `format!("{{\\"name\\":\\"${v.name}\\",\\"fields\\":[{}]}}", { let f: Vec<String> = vec![${v.fields.map((f) => `format!("{{\\"name\\":\\"${f.name}\\",\\"offset\\":{},\\"size\\":{}}}", std::mem::offset_of!(${it.name}, ${v.name}.${f.name}), std::mem::size_of::<${f.type}>())`).join(', ')}]; f.join(",") })`).join(', ')}];
        println!("{{\\"name\\":\\"${it.name}\\",\\"size\\":{},\\"align\\":{},\\"fields\\":[{}],\\"variants\\":[{}]}}", std::mem::size_of::<${it.name}>(), std::mem::align_of::<${it.name}>(), fields.join(","), variants.join(","));
    }`);
  }
  return `#![feature(never_type, offset_of_enum)]\n#![allow(warnings)]\n${source}\nfn __pointee_size<F>(_: *const F) -> usize { std::mem::size_of::<F>() }\nfn main() {\n${lines.join('\n')}\n}\n`;
}

/** Compiles the corpus with rustc and returns the expected layouts, in declaration order. */
export function recordCorpus(corpusFile) {
  return recordCached(import.meta.url, [readFileSync(corpusFile, 'utf8')], () => recordCorpusFresh(corpusFile));
}

function recordCorpusFresh(corpusFile) {
  const source = readFileSync(corpusFile, 'utf8');
  const items = corpusItems(source);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-layout-'));
  try {
    const src = path.join(tmp, 'corpus_main.rs');
    const exe = path.join(tmp, 'corpus_main');
    writeFileSync(src, program(source, items));
    // never_type lets the corpus name `!` directly and offset_of_enum measures variant fields;
    // neither changes any layout.
    const compiled = spawnSync('rustc', ['--edition', '2021', '-C', 'debuginfo=0', '-o', exe, src], {
      encoding: 'utf8',
      env: { ...process.env, RUSTC_BOOTSTRAP: '1' },
    });
    if (compiled.status !== 0) throw new Error(`rustc could not compile the layout corpus:\n${compiled.stderr}`);
    const measured = new Map(execFileSync(exe, { encoding: 'utf8' }).trim().split('\n').map((l) => {
      const o = JSON.parse(l);
      return [o.name, o];
    }));
    return items.map((it) => {
      const m = measured.get(it.name);
      const out = m ? { name: it.name, kind: it.kind, size: m.size, align: m.align, fields: m.fields } : { name: it.name, kind: it.kind, size: null, align: null, fields: [] };
      if (it.kind === 'enum') out.variants = m ? m.variants : [];
      return out;
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function expectedFile(corpusFile) {
  return corpusFile.replace(/\.rs$/, '.expected.json');
}

/** The corpora: every `*.rs` file of the folder, sorted. */
export function corpusFiles(dir) {
  return readdirSync(dir).filter((f) => f.endsWith('.rs')).sort().map((f) => path.join(dir, f));
}

/** Re-records every `*.rs` corpus in `dir`; returns the names of goldens that changed. */
export function recordAll(dir, { write }) {
  const changed = [];
  for (const file of corpusFiles(dir)) {
    const text = JSON.stringify(recordCorpus(file), null, 1) + '\n';
    const out = expectedFile(file);
    const old = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (old !== text) {
      changed.push(path.basename(file));
      if (write) writeFileSync(out, text);
    }
  }
  return changed;
}
