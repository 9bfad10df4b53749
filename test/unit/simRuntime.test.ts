// The runtime half of the simulator as the trace records it: Rc counters and their blocks, Weak
// keeping a dropped value's memory, RefCell borrow state, leaks with the Rc cycles that cause
// them, threads with their stack budgets, the fixed HashMap order, and what is reported as
// unsupported. (Output and exit status of the same features are checked against rustc by the
// golden programs in test/golden/programs/runtime.)
import * as assert from 'node:assert/strict';
import type { HeapBlockState, Trace, TraceEvent } from '../../protocol/trace';
import { replayState } from '../../protocol/replay';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

function run(source: string) {
  return simulate(source, { file: 'main.rs' });
}

/** 1-based line of the first source line containing `marker`. */
function lineOf(source: string, marker: string): number {
  const i = source.split('\n').findIndex((l) => l.includes(marker));
  assert.ok(i >= 0, `marker ${marker} not in source`);
  return i + 1;
}

function events<K extends TraceEvent['kind']>(trace: Trace, kind: K): Extract<TraceEvent, { kind: K }>[] {
  return [...trace.steps].flatMap((s) => s.events).filter((e): e is Extract<TraceEvent, { kind: K }> => e.kind === kind);
}

/** The state of block `id` at the last step where it exists. */
function lastBlockState(trace: Trace, id: number): HeapBlockState | undefined {
  for (let i = trace.steps.length - 1; i >= 0; i--) {
    const b = replayState(trace, i).blocks.find((x) => x.id === id);
    if (b) return b;
  }
  return undefined;
}

describe('simulator runtime: Rc, RefCell, leaks, threads', () => {
  before(async () => {
    await initParser();
  });

  it('records every strong count change of an Rc as an rc event, then frees the block', () => {
    const src = `use std::rc::Rc;
fn main() {
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    drop(b);
    println!("{}", Rc::strong_count(&a));
}
`;
    const r = run(src);
    assert.equal(r.stdout, '1\n');
    const rc = events(r.trace, 'rc');
    assert.deepEqual(rc.map((e) => e.strong), [1, 2, 1, 0]);
    const block = rc[0]!.block;
    assert.ok(events(r.trace, 'free').some((e) => e.block === block));
    assert.deepEqual(r.trace.leaks, []);
    const alloc = events(r.trace, 'alloc').find((e) => e.block === block)!;
    assert.equal(alloc.type, 'RcBox<i32>');
    assert.equal(alloc.size, 24);
  });

  it('a Weak keeps the block of a dropped value until the last Weak goes', () => {
    const src = `use std::rc::Rc;
struct Big(u64);
impl Drop for Big { fn drop(&mut self) { println!("drop"); } }
fn main() {
    let s = Rc::new(Big(1));
    let w = Rc::downgrade(&s);
    drop(s);
    println!("{}", w.upgrade().is_none());
    drop(w); // LAST WEAK
}
`;
    const r = run(src);
    assert.equal(r.stdout, 'drop\ntrue\n');
    const rc = events(r.trace, 'rc');
    const block = rc[0]!.block;
    assert.deepEqual(rc.map((e) => [e.strong, e.weak]), [[1, 0], [1, 1], [0, 1], [0, 0]]);
    // Between the drop of the value and the last Weak, the block is still there, marked dropped.
    const st = lastBlockState(r.trace, block)!;
    assert.equal(st.strong, 0);
    assert.equal(st.weak, 1);
    assert.equal(st.dropped, true);
    const freeStep = r.trace.steps.findIndex((s) => s.events.some((e) => e.kind === 'free' && e.block === block));
    assert.equal(r.trace.steps.at(freeStep)!.line, lineOf(src, 'LAST WEAK'));
  });

  it('shows the borrow state of a RefCell inside an Rc block', () => {
    const src = `use std::cell::RefCell;
use std::rc::Rc;
fn main() {
    let shared = Rc::new(RefCell::new(vec![1]));
    let g = shared.borrow();
    let h = shared.borrow();
    println!("{}", g.len() + h.len()); // TWO READERS
}
`;
    const r = run(src);
    const step = r.trace.steps.findIndex((s) => s.line === lineOf(src, 'TWO READERS'));
    const block = replayState(r.trace, step).blocks.find((b) => b.type.startsWith('RcBox<RefCell'))!;
    assert.deepEqual(block.borrow, { shared: 2 });
    assert.equal(block.strong, 1);
  });

  it('reports an Rc cycle as leaks whose cycle names the fields and the lines of both strong edges', () => {
    const src = `use std::cell::RefCell;
use std::rc::Rc;
struct Node { next: RefCell<Option<Rc<Node>>> }
fn main() {
    let a = Rc::new(Node { next: RefCell::new(None) }); // ALLOC A
    let b = Rc::new(Node { next: RefCell::new(None) });
    *a.next.borrow_mut() = Some(Rc::clone(&b)); // EDGE A->B
    *b.next.borrow_mut() = Some(Rc::clone(&a)); // EDGE B->A
}
`;
    const r = run(src);
    assert.equal(r.status, 0);
    assert.equal(r.trace.leaks.length, 2);
    const [la, lb] = r.trace.leaks;
    assert.equal(la!.type, 'RcBox<Node>');
    assert.equal(la!.line, lineOf(src, 'ALLOC A'));
    assert.deepEqual(la!.cycle, [
      { from: la!.block, to: lb!.block, via: 'next', line: lineOf(src, 'EDGE A->B') },
      { from: lb!.block, to: la!.block, via: 'next', line: lineOf(src, 'EDGE B->A') },
    ]);
    assert.equal(lb!.cycle![0]!.from, lb!.block);
    // The Memory Inspector draws the strong edge out of the RefCell inside the Rc block.
    const last = replayState(r.trace, r.trace.steps.length - 1);
    const blockA = last.blocks.find((b) => b.id === la!.block)!;
    assert.deepEqual(blockA.points, [{ target: { kind: 'block', id: lb!.block }, kind: 'strong', via: 'next' }]);
  });

  it('shows a map\'s entries and the blocks they own', () => {
    const src = `use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, Vec<u8>> = HashMap::new();
    m.insert("a", vec![1]);
    m.insert("b", vec![2, 3]);
    println!("{}", m.len()); // FILLED
}
`;
    const r = run(src);
    const step = r.trace.steps.findIndex((s) => s.line === lineOf(src, 'FILLED'));
    const state = replayState(r.trace, step);
    const table = state.blocks.find((b) => b.type === '[(&str, Vec<u8>)]')!;
    assert.equal(table.value, '{"a": [1], "b": [2, 3]}');
    assert.equal(table.len, 2);
    assert.equal(table.capacity, 3);
    const vecs = state.blocks.filter((b) => b.id !== table.id).map((b) => b.id);
    assert.equal(vecs.length, 2);
    assert.deepEqual(table.points.map((p) => [p.target, p.kind, p.via]), [
      [{ kind: 'block', id: vecs[0] }, 'owner', '[0]'],
      [{ kind: 'block', id: vecs[1] }, 'owner', '[1]'],
    ]);
  });

  it('a value kept alive only by a cycle member is leaked without a cycle of its own; a broken cycle leaks nothing', () => {
    const leaky = `use std::cell::RefCell;
use std::rc::Rc;
struct Node { data: Vec<u8>, me: RefCell<Option<Rc<Node>>> }
fn main() {
    let n = Rc::new(Node { data: vec![1, 2, 3], me: RefCell::new(None) });
    *n.me.borrow_mut() = Some(Rc::clone(&n));
}
`;
    const r = run(leaky);
    const rcLeak = r.trace.leaks.find((l) => l.type === 'RcBox<Node>')!;
    assert.deepEqual(rcLeak.cycle!.map((e) => [e.from, e.to, e.via]), [[rcLeak.block, rcLeak.block, 'me']]);
    const buffer = r.trace.leaks.find((l) => l.type === '[u8]')!;
    assert.equal(buffer.cycle, undefined);

    const fixed = `use std::cell::RefCell;
use std::rc::{Rc, Weak};
struct Node { me: RefCell<Weak<Node>> }
fn main() {
    let n = Rc::new(Node { me: RefCell::new(Weak::new()) });
    *n.me.borrow_mut() = Rc::downgrade(&n);
}
`;
    assert.deepEqual(run(fixed).trace.leaks, []);
  });

  it('mem::forget and Box::leak are leaks at the line that allocated', () => {
    const src = `fn main() {
    let v = vec![1u8, 2, 3]; // VEC
    std::mem::forget(v);
    let b: &'static mut u64 = Box::leak(Box::new(7u64)); // BOX
    *b += 1;
}
`;
    const r = run(src);
    assert.deepEqual(r.trace.leaks.map((l) => [l.type, l.size, l.line]), [['[u8]', 3, lineOf(src, 'VEC')], ['u64', 8, lineOf(src, 'BOX')]]);
  });

  it('what a static owns is not a leak', () => {
    const src = `use std::collections::BTreeMap;
use std::sync::Mutex;
static LOG: Mutex<Vec<String>> = Mutex::new(Vec::new());
static INDEX: Mutex<BTreeMap<u8, Vec<u8>>> = Mutex::new(BTreeMap::new());
fn main() {
    LOG.lock().unwrap().push(String::from("started"));
    INDEX.lock().unwrap().insert(1, vec![1, 2]);
    std::mem::forget(vec![7u8]); // REAL LEAK
}
`;
    const r = run(src);
    assert.deepEqual(r.trace.leaks.map((l) => l.line), [lineOf(src, 'REAL LEAK')]);
  });

  it('runs a spawned thread at spawn, on its own stack budget, and records it', () => {
    const src = `use std::thread;
fn main() {
    let h = thread::Builder::new().name("worker".to_string()).stack_size(64 * 1024).spawn(|| {
        let x = 40; // IN THREAD
        x + 2
    }).unwrap();
    println!("spawned");
    println!("{}", h.join().unwrap());
}
`;
    const r = run(src);
    assert.equal(r.stdout, 'spawned\n42\n');
    assert.deepEqual(r.trace.threads, [
      { id: 0, name: 'main', stackBudget: 8 * 1024 * 1024 },
      { id: 1, name: 'worker', stackBudget: 64 * 1024 },
    ]);
    assert.deepEqual(events(r.trace, 'spawn'), [{ kind: 'spawn', thread: 1, name: 'worker', stackBudget: 64 * 1024 }]);
    const inThread = [...r.trace.steps].filter((s) => s.line === lineOf(src, 'IN THREAD'));
    assert.ok(inThread.length > 0 && inThread.every((s) => s.thread === 1 && s.depth === 1), 'the closure is the thread\'s first frame');
    const spawnedLine = r.trace.steps.findIndex((s) => s.line === lineOf(src, 'println!("spawned")'));
    assert.ok([...r.trace.steps].indexOf(inThread[0]!) < spawnedLine, 'the thread ran before the spawner continued');
  });

  it('a panic in a spawned thread ends that thread only, with its name in the message', () => {
    const src = `fn main() {
    let r = std::thread::Builder::new().name("w".into()).spawn(|| { let v: Vec<u8> = Vec::new(); v[3] }).unwrap().join();
    println!("{}", r.is_err());
}
`;
    const r = run(src);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, 'true\n');
    assert.match(r.stderr, /^\nthread 'w' panicked at main\.rs:2:\d+:\nindex out of bounds: the len is 0 but the index is 3\nnote: run with `RUST_BACKTRACE=1`/);
    assert.deepEqual(events(r.trace, 'panic').map((e) => e.thread), ['w']);
  });

  it('iterates a HashMap in insertion order (a re-inserted key moves to the end)', () => {
    const src = `use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    for k in ["pear", "apple", "fig", "kiwi"] { m.insert(k, k.len()); }
    m.remove("apple");
    m.insert("apple", 0);
    m.insert("pear", 9);
    let keys: Vec<_> = m.keys().collect();
    println!("{:?}", keys);
}
`;
    assert.equal(run(src).stdout, '["pear", "fig", "kiwi", "apple"]\n');
  });

  it('reports what cannot be simulated instead of guessing', () => {
    const cases: [string, RegExp][] = [
      [`use std::sync::{Arc, Mutex};
fn main() {
    let m = Arc::new(Mutex::new(0));
    let g = m.lock().unwrap();
    let m2 = Arc::clone(&m);
    let h = std::thread::spawn(move || { *m2.lock().unwrap() += 1; });
    drop(g);
    h.join().unwrap();
}
`, /^rustmem: unsupported: `lock` waiting for a lock held by thread 'main' \(threads run one at a time, each to completion\) at main\.rs:6:\d+\n$/],
      [`fn main() {
    let m: std::collections::HashMap<u8, u8> = std::collections::HashMap::new();
    println!("{}", m.capacity());
}
`, /^rustmem: unsupported: `HashMap::capacity`/],
      [`fn main() {
    let m = std::sync::Mutex::new(1);
    let _a = m.lock().unwrap();
    let _b = m.lock().unwrap();
}
`, /^rustmem: unsupported: `lock` on a lock this thread already holds \(the real program deadlocks\)/],
    ];
    for (const [src, message] of cases) {
      const r = run(src);
      assert.equal(r.status, 2, src);
      assert.match(r.stderr, message);
    }
  });
});
