// Each drop is its own step of the trace, at the position of the rule that dropped it (a scope's
// closing brace, a statement), never at a line inside a `Drop::drop` that ran before it.
import * as assert from 'node:assert/strict';
import type { Step, Trace } from '../../protocol/trace';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

const PROGRAM = `struct Guard(&'static str);
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn make(n: &'static str) -> Guard {
    Guard(n)
}
fn main() {
    let a = Guard("a");
    let words = vec![String::from("x"), String::from("y")];
    {
        let b = Guard("b");
        let c = Box::new(5);
    }
    let mut g = Guard("g1");
    g = Guard("g2");
    make("t");
    let gs = vec![Guard("v0"), Guard("v1")];
    println!("{} {}", words.len(), gs.len());
}
`;

type DropStep = { line: number; column: number; depth: number; drops: string[]; frees: number };

function dropSteps(trace: Trace): DropStep[] {
  const out: DropStep[] = [];
  for (const s of trace.steps) {
    const drops = s.events.flatMap((e) => (e.kind === 'drop' ? [`${e.what} ${e.reason}`] : []));
    if (drops.length === 0) continue;
    out.push({ line: s.line, column: s.column, depth: s.depth, drops, frees: s.events.filter((e) => e.kind === 'free').length });
  }
  return out;
}

describe('simulator trace: each drop its own step', () => {
  let trace: Trace;
  let steps: DropStep[];

  before(async () => {
    await initParser();
    const r = simulate(PROGRAM, { file: 'drops.rs' });
    // What rustc's build prints (the order of the Drop impls' output is the real drop order).
    assert.equal(r.stdout, 'drop b\ndrop g1\ndrop t\n2 2\ndrop v0\ndrop v1\ndrop g2\ndrop a\n');
    trace = r.trace;
    steps = dropSteps(trace);
  });

  it('records one drop per step, with its reason', () => {
    for (const s of steps) assert.equal(s.drops.length, 1, `one drop in the step at ${s.line}:${s.column}: ${s.drops.join(', ')}`);
    assert.deepEqual(steps.map((s) => s.drops[0]), [
      'c scope-end', 'b scope-end',
      'g assign',
      'temporary temporary',
      'gs scope-end', 'gs[0] owner', 'gs[1] owner',
      'g scope-end',
      'words scope-end', 'words[0] owner', 'words[1] owner',
      'a scope-end',
    ]);
  });

  it('puts a scope\'s drops at its closing brace, never inside a Drop::drop that ran before', () => {
    const lines = PROGRAM.split('\n');
    const at = (s: DropStep) => lines[s.line - 1]!.slice(s.column - 1);
    // The inner block's end (line 16) and main's end (line 22): each drop there is at `}`.
    for (const s of steps.filter((x) => x.drops[0]!.endsWith('scope-end') || x.drops[0]!.endsWith('owner'))) {
      assert.equal(at(s), '}', `${s.drops[0]} at line ${s.line}`);
      assert.equal(s.depth, 1, `${s.drops[0]} in main's frame`);
    }
    assert.deepEqual(steps.filter((s) => s.line === 16).map((s) => s.drops[0]), ['c scope-end', 'b scope-end']);
    assert.equal(steps.filter((s) => s.line === 22).length, 8);
    // The assignment's old value and the statement's temporary drop at their statements.
    assert.equal(steps.find((s) => s.drops[0] === 'g assign')!.line, 18);
    assert.equal(steps.find((s) => s.drops[0] === 'temporary temporary')!.line, 19);
    // A buffer is freed in the step of the drop that freed it.
    assert.equal(steps.find((s) => s.drops[0] === 'c scope-end')!.frees, 1);
    assert.equal(steps.find((s) => s.drops[0] === 'words[1] owner')!.frees, 2, "words[1]'s buffer, then words' own");
  });

  it('runs a Drop::drop in steps of its own between two drops of the scope end', () => {
    const s = trace.steps;
    const i = s.findIndex((x) => x.events.some((e) => e.kind === 'drop' && e.what === 'gs[0]'));
    const j = s.findIndex((x) => x.events.some((e) => e.kind === 'drop' && e.what === 'gs[1]'));
    assert.ok(j > i + 1, 'the steps of Guard::drop come between');
    for (let k = i + 1; k < j; k++) assert.equal(s.at(k)!.depth, 2, 'inside Guard::drop');
    assert.equal(s.at(i + 1)!.line, 4, 'the println! of Guard::drop');
  });
  it('unwinding drops each local in a step of its own at the closing brace of the frame it leaves', () => {
    const program = `struct G(&'static str);
impl Drop for G {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn main() {
    let _a = G("a");
    let v: Vec<i32> = Vec::new();
    let _b = G("b");
    let x = v[3];
    println!("{}", x);
}
`;
    const r = simulate(program, { file: 'unwind.rs' });
    // What rustc's build prints before it exits with 101.
    assert.equal(r.stdout, 'drop b\ndrop a\n');
    assert.equal(r.status, 101);
    const got = dropSteps(r.trace);
    // Then the runtime drops the panic's payload: the String std formatted the message into.
    assert.deepEqual(got.map((s) => s.drops[0]), ['_b unwind', 'v unwind', '_a unwind', 'panic message unwind']);
    for (const s of got.slice(0, 3)) assert.deepEqual([s.line, s.column, s.depth], [13, 1, 1]);
  });
});
