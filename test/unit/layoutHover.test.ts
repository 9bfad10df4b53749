import * as assert from 'node:assert/strict';
import { bindingHover, buildTypeEnv, layoutLenses, typedFile, typeHover } from '../../server/src/engine/layout';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { annotatedTypedFile } from '../../server/src/engine/annotations';

const src = `use serde_json::Value;
#[repr(C)]
struct Header { kind: u8, len: u32 }
enum Shape { Dot, Circle(f64), Rect { w: f32, h: f32 } }
struct Wrapper<T> { inner: T }
struct Node { v: u32, next: Option<Box<Self>> }
fn area(s: &Shape, scale: f64) -> f64 {
    let n = 3u8;
    let name = "dot";
    let greeting = format!("hi {}", name);
    let raw: Value = todo!();
    let h = Header { kind: 1, len: 2 };
    scale * n as f64
}
`;

function at(needle: string, delta = 0): number {
  const i = src.indexOf(needle);
  assert.ok(i >= 0, needle);
  return i + delta;
}

describe('layout hover and CodeLens (engine)', () => {
  before(() => initParser());

  function env() {
    const fe = frontEnd(parseRust(src), src);
    const e = buildTypeEnv(fe);
    return { env: e, file: typedFile(e, fe.types) };
  }

  it('describes a repr(C) struct without claiming rustc reordered it', () => {
    const { env: e } = env();
    const md = typeHover(e, at('Header', 1))!;
    assert.match(md, /\*\*struct Header\*\*/);
    assert.match(md, /size 8 B · align 4 · padding 3 B/);
    assert.match(md, /\| 0 \| kind \| `u8` \| 1 B \|\n\| 4 \| len \| `u32` \| 4 B \|/);
    assert.doesNotMatch(md, /rustc's choice/);
  });

  it('describes an enum: widened tag and each variant at its offsets', () => {
    const { env: e } = env();
    const md = typeHover(e, at('enum Shape', 6))!;
    assert.match(md, /size 16 B · align 8/);
    assert.match(md, /tag: 4 B at offset 0/);
    assert.match(md, /\| Circle = 1 \| 16 B \| 0 @8: 8 B \|/);
    assert.match(md, /\| Rect = 2 \| 12 B \| w @4: 4 B, h @8: 4 B \|/);
  });

  it('shows the layout of the type written at a use, and Self inside a declaration', () => {
    const { env: e } = env();
    assert.match(typeHover(e, at('&Shape', 1))!, /\*\*`Shape`\*\*/);
    assert.match(typeHover(e, at('Box<Self>', 1))!, /\*\*`Box<Node>`\*\*\n\nsize 8 B/);
  });

  it('says unknown, naming the type, for a type from another crate', () => {
    const { file } = env();
    const md = bindingHover(file, at('raw', 1))!;
    assert.match(md, /\*\*raw\*\*: `Value`/);
    assert.match(md, /size on the stack unknown: `serde_json::Value` comes from the crate `serde_json`/);
  });

  it('sizes bindings from the types the checker gives them', () => {
    const { file: e } = env();
    assert.match(bindingHover(e, at('s: &Shape'))!, /\*\*s\*\*: `&Shape`\n\n8 B on the stack/);
    assert.match(bindingHover(e, at('let n', 4))!, /\*\*n\*\*: `u8`\n\n1 B on the stack/);
    assert.match(bindingHover(e, at('let name', 4))!, /`&str`\n\n16 B on the stack \(pointer, length\)/);
    assert.match(bindingHover(e, at('let greeting', 4))!, /`String`\n\n24 B on the stack \(pointer, capacity, length\); on the heap: the UTF-8 bytes/);
    assert.match(bindingHover(e, at('let h', 4))!, /`Header`\n\n8 B on the stack/);
    assert.match(bindingHover(e, at('scale * n', 0))!, /\*\*scale\*\*: `f64`/);
    assert.match(bindingHover(e, at('n as f64', 0))!, /\*\*n\*\*: `u8`/);
  });

  it('puts a lens on each struct and enum, generic ones saying what they depend on', () => {
    const { env: e } = env();
    assert.deepEqual(layoutLenses(e).map((l) => [l.typeName, l.line, l.title]), [
      ['Header', 2, 'size 8 B · align 4 · padding 3 B'],
      ['Shape', 3, 'size 16 B · align 8 · padding 4 B'],
      ['Wrapper', 4, 'size depends on T'],
      ['Node', 5, 'size 16 B · align 8 · padding 4 B'],
    ]);
  });
});

describe('layout hover on bindings reads the type checker', () => {
  before(() => initParser());

  function hoverAt(code: string, needle: string, delta = 0): string | undefined {
    const fe = frontEnd(parseRust(code), code);
    const i = code.indexOf(needle);
    assert.ok(i >= 0, needle);
    return bindingHover(typedFile(buildTypeEnv(fe), fe.types), i + delta);
  }

  it('gives an unsuffixed literal the type inference settles on (rustc: `n` is `u64`, 8 B)', () => {
    const code = 'fn main() {\n    let n = 5;\n    let total: u64 = 7;\n    let s = total + n;\n    println!("{s}");\n}\n';
    assert.match(hoverAt(code, 'let n', 4)!, /^\*\*n\*\*: `u64`\n\n8 B on the stack/);
    assert.match(hoverAt(code, '+ n', 2)!, /^\*\*n\*\*: `u64`\n\n8 B on the stack/);
    assert.match(hoverAt(code, 'let s', 4)!, /^\*\*s\*\*: `u64`\n\n8 B on the stack/);
  });

  it('types a binding only inference knows, without a run', () => {
    const code = 'fn make() -> Vec<(u8, u32)> { Vec::new() }\nfn main() {\n    let v = make();\n    let first = v.first().copied();\n}\n';
    assert.match(hoverAt(code, 'let v', 4)!, /^\*\*v\*\*: `Vec<\(u8, u32\)>`\n\n24 B on the stack \(pointer, capacity, length\)/);
    // rustc 1.95: `Option<(u8, u32)>` is 12 B (neither field has a niche, so a tag comes first).
    assert.match(hoverAt(code, 'let first', 4)!, /^\*\*first\*\*: `Option<\(u8, u32\)>`\n\n12 B on the stack/);
  });

  it('sizes a closure by its captures, through the `impl Trait` that returns it', () => {
    // rustc 1.95: `c` is `counter::{{closure}}` of 4 B (the `u32` it moved in), `add` 8 B (`&mut u64`).
    const code = 'fn counter() -> impl FnMut() -> u32 {\n    let mut n = 0;\n    move || { n += 1; n }\n}\nfn main() {\n    let mut c = counter();\n    c();\n    let mut total = 0u64;\n    let mut add = |x: u64| total += x;\n    add(1);\n}\n';
    assert.match(hoverAt(code, 'mut c', 4)!, /^\*\*c\*\*: `\{\{closure\}\}`\n\n4 B on the stack/);
    assert.match(hoverAt(code, 'mut add', 4)!, /^\*\*add\*\*: `\{\{closure\}\}`\n\n8 B on the stack/);
  });

  it('says why a generic binding has no size', () => {
    const code = 'fn keep<T>(x: T) -> T {\n    let y = x;\n    y\n}\n';
    assert.match(hoverAt(code, 'let y', 4)!, /^\*\*y\*\*: `T`\n\nsize on the stack unknown: generic parameter `T` is not instantiated/);
  });

  it('applies a `// @mem size` override to the checked type', () => {
    const code = '// @mem size Handle = 16 align 8\nstruct Handle { fd: i32 }\nfn main() {\n    let h = Handle { fd: 3 };\n    println!("{}", h.fd);\n}\n';
    const file = annotatedTypedFile(parseRust(code), code);
    assert.match(bindingHover(file, code.indexOf('let h') + 4)!, /^\*\*h\*\*: `Handle`\n\n16 B on the stack/);
  });

  it('is silent on a pattern that names a unit variant rather than binding', () => {
    const code = 'fn f(o: Option<u8>) -> u8 {\n    match o {\n        None => 0,\n        Some(x) => x,\n    }\n}\n';
    assert.equal(hoverAt(code, 'None =>', 1), undefined);
    assert.match(hoverAt(code, 'Some(x)', 5)!, /^\*\*x\*\*: `u8`\n\n1 B on the stack/);
  });
});

describe('layout hover stays quiet where a name is not a type with a layout', () => {
  before(() => initParser());

  it('says nothing on trait names, bounds and generic parameter declarations', () => {
    const code = 'use std::fmt;\nstruct P<T: Clone> { v: T }\nimpl fmt::Display for P<u8> { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { Ok(()) } }\nfn f(x: &dyn fmt::Debug, y: impl Clone) {}\n';
    const tree = parseRust(code);
    const e = buildTypeEnv(frontEnd(tree, code));
    const pos = (needle: string, delta = 0) => code.indexOf(needle) + delta;
    assert.equal(typeHover(e, pos('Display', 1)), undefined);
    assert.equal(typeHover(e, pos('T: Clone')), undefined);
    assert.equal(typeHover(e, pos('Clone> {', 1)), undefined);
    assert.equal(typeHover(e, pos('Debug', 1)), undefined);
    assert.match(typeHover(e, pos('P<u8>', 0))!, /\*\*`P<u8>`\*\*\n\nsize 1 B/);
    assert.match(typeHover(e, pos('fmt::Result', 6))!, /\*\*`fmt::Result`\*\*\n\nsize 1 B/);
  });
});
