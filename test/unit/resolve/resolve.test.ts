import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { lower } from '../../../server/src/engine/syntax/lower';
import { resolve, type Resolution, type Res } from '../../../server/src/engine/resolve';
import type { Ast, Path } from '../../../server/src/engine/syntax/ast';

function run(text: string): { ast: Ast; r: Resolution } {
  const tree = parseRust(text);
  const ast = lower(tree, text);
  tree.delete();
  return { ast, r: resolve(ast) };
}

/** Every path in the tree whose text (as written) is `written`, in source order. */
function pathsWritten(ast: Ast, written: string): Path[] {
  const out: Path[] = [];
  const stack: unknown[] = [ast.root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    const o = v as Record<string, unknown>;
    if (o.kind === 'Path' && ast.text.slice((o as unknown as Path).span.start, (o as unknown as Path).span.end) === written) out.push(o as unknown as Path);
    for (const [k, x] of Object.entries(o)) if (k !== 'span') stack.push(x);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** What a `Res` names, in words a test can compare: `fn my::cool::function`, `local@<line>`, `std::…`. */
function describe_(r: Resolution, ast: Ast, res: Res | undefined): string {
  if (!res) return 'unresolved';
  switch (res.kind) {
    case 'Def': {
      const names: string[] = [];
      for (let d: number | undefined = res.def; d !== undefined && d !== 0; d = r.defs[d]!.parent) names.unshift(r.defs[d]!.name || '{impl}');
      return `${r.defs[res.def]!.kind} ${names.join('::')}`;
    }
    case 'Local': {
      const line = ast.text.slice(0, findNode(ast, res.binding)).split('\n').length;
      return `local@${line}`;
    }
    case 'Std':
      return res.path;
    case 'Prim':
      return `prim ${res.name}`;
    case 'SelfTy':
      return `Self of ${r.defs[res.def]!.kind}`;
    default:
      return 'err';
  }
}

function findNode(ast: Ast, id: number): number {
  const stack: unknown[] = [ast.root];
  while (stack.length) {
    const v = stack.pop();
    if (!v || typeof v !== 'object') continue;
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    const o = v as { id?: number; kind?: string; span?: { start: number } };
    if (o.id === id && o.kind && o.span) return o.span.start;
    for (const [k, x] of Object.entries(o)) if (k !== 'span') stack.push(x);
  }
  return -1;
}

function resOf(text: string, written: string): string[] {
  const { ast, r } = run(text);
  return pathsWritten(ast, written).map((p) => {
    const pr = r.paths.get(p.id);
    return describe_(r, ast, pr?.res) + (pr?.unresolved ? ` +${pr.unresolved}` : '');
  });
}

describe('name resolution', () => {
  before(() => initParser());

  it('resolves `self::` inside a module to that module, not to a top-level namesake', () => {
    const text = 'mod my { pub mod cool { pub fn function() {} } pub fn f() { self::cool::function(); } }\nmod cool { pub fn function() {} }\nfn main() { cool::function(); my::f(); }';
    assert.deepEqual(resOf(text, 'self::cool::function'), ['Fn my::cool::function']);
    assert.deepEqual(resOf(text, 'cool::function'), ['Fn cool::function']);
  });

  it('scopes a `use` to its block', () => {
    const text = 'mod a { pub fn f() {} }\nmod b { pub fn f() {} }\nuse a::f;\nfn main() {\n  { use b::f; f(); }\n  f();\n}';
    const { ast, r } = run(text);
    const calls = pathsWritten(ast, 'f').filter((p) => r.paths.has(p.id));
    assert.deepEqual(calls.map((p) => describe_(r, ast, r.paths.get(p.id)?.res)), ['Fn b::f', 'Fn a::f']);
  });

  it('resolves `<F as A>::get` to the trait A named, not another trait with the same method', () => {
    const text = 'trait A { fn get(&self) -> u8; }\ntrait B { fn get(&self) -> u8; }\nstruct F;\nimpl A for F { fn get(&self) -> u8 { 1 } }\nimpl B for F { fn get(&self) -> u8 { 2 } }\nfn main() { let f = F; <F as A>::get(&f); <F as B>::get(&f); }';
    assert.deepEqual(resOf(text, '<F as A>::get'), ['AssocFn A::get']);
    assert.deepEqual(resOf(text, '<F as B>::get'), ['AssocFn B::get']);
  });

  it('resolves locals with shadowing, closures, match arms and let-else to their bindings', () => {
    const text = ['fn main() {', '  let x = 1;', '  let x = x + 1;', '  let c = |y: i32| x + y;', '  let Some(z) = Some(x) else { return; };', '  match z { w => { c(w); } }', '}'].join('\n');
    const { ast, r } = run(text);
    const xs = pathsWritten(ast, 'x').map((p) => describe_(r, ast, r.paths.get(p.id)?.res));
    assert.deepEqual(xs, ['local@2', 'local@3', 'local@3']);
    assert.deepEqual(pathsWritten(ast, 'y').map((p) => describe_(r, ast, r.paths.get(p.id)?.res)), ['local@4']);
    assert.deepEqual(pathsWritten(ast, 'w').map((p) => describe_(r, ast, r.paths.get(p.id)?.res)), ['local@6']);
    assert.deepEqual(r.diagnostics, []);
  });

  it('reports a `use` of a std module whose members rustc recorded only for a name it lacks', () => {
    const text = ['use std::collection::HashMap;', 'use std::vec::HashMap as H;', 'use std::collections::hash_map::Entry;', 'use std::vec::{self, Vec};', 'use std::println;', 'fn main() {}'].join('\n');
    const { r } = run(text);
    assert.deepEqual(r.diagnostics.map((d) => `${d.code}@${d.span.line + 1}: ${d.message}`), [
      'E0432@1: unresolved import `std::collection`',
      'E0432@2: unresolved import `std::vec::HashMap`',
    ]);
  });

  it('resolves std paths through the prelude, uses, renames and globs, and never reports a std path it does not know', () => {
    const text = ['use std::collections::{HashMap as Map, self};', 'use std::cmp::Ordering::*;', 'use std::os::unknown::Thing;', 'fn main() {',
      '  let m: Map<u8, u8> = Map::new();', '  let v: Vec<u8> = Vec::new();', '  let o = Less;', '  let s = collections::BTreeMap::<u8, u8>::new();',
      '  let t = Thing::make();', '  let u = std::nothing::here();', '  match Some(1) { None => {}, Some(_) => {} }', '}'].join('\n');
    const { r } = run(text);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(resOf(text, 'Map::new'), ['std::collections::HashMap::new']);
    assert.deepEqual(resOf(text, 'Vec::new'), ['std::vec::Vec::new']);
    assert.deepEqual(resOf(text, 'Less'), ['std::cmp::Ordering::Less']);
    assert.deepEqual(resOf(text, 'collections::BTreeMap::<u8, u8>::new'), ['std::collections::BTreeMap::new']);
    assert.deepEqual(resOf(text, 'Thing::make'), ['std::os::unknown::Thing::make']);
    assert.deepEqual(resOf(text, 'std::nothing::here'), ['std::nothing::here']);
    const { ast, r: r2 } = run(text);
    const none = [...r2.patterns.entries()].map(([id, res]) => [ast.text.slice(findNode(ast, id), findNode(ast, id) + 4), describe_(r2, ast, res)]);
    assert.ok(none.some(([t, d]) => t === 'None' && d === 'std::option::Option::None'), 'None in a pattern names the variant');
  });

  it('leaves associated items of types to type checking (rustc\'s partial resolution)', () => {
    const text = 'struct P; impl P { fn new() -> Self { P } const C: u8 = 1; }\nenum E { A }\nfn main() { P::new(); let _ = P::C; let _ = E::A; let _ = u8::MAX; }';
    assert.deepEqual(resOf(text, 'P::new'), ['Struct P +1']);
    assert.deepEqual(resOf(text, 'E::A'), ['Variant E::A']);
    assert.deepEqual(resOf(text, 'u8::MAX'), ['prim u8 +1']);
  });

  it('binds generic and const parameters, Self, and items declared later in a block', () => {
    const text = 'struct W<T>(T);\nimpl<T: Clone> W<T> { fn get(&self) -> T { let s: &Self = self; s.0.clone() } }\nfn arr<const N: usize>() -> [u8; N] { [0; N] }\nfn main() { let v = later(); fn later() -> u8 { 1 } }';
    const { r } = run(text);
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(resOf(text, 'T'), ['TyParam W::T', 'TyParam {impl}::T', 'TyParam {impl}::T']);
    assert.deepEqual(resOf(text, 'Self'), ['Self of Impl']);
    assert.deepEqual(resOf(text, 'N'), ['ConstParam arr::N', 'ConstParam arr::N']);
    assert.deepEqual(resOf(text, 'later'), ['Fn main::later']);
  });

  it('does not report a name a program macro may define', () => {
    const { r } = run('macro_rules! make { ($n:ident) => { let $n = 1; } }\nfn main() { make!(x); println!("{}", x); }');
    assert.deepEqual(r.diagnostics, []);
  });
});
