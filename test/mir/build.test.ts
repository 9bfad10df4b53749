// The MIR builder on small programs: locals, drops with their reasons, temporaries' scopes,
// lifetime extension, two-phase receivers and unwind edges, each as rustc 1.95 builds them.
import * as assert from 'node:assert/strict';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildMir } from '../../server/src/engine/mir/build';
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
});
