// Records what rustc says about every type of the layout corpus (test/golden/layout/corpus.rs):
// reads the corpus's top-level structs, enums, unions and type aliases with tree-sitter, appends
// a main() that prints size_of, align_of and, for struct, union and tuple fields, offset_of! and
// the field's size as JSON lines, compiles it with rustc and keeps the answers in
// corpus.expected.json — the same shape `rustmem layout --json corpus.rs` prints.
// Generic declarations never instantiated have no layout: they are recorded as null.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';

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
    const generic = params ? params.namedChildren.some((p) => p.type !== 'lifetime_parameter' && p.type !== 'lifetime') : false;
    let fields = [];
    const body = node.childForFieldName('body');
    if (body?.type === 'field_declaration_list') fields = body.namedChildren.filter((f) => f.type === 'field_declaration').map((f) => f.childForFieldName('name').text);
    else if (body?.type === 'ordered_field_declaration_list') fields = body.childrenForFieldName('type').map((_, i) => `${i}`);
    else if (kind === 'alias' && node.childForFieldName('type')?.type === 'tuple_type') fields = node.childForFieldName('type').namedChildren.map((_, i) => `${i}`);
    if (kind === 'enum') fields = [];
    items.push({ name, kind, generic, fields });
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
        println!("{{\\"name\\":\\"${it.name}\\",\\"size\\":{},\\"align\\":{},\\"fields\\":[{}]}}", std::mem::size_of::<${it.name}>(), std::mem::align_of::<${it.name}>(), fields.join(","));
    }`);
  }
  return `#![feature(never_type)]\n#![allow(warnings)]\n${source}\nfn __pointee_size<F>(_: *const F) -> usize { std::mem::size_of::<F>() }\nfn main() {\n${lines.join('\n')}\n}\n`;
}

/** Compiles the corpus with rustc and returns the expected layouts, in declaration order. */
export function recordCorpus(corpusFile) {
  const source = readFileSync(corpusFile, 'utf8');
  const items = corpusItems(source);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rustmem-layout-'));
  try {
    const src = path.join(tmp, 'corpus_main.rs');
    const exe = path.join(tmp, 'corpus_main');
    writeFileSync(src, program(source, items));
    // The never_type feature lets the corpus name `!` directly; it does not change any layout.
    execFileSync('rustc', ['--edition', '2021', '-C', 'debuginfo=0', '-o', exe, src], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, RUSTC_BOOTSTRAP: '1' },
    });
    const measured = new Map(execFileSync(exe, { encoding: 'utf8' }).trim().split('\n').map((l) => {
      const o = JSON.parse(l);
      return [o.name, o];
    }));
    return items.map((it) => {
      const m = measured.get(it.name);
      if (!m) return { name: it.name, kind: it.kind, size: null, align: null, fields: [] };
      return { name: it.name, kind: it.kind, size: m.size, align: m.align, fields: m.fields };
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function expectedFile(corpusFile) {
  return corpusFile.replace(/\.rs$/, '.expected.json');
}

/** Re-records every `*.rs` corpus in `dir`; returns the names of goldens that changed. */
export function recordAll(dir, { write }) {
  const changed = [];
  for (const file of ['corpus.rs'].map((f) => path.join(dir, f))) {
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
