// What the simulator records: steps at the right lines, the events of ownership (moves, drops with
// their reasons, allocations and reallocations), the memory state the deltas rebuild, and
// checkpoints that replay to the same state as replaying from the start.
import * as assert from 'node:assert/strict';
import type { MemoryState, Trace, TraceEvent } from '../../protocol/trace';
import { applyDelta, replayState } from '../../protocol/replay';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

const PROGRAM = `struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
fn take(d: D) {
    println!("took {}", d.0);
}
fn main() {
    let a = D("a");
    let mut v = Vec::new();
    for i in 0..5 {
        v.push(i);
    }
    let b = D("b");
    take(b);
    let total: i32 = v.iter().map(|x| x * 2).sum();
    println!("{}", total);
}
`;

function events(trace: Trace): { step: number; e: TraceEvent }[] {
  return [...trace.steps].flatMap((s, step) => s.events.map((e) => ({ step, e })));
}

/** Replays every delta from an empty state, without checkpoints. */
function replayFromStart(trace: Trace, step: number): MemoryState {
  const state: MemoryState = { frames: [], blocks: [] };
  for (let i = 0; i <= step; i++) for (const d of trace.steps.at(i)!.deltas) applyDelta(state, d);
  return state;
}

describe('simulator trace', () => {
  let trace: Trace;

  before(async () => {
    await initParser();
    const r = simulate(PROGRAM, { file: 'trace.rs' });
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'took b\ndrop b\n20\ndrop a\n');
    trace = r.trace;
  });

  it('starts at the first statement of main, 1-based, with main as a frame without a call line', () => {
    const first = trace.steps.at(0)!;
    assert.deepEqual([first.line, first.column, first.depth], [11, 5, 1]);
    const push = first.deltas.find((d) => d.op === 'push-frame');
    assert.ok(push && push.op === 'push-frame');
    assert.equal(push.frame.fn, 'main');
    assert.equal(push.frame.callLine, 0);
    assert.ok(push.frame.size > 0);
    assert.deepEqual(trace.end, { kind: 'exit', status: 0 });
  });

  it('records the buffer growth of the Vec: one allocation of 4 elements, then a reallocation to 8', () => {
    const mem = events(trace).filter(({ e }) => e.kind === 'alloc' || e.kind === 'realloc' || e.kind === 'free').map(({ e }) => e);
    const vecAlloc = mem.find((e) => e.kind === 'alloc' && e.type === '[i32]');
    assert.ok(vecAlloc && vecAlloc.kind === 'alloc');
    assert.equal(vecAlloc.size, 16);
    const realloc = mem.find((e) => e.kind === 'realloc');
    assert.deepEqual(realloc, { kind: 'realloc', block: vecAlloc.block, fromCapacity: 4, toCapacity: 8, size: 32, moved: 4 });
    assert.ok(mem.some((e) => e.kind === 'free' && e.block === vecAlloc.block), 'the buffer is freed when v drops');
  });

  it('records the move into a function and the drops with their reasons, in order', () => {
    const all = events(trace).map(({ e }) => e);
    assert.ok(all.some((e) => e.kind === 'move' && e.what === 'b' && e.to === 'argument of `take`'));
    const drops = all.filter((e): e is Extract<TraceEvent, { kind: 'drop' }> => e.kind === 'drop' && e.type === 'D');
    assert.deepEqual(drops.map((d) => [d.what, d.reason]), [['d', 'scope-end'], ['a', 'scope-end']]);
    assert.equal(drops[1]!.detail, 'end of `main`, reverse declaration order');
    const vecDrop = all.find((e) => e.kind === 'drop' && e.what === 'v');
    assert.ok(vecDrop && vecDrop.kind === 'drop' && vecDrop.reason === 'scope-end');
  });

  it('rebuilds the stack and heap at a step: variables with values, pointers and moved state', () => {
    const at = trace.steps.findIndex((s) => s.line === 19);
    const state = replayState(trace, at);
    const main = state.frames.find((f) => f.fn === 'main')!;
    const v = main.vars.find((x) => x.name === 'v')!;
    assert.equal(v.type, 'Vec<i32>');
    assert.equal(v.value, '[0, 1, 2, 3, 4]');
    const target = v.points[0]!.target;
    assert.equal(target.kind, 'block');
    const block = state.blocks.find((b) => target.kind === 'block' && b.id === target.id)!;
    assert.deepEqual([block.len, block.capacity, block.size], [5, 8, 32]);
    const b = main.vars.find((x) => x.name === 'b')!;
    assert.equal(b.value, '(moved)');
    assert.deepEqual(b.moved, { to: 'argument of `take`', line: 17 });
    assert.equal(main.vars.find((x) => x.name === 'total')!.value, '20');
  });

  it('leaves out calls that start and end within one step (the map closure)', () => {
    const frames = [...trace.steps].flatMap((s) => s.deltas).filter((d) => d.op === 'push-frame').map((d) => (d.op === 'push-frame' ? d.frame.fn : ''));
    assert.ok(frames.includes('take'));
    assert.ok(!frames.some((f) => f.includes('closure')));
    assert.equal(replayState(trace, trace.steps.length - 1).frames.length, 0);
  });

  it('replays from checkpoints to the same state as from the start', () => {
    const source = 'fn main() {\n    let mut v: Vec<u64> = Vec::new();\n    for i in 0..3000u64 {\n        v.push(i * i);\n    }\n    println!("{}", v.len());\n}\n';
    const r = simulate(source, { file: 'long.rs' });
    assert.equal(r.stdout, '3000\n');
    assert.ok(r.trace.checkpoints.length >= 2);
    for (const step of [1500, 4321, r.trace.steps.length - 2]) {
      assert.deepEqual(replayState(r.trace, step), replayFromStart(r.trace, step));
    }
  });

  it('names a variable moved out before its first step by the checker\'s type', () => {
    const source = 'fn main() {\n    let v1 = vec![1, 2, 3];\n    let v1_iter = v1.iter();\n    for val in v1_iter {\n        println!("{}", val);\n    }\n}\n';
    const r = simulate(source, { file: 'moved.rs' });
    const types = [...r.trace.steps].flatMap((s) => s.deltas).flatMap((d) => (d.op === 'set-var' && d.var.name === 'v1_iter' ? [d.var.type] : []));
    assert.ok(types.length > 0);
    assert.deepEqual([...new Set(types)], ["Iter<'_, i32>"]);
  });

  it('sizes every variable by its checked type, from its first step: a None, closures, a generic body\'s binding', () => {
    // Sizes as rustc's build gives them (size_of_val: 16, 4, 8).
    const source = [
      'fn keep<T>(x: T) -> T {', '    let held = x;', '    held', '}',
      'fn main() {', '    let mut slot = None;', '    let n = 7u32;', '    let add = move |x: u64| x + n as u64;', '    let r = &n;',
      '    let add_ref = |x: u32| x + *r;', '    slot = Some(add(1));', '    let kept = keep(5u8);',
      '    println!("{:?} {} {}", slot, add_ref(1), kept);', '}', '',
    ].join('\n');
    const r = simulate(source, { file: 'sizes.rs' });
    assert.equal(r.stdout, 'Some(8) 8 5\n');
    const sizes = new Map<string, Set<number>>();
    for (const s of r.trace.steps) {
      for (const d of s.deltas) if (d.op === 'set-var') sizes.set(d.var.name, (sizes.get(d.var.name) ?? new Set()).add(d.var.size));
    }
    const want: [string, number][] = [['slot', 16], ['n', 4], ['add', 4], ['r', 8], ['add_ref', 8], ['held', 1], ['kept', 1]];
    for (const [name, size] of want) assert.deepEqual([name, [...(sizes.get(name) ?? [])]], [name, [size]]);
  });

  it('sizes fat pointers by their checked types: `&dyn Trait`, `Box<dyn Trait>`, `Box<[T]>`; a fn pointer', () => {
    // Sizes as rustc's build gives them (size_of_val: 16, 16, 8, 16).
    const source = [
      'trait Shape { fn area(&self) -> f64; }', 'struct Sq(f64);', 'impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }',
      'fn double(x: i32) -> i32 { x * 2 }', 'fn main() {', '    let s = Sq(2.0);', '    let r: &dyn Shape = &s;',
      '    let b: Box<dyn Shape> = Box::new(Sq(3.0));', '    let f: fn(i32) -> i32 = double;', '    let bs: Box<[u8]> = vec![1u8, 2].into_boxed_slice();',
      '    println!("{} {} {} {}", r.area(), b.area(), f(2), bs.len());', '}', '',
    ].join('\n');
    const r = simulate(source, { file: 'fat.rs' });
    assert.equal(r.stdout, '4 9 4 2\n');
    const sizes = new Map<string, number>();
    for (const s of r.trace.steps) for (const d of s.deltas) if (d.op === 'set-var') sizes.set(d.var.name, d.var.size);
    assert.deepEqual(['s', 'r', 'b', 'f', 'bs'].map((n) => sizes.get(n)), [8, 16, 16, 8, 16]);
  });

  it('records output chunks with their step, and nothing when recording is off', () => {
    assert.deepEqual(trace.output.map((o) => o.text), ['took b\n', 'drop b\n', '20\n', 'drop a\n']);
    const quiet = simulate(PROGRAM, { file: 'trace.rs', recordTrace: false });
    assert.equal(quiet.stdout, 'took b\ndrop b\n20\ndrop a\n');
    assert.equal(quiet.trace.steps.length, 0);
  });
});
