// A guard (`Ref`, `RefMut`, `MutexGuard`, an `RwLock` guard) in the trace points at the value inside
// its cell: the variable or heap block holding the cell, with the cell's field path. The panel
// finds that cell in the owner's Debug text (`cellInside`).
import * as assert from 'node:assert/strict';
import type { Pointer, Trace } from '../../protocol/trace';
import { replayState } from '../../protocol/replay';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';
import { cellInside } from '../../media/src/pretty';

// rustc 1.95 prints "None 1 hi 3".
const PROGRAM = `use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Mutex, RwLock};
struct Node { name: String, next: RefCell<Option<i32>>, m: Mutex<u8> }
fn main() {
    let n = Node { name: String::from("a"), next: RefCell::new(None), m: Mutex::new(1) };
    let shared = Rc::new(RefCell::new(String::from("hi")));
    let table = RwLock::new(3);
    let g = n.next.borrow_mut();
    let l = n.m.lock().unwrap();
    let r = shared.borrow();
    let seen = table.read().unwrap();
    println!("{:?} {} {} {}", *g, *l, *r, *seen);
}
`;

describe('simulator trace: guards point into their cells', () => {
  let trace: Trace;
  before(async () => {
    await initParser();
    const r = simulate(PROGRAM, { file: 'guards.rs' });
    assert.equal(r.stdout, 'None 1 hi 3\n');
    trace = r.trace;
  });

  it('gives each guard a pointer to the cell inside its owner, by field path', () => {
    const printed = trace.steps.findIndex((s) => s.events.some((e) => e.kind === 'output'));
    const state = replayState(trace, printed);
    const vars = new Map(state.frames[0]!.vars.map((v) => [v.name, v]));
    const only = (name: string): Pointer => {
      const p = vars.get(name)!.points;
      assert.equal(p.length, 1, name);
      return p[0]!;
    };
    const n = vars.get('n')!.id;
    const table = vars.get('table')!.id;
    const rc = vars.get('shared')!.points[0]!.target;
    assert.equal(rc.kind, 'block');
    assert.deepEqual(only('g'), { target: { kind: 'var', id: n, cell: 'next' }, kind: 'mut-ref', via: '' });
    assert.deepEqual(only('l'), { target: { kind: 'var', id: n, cell: 'm' }, kind: 'mut-ref', via: '' });
    assert.deepEqual(only('r'), { target: { kind: 'block', id: rc.id, cell: '' }, kind: 'ref', via: '' });
    assert.deepEqual(only('seen'), { target: { kind: 'var', id: table, cell: '' }, kind: 'ref', via: '' });
    // The owners' text shows each cell with its state, where the panel finds it.
    assert.deepEqual(cellInside(vars.get('n')!.value, 'next'), { kind: 'RefCell', inner: 'None', state: 'borrowed mutably' });
    assert.deepEqual(cellInside(vars.get('n')!.value, 'm'), { kind: 'Mutex', inner: '1', state: 'locked' });
    assert.deepEqual(cellInside(vars.get('table')!.value, ''), { kind: 'RwLock', inner: '3', state: '1 reader' });
    const block = state.blocks.find((b) => b.id === rc.id)!;
    assert.deepEqual(cellInside(block.value, ''), { kind: 'RefCell', inner: '"hi"', state: '1 shared borrow' });
  });

  it('drops the pointer with the guard', () => {
    const last = replayState(trace, trace.steps.length - 1);
    for (const f of last.frames) for (const v of f.vars) assert.ok(v.points.every((p) => p.target.cell === undefined), v.name);
  });
});

describe('cellInside: a cell in Debug text', () => {
  it('reads nested fields and leaves out what is not a cell', () => {
    const text = 'Outer { a: Inner { c: RefCell { value: Some(Node { x: 1 }) } (2 shared borrows) }, d: 4 }';
    assert.deepEqual(cellInside(text, 'a.c'), { kind: 'RefCell', inner: 'Some(Node { x: 1 })', state: '2 shared borrows' });
    assert.equal(cellInside(text, 'd'), undefined);
    assert.equal(cellInside(text, 'a.x'), undefined);
    assert.equal(cellInside(text, ''), undefined, 'the value itself is no cell');
    assert.deepEqual(cellInside('Mutex { data: [1, 2] }', ''), { kind: 'Mutex', inner: '[1, 2]', state: '' });
  });
});
