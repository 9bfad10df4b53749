// The MIR builder on small programs: locals, drops with their reasons, temporaries' scopes,
// lifetime extension, two-phase receivers and unwind edges, each as rustc 1.95 builds them.
import * as assert from 'node:assert/strict';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildMir } from '../../server/src/engine/mir/build';
import { printBody } from '../../server/src/engine/mir/pretty';
import { normalOrder } from '../../server/src/engine/mir/successors';
import type { Body } from '../../server/src/engine/mir/syntax';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { typeName } from '../../server/src/engine/typeck';

function bodies(text: string): Map<string, Body> {
  const mir = buildMir(frontEnd(parseRust(text), text));
  return new Map(mir.bodies.map((b) => [b.def.name, b]));
}

function body(text: string, name = 'main'): Body {
  const b = bodies(text).get(name);
  assert.ok(b, `no body ${name}`);
  assert.deepEqual(b.unsupported, []);
  return b;
}

/** `name: Type (reason)` of each drop on the normal path, in order. */
function drops(b: Body): string[] {
  const out: string[] = [];
  for (const i of normalOrder(b)) {
    const t = b.basicBlocks[i]!.terminator!;
    if (t.kind !== 'drop') continue;
    const d = b.localDecls[t.place.local]!;
    out.push(`${d.name ?? `_${t.place.local}`}: ${typeName(d.ty)} (${t.reason})`);
  }
  return out;
}

describe('MIR builder', () => {
  before(() => initParser());

  it('straight-line code: user variables with their types, drops in reverse declaration order', () => {
    const b = body(`struct P { name: String, n: i32 }
fn make(n: i32) -> P { P { name: String::from("a"), n } }
fn main() {
    let v: Vec<i32> = Vec::new();
    let p = make(3);
    let x = p.n + 1;
    let w = v;
    println!("{} {}", x, w.len());
}
`);
    const users = b.localDecls.filter((d) => d.kind === 'user' && d.name !== 'args').map((d) => `${d.name}: ${typeName(d.ty)}`);
    assert.deepEqual(users, ['v: Vec<i32>', 'p: P', 'x: i32', 'w: Vec<i32>']);
    // Before drop elaboration every owner is dropped at its scope's end, moved or not.
    assert.deepEqual(drops(b), ['w: Vec<i32> (scopeEnd)', 'p: P (scopeEnd)', 'v: Vec<i32> (scopeEnd)']);
  });

  it('a temporary lives to the end of its statement; `let r = &temp` extends it to the block', () => {
    const b = body(`fn main() {
    let n = String::from("ab").len();
    let r = &String::from("cd");
    let m = r.len() + n;
    println!("{}", m);
}
`);
    assert.deepEqual(drops(b), ['_2: String (temporary)', '_5: String (temporary)']);
    const order = normalOrder(b).map((i) => b.basicBlocks[i]!.terminator!);
    const firstDrop = order.findIndex((t) => t.kind === 'drop');
    const print = order.findIndex((t) => t.kind === 'call' && t.func.kind === 'constant' && t.func.constant.value.kind === 'fn' && t.func.constant.value.def.name === '_print');
    assert.ok(firstDrop < print, 'the first temporary dies before the print');
    assert.ok(order.slice(print).some((t) => t.kind === 'drop'), 'the extended one only after it');
    assert.equal(b.localDecls[5]!.extended, true);
  });

  it('a `&mut self` receiver is a two-phase borrow; a `&self` one a shared auto-ref', () => {
    const b = body(`fn main() {
    let mut v = Vec::new();
    v.push(1);
    let n = v.len();
    println!("{}", n);
}
`);
    const borrows = b.basicBlocks.flatMap((bb) => bb.statements).flatMap((s) => (s.kind === 'assign' && s.rvalue.kind === 'ref' ? [s.rvalue.borrow] : []));
    assert.deepEqual(borrows.slice(0, 2), ['twoPhase', 'shared']);
  });

  it('calls unwind to cleanup blocks that drop what is live, innermost first', () => {
    const b = body(`fn f() {}
fn main() {
    let a = String::new();
    let b = vec![1];
    f();
}
`);
    const call = b.basicBlocks.map((bb) => bb.terminator!).find((t) => t.kind === 'call' && t.func.kind === 'constant' && t.func.constant.value.kind === 'fn' && t.func.constant.value.def.name === 'f');
    assert.ok(call && call.kind === 'call' && call.unwind.kind === 'cleanup');
    const chain: number[] = [];
    for (let u = call.unwind.kind === 'cleanup' ? call.unwind.block : -1; u >= 0;) {
      const t = b.basicBlocks[u]!.terminator!;
      assert.ok(b.basicBlocks[u]!.isCleanup);
      if (t.kind !== 'drop') break;
      chain.push(t.place.local);
      u = t.target;
    }
    assert.deepEqual(chain.map((l) => b.localDecls[l]!.name), ['b', 'a']);
  });

  it('if, match with bindings, loops with break values and `?`', () => {
    const b = body(`enum Shape { Circle(f64), Square(f64) }
fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Square(w) if *w > 0.0 => w * w,
        _ => 0.0,
    }
}
fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {
    let n: i32 = s.parse()?;
    let mut i = 0;
    let m = loop { i += 1; if i > n { break i * 2; } };
    Ok(m)
}
fn main() { println!("{}", area(&Shape::Circle(1.0))); println!("{:?}", parse("3")); }
`, 'area');
    assert.ok(b.localDecls.some((d) => d.name === 'r' && typeName(d.ty) === '&f64'));
    const p = bodies(`fn parse(s: &str) -> Result<i32, std::num::ParseIntError> {
    let n: i32 = s.parse()?;
    let mut i = 0;
    let m = loop { i += 1; if i > n { break i * 2; } };
    Ok(m)
}
fn main() {}
`).get('parse')!;
    assert.deepEqual(p.unsupported, []);
    assert.ok(p.basicBlocks.some((bb) => bb.terminator?.kind === 'falseUnwind'));
  });

  it('a call of a generic, `dyn` or boxed callable goes through its Fn trait, as rustc --emit=mir shows', () => {
    const text = `fn by_bound<F: Fn(u8) -> u8>(f: F) -> u8 { f(1) }
fn by_where<F>(mut f: F) where F: FnMut() { f() }
fn by_value<F: FnOnce() -> String>(f: F) -> String { f() }
fn by_ref<F: Fn()>(f: &F) { f() }
fn by_dyn_mut(f: &mut dyn FnMut()) { f() }
fn boxed(f: Box<dyn Fn(u8) -> u8>) -> u8 { f(2) }
fn boxed_once(f: Box<dyn FnOnce() -> String>) -> String { f() }
fn once_by_ref<F: FnOnce()>(f: &F) { let _ = f; }
fn main() {}
`;
    const all = bodies(text);
    // The receiver and the call, in rustc's words: a reference callee is looked through once, a
    // box is the receiver itself, and the bound (or the object's trait) picks the method.
    const want: Record<string, [string | undefined, string]> = {
      by_bound: ['_2 = &_1;', 'core::ops::Fn::call(move _2, move _3)'],
      by_where: ['_2 = &mut _1;', 'core::ops::FnMut::call_mut(move _2, move _3)'],
      by_value: [undefined, 'core::ops::FnOnce::call_once(move _1, move _2)'],
      by_ref: ['_2 = &(*_1);', 'core::ops::Fn::call(move _2, move _3)'],
      by_dyn_mut: ['_2 = &mut (*_1);', 'core::ops::FnMut::call_mut(move _2, move _3)'],
      boxed: ['_2 = &_1;', 'core::ops::Fn::call(move _2, move _3)'],
      boxed_once: [undefined, 'core::ops::FnOnce::call_once(move _1, move _2)'],
    };
    for (const [name, [receiver, call]] of Object.entries(want)) {
      const b = all.get(name)!;
      assert.deepEqual(b.unsupported, [], name);
      const printed = printBody(b);
      if (receiver) assert.ok(printed.includes(receiver), `${name}: no \`${receiver}\` in\n${printed}`);
      assert.ok(printed.includes(call), `${name}: no \`${call}\` in\n${printed}`);
    }
    // Calling an `FnOnce` moves it, which a reference does not allow: not modelled, never guessed.
    const moved = bodies(text.replace('let _ = f;', 'f()')).get('once_by_ref')!;
    assert.deepEqual(moved.unsupported.map((u) => u.what), ['a call of an `FnOnce` behind a reference']);
  });

  it('a format string with more placeholders than arguments (rustc rejects it) is unsupported, not a crash', () => {
    for (const call of ['println!("{}", )', 'println!("{} {}", 1)', 'let _s = format!("{0} {2}", 1, 2)']) {
      const b = bodies(`fn main() {\n    let a = 1;\n    ${call};\n    println!("{a}");\n}\n`).get('main')!;
      assert.deepEqual(b.unsupported.map((u) => u.what), ['a format string with more placeholders than arguments'], call);
    }
  });
});
