// The borrow checker's analyses on hand-built MIR bodies: bitsets, liveness, initialisation,
// move paths, the borrow set with two-phase activations, and where loans are live.
import * as assert from 'node:assert/strict';
import { BitSet } from '../../server/src/engine/borrowck/bitSet';
import { bodyFacts } from '../../server/src/engine/borrowck/facts';
import type { Location } from '../../server/src/engine/borrowck/cfg';
import { BodyBuilder, copy, i32, int, move, ref, refTo, signatures, use, usize, vecOf } from './bodies';

const at = (block: number, index: number): Location => ({ block, index });

describe('borrowck: dataflow framework and analyses', () => {
  it('BitSet adds, removes, unions and iterates across word boundaries', () => {
    const s = new BitSet(70);
    [0, 31, 32, 69].forEach((i) => s.add(i));
    s.delete(31);
    assert.deepEqual([...s], [0, 32, 69]);
    const t = new BitSet(70);
    t.add(5);
    assert.equal(s.union(t), true);
    assert.equal(s.union(t), false);
    assert.deepEqual([...s], [0, 5, 32, 69]);
    const full = new BitSet(70);
    full.fill();
    assert.equal([...full].length, 70);
    // Bit 31 makes a word negative as a signed int: a union that adds nothing must say so.
    const high = new BitSet(64);
    high.add(31);
    assert.equal(high.union(high.clone()), false);
    assert.equal(full.union(full.clone()), false);
  });

  it('BitSet clears a range a word at a time as a bit at a time would, at every alignment', () => {
    for (let size = 1; size <= 100; size += 11) {
      for (let start = 0; start <= size; start++) {
        for (let count = 0; start + count <= size; count++) {
          const fast = new BitSet(size);
          fast.fill();
          fast.clearRange(start, count);
          const expected = Array.from({ length: size }, (_, i) => i).filter((i) => i < start || i >= start + count);
          assert.deepEqual([...fast], expected, `size ${size}, start ${start}, count ${count}`);
        }
      }
    }
  });

  it('BitSet clears a range of members, within a word and across whole words', () => {
    for (const [start, count] of [[0, 0], [3, 5], [30, 4], [0, 32], [5, 90], [32, 64], [64, 36]] as const) {
      const s = new BitSet(100);
      s.fill();
      s.clearRange(start, count);
      const expected = Array.from({ length: 100 }, (_, i) => i).filter((i) => i < start || i >= start + count);
      assert.deepEqual([...s], expected, `clearRange(${start}, ${count})`);
    }
  });

  it('liveness: a local is live from its definition to its last use, and a loop keeps it live around the back edge', () => {
    const b = new BodyBuilder();
    const x = b.user('x', i32, true);
    const y = b.user('y', i32);
    b.assign(x, use(int(1)));                       // bb0[0]
    b.assign(y, use(copy(x)));                      // bb0[1]
    const head = b.newBlock();
    const body = b.newBlock();
    const exit = b.newBlock();
    b.goto(head).enter(head).branch(copy(y), body, exit);
    b.enter(body).assign(x, use(int(2))).goto(head); // x written, never read again: dead in the loop
    b.enter(exit);
    const f = bodyFacts(b.ret(), signatures());
    assert.equal(f.live.at(at(0, 1)).has(x), true, 'x is read at bb0[1]');
    assert.equal(f.live.at(at(0, 2)).has(x), false, 'x is dead after its last read');
    assert.equal(f.live.at(at(head, 0)).has(y), true, 'y is read at the loop head on every iteration');
    assert.equal(f.live.at(at(body, 0)).has(y), true, 'around the back edge');
    assert.equal(f.live.at(at(0, 0)).has(y), false, 'y is defined at bb0[1]');
  });

  it('initialisation: maybe-init, maybe-uninit and ever-init across a branch that initialises on one side only', () => {
    const b = new BodyBuilder();
    const c = b.arg('c', i32);
    const x = b.user('x', i32);
    b.live(x);
    const then = b.newBlock();
    const join = b.newBlock();
    b.branch(copy(c), then, join);
    b.enter(then).assign(x, use(int(1))).goto(join);
    b.enter(join).assign(b.temp(i32), use(copy(x)));
    const f = bodyFacts(b.ret(), signatures());
    const root = f.moves.roots[x]!;
    const use_ = at(join, 0);
    assert.equal(f.init.maybeInit.at(use_).has(root), true);
    assert.equal(f.init.maybeUninit.at(use_).has(root), true);
    assert.equal(f.init.maybeUninit.at(at(then, 1)).has(root), false);
    assert.equal(f.init.maybeInit.at(at(0, 0)).has(f.moves.roots[c]!), true, 'arguments are initialised on entry');
    const ever = [...f.init.everInit.at(use_)].map((i) => f.moves.inits[i]!.path);
    assert.ok(ever.includes(root));
  });

  it('move paths: a move out of a local uninitialises it, and only a move the user wrote counts as one', () => {
    const b = new BodyBuilder();
    const p = b.user('q', vecOf(i32));
    const t = b.temp(vecOf(i32));
    b.assign(p, use(int(0)));
    b.assign(t, use(move(p)));
    b.assign(b.temp(i32), use(int(0)));
    const f = bodyFacts(b.ret(), signatures());
    const root = f.moves.roots[p]!;
    assert.equal(f.init.maybeUninit.at(at(0, 2)).has(root), true, 'moved out');
    assert.equal(f.init.maybeInit.at(at(0, 2)).has(root), false);
    assert.equal(f.moves.moves.filter((m) => !m.byDrop).length, 1);
  });

  it('borrow set: every `&` is a loan; a two-phase borrow is activated where its temporary is used', () => {
    const b = new BodyBuilder();
    const v = b.user('v', vecOf(i32), true);
    const t1 = b.temp(refTo(vecOf(i32), true));
    const t2 = b.temp(refTo(vecOf(i32)));
    const n = b.temp(usize);
    b.assign(v, use(int(0)));
    b.at(1).assign(t1, ref(v, 'twoPhase'));
    b.assign(t2, ref(v));
    b.call('len', [move(t2)], n, true);
    b.call('push', [move(t1), move(n)], b.temp(b.locals[0]!.ty), true);
    const f = bodyFacts(b.ret(), signatures());
    assert.equal(f.borrows.loans.length, 2);
    const [two, shared] = f.borrows.loans;
    assert.equal(two!.kind, 'twoPhase');
    assert.deepEqual(two!.activation, at(1, 0), 'activated by the `push` call');
    assert.equal(shared!.kind, 'shared');
    assert.equal(f.regions.inScope(at(0, 3)).has(two!.index), true, 'the reservation is live until the call');
    assert.equal(f.regions.inScope(at(2, 0)).has(two!.index), false, 'and over after it');
  });

  it('regions: a loan lives while a live local holds it, flows through assignments and signature-tied calls, and ends when overwritten', () => {
    const b = new BodyBuilder();
    const v = b.user('v', vecOf(i32), true);
    const a = b.user('a', i32, true);
    const r = b.user('r', refTo(i32), true);
    const firstT = b.temp(refTo(vecOf(i32)));
    const first = b.user('first', refTo(i32));
    const lenT = b.temp(refTo(vecOf(i32)));
    const n = b.user('n', usize);
    b.assign(v, use(int(0))).assign(a, use(int(1)));
    b.assign(r, ref(a));                 // L0: r holds it
    b.assign(r, ref(v));                 // L1 (type aside): r overwritten, L0 no longer held
    b.assign(firstT, ref(v));            // L2 flows into `first` through the call
    b.call('first_of', [move(firstT)], first);
    b.assign(lenT, ref(v));              // L3: `len` returns no borrow
    b.call('len', [move(lenT)], n);
    b.assign(b.temp(i32), use(copy(r)));
    b.assign(b.temp(i32), use(copy(first)));
    b.assign(b.temp(usize), use(copy(n)));
    const f = bodyFacts(b.ret(), signatures({ first_of: [0] }));
    const end = at(2, 0);
    const scope = f.regions.inScope(end);
    assert.equal(scope.has(0), false, 'L0: r was overwritten');
    assert.equal(scope.has(1), true, 'L1: r is still used');
    assert.equal(scope.has(2), true, 'L2: first = first_of(&v) is used after');
    assert.equal(scope.has(3), false, 'L3: len(&v) returns a usize');
    assert.equal(f.regions.inScope(at(2, 3)).isEmpty(), true, 'nothing is live once the last reads are done');
  });
});
