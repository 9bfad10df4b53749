// Use after move (E0382) on hand-built MIR bodies, each beside a look-alike that must get none:
// the message names the moved path, each move-out reaching the use is labelled (in a previous
// iteration of a loop when the walk crossed a back edge), one error per set of move-outs, and a
// value no move-out reached is E0381's.
import * as assert from 'node:assert/strict';
import { borrowck } from '../../server/src/engine/borrowck/check';
import type { Body } from '../../server/src/engine/mir/syntax';
import { BodyBuilder, context, copy, field, i32, int, move, pairOf, ref, refTo, toPlace, unit, use, vecOf } from './bodies';

const vec = vecOf(i32);

function check(body: Body) {
  return borrowck(body, context()).map((e) => ({ code: e.code, line: e.span.line, message: e.message, related: e.related.map((r) => `${r.span.line}: ${r.message}`) }));
}

describe('borrowck: use after move (E0382)', () => {
  it('a moved value borrowed later; assigned again in between, it is usable', () => {
    const b = new BodyBuilder();
    const v = b.user('v', vec, false, 1);
    const w = b.user('w', vec);
    b.at(1).assign(v, use(int(0)));
    b.at(2).assign(w, use(move(v)));
    b.at(3).assign(b.temp(refTo(vec)), ref(v));
    assert.deepEqual(check(b.ret()), [{
      code: 'E0382', line: 3, message: 'borrow of moved value: `v`',
      related: ['2: value moved here', '1: move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait'],
    }]);

    const ok = new BodyBuilder();
    const x = ok.user('x', vec, true, 1);
    const y = ok.user('y', vec);
    ok.at(1).assign(x, use(int(0)));
    ok.at(2).assign(y, use(move(x)));
    ok.at(3).assign(x, use(int(0)));
    ok.at(4).assign(ok.temp(refTo(vec)), ref(x));
    assert.deepEqual(check(ok.ret()), []);
  });

  it('a value moved on one branch: a use on the other branch or before the move is fine, one after the branches is not', () => {
    const build = (useAfter: boolean) => {
      const b = new BodyBuilder();
      const v = b.user('v', vec, false, 1);
      const flag = b.user('flag', i32);
      const [left, right, join] = [b.newBlock(), b.newBlock(), b.newBlock()];
      b.at(1).assign(v, use(int(0))).assign(flag, use(int(1)));
      b.at(2).assign(b.temp(refTo(vec)), ref(v));
      b.branch(copy(flag), left, right);
      b.enter(left).at(3).assign(b.temp(vec), use(move(v))).goto(join);
      b.enter(right).at(4).assign(b.temp(refTo(vec)), ref(v)).goto(join);
      b.enter(join);
      if (useAfter) b.at(5).assign(b.temp(refTo(vec)), ref(v));
      return b.ret();
    };
    assert.deepEqual(check(build(false)), []);
    assert.deepEqual(check(build(true)).map((e) => [e.code, e.line, e.message]), [['E0382', 5, 'borrow of moved value: `v`']]);
  });

  it('a move in a loop body is found again through the back edge: "in previous iteration of loop"', () => {
    const b = new BodyBuilder();
    const s = b.user('s', vec, false, 1);
    const head = b.newBlock();
    const body = b.newBlock();
    const exit = b.newBlock();
    b.at(1).assign(s, use(int(0))).goto(head);
    b.enter(head).at(2).branch(copy(b.temp(i32)), body, exit);
    b.enter(body).at(3).call('take', [move(s)], b.temp(unit)).goto(head);
    b.enter(exit).ret();
    assert.deepEqual(check(b.build()).map((e) => [e.code, e.line, e.message, e.related[0]]), [
      ['E0382', 3, 'use of moved value: `s`', '3: value moved here, in previous iteration of loop'],
    ]);
  });

  it('a partial move: the whole is "partially moved", the other field stays usable', () => {
    const pair = pairOf(vec, vec);
    const b = new BodyBuilder();
    const p = b.user('p', pair, false, 1);
    b.at(1).assign(p, use(int(0)));
    b.at(2).assign(b.user('a', vec), use(move(toPlace(p, [field(0, vec)]))));
    b.at(3).assign(b.temp(refTo(vec)), ref(toPlace(p, [field(1, vec)])));
    b.at(4).assign(b.temp(refTo(pair)), ref(p));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message, e.related]), [
      ['E0382', 4, 'borrow of partially moved value: `p`', ['2: value partially moved here']],
    ]);
  });

  it('in a loop, a pair given a value each iteration: moving one field leaves the other usable, moving one field twice is an error', () => {
    const pair = pairOf(vec, vec);
    const build = (second: 0 | 1) => {
      const b = new BodyBuilder();
      const p = b.user('p', pair, true, 1);
      const [a, c] = [b.user('a', vec), b.user('c', vec)];
      const head = b.newBlock();
      b.goto(head).enter(head).at(1).assign(p, use(int(0)));
      b.at(2).live(a).assign(a, use(move(toPlace(p, [field(1, vec)]))));
      b.at(3).live(c).assign(c, use(move(toPlace(p, [field(second, vec)]))));
      return b.dead(c).dead(a).goto(head).build();
    };
    assert.deepEqual(check(build(0)), []);
    assert.deepEqual(check(build(1)).map((e) => [e.code, e.line, e.message]), [['E0382', 3, 'use of moved value: `p.1`']]);
  });

  it('one error per set of move-outs: a second use of the same moved value is not reported again', () => {
    const b = new BodyBuilder();
    const v = b.user('v', vec, false, 1);
    b.at(1).assign(v, use(int(0)));
    b.at(2).call('take', [move(v)], b.temp(unit));
    b.at(3).assign(b.temp(refTo(vec)), ref(v));
    b.at(4).assign(b.temp(refTo(vec)), ref(v));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line]), [['E0382', 3]]);
  });

  it('assigning into a field of a moved value; a value never given a value is E0381, not E0382', () => {
    const pair = pairOf(i32, vec);
    const b = new BodyBuilder();
    const p = b.user('p', pair, true, 1);
    b.at(1).assign(p, use(int(0)));
    b.at(2).call('take', [move(p)], b.temp(unit));
    b.at(3).assign(toPlace(p, [field(0, i32)]), use(int(1)));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [['E0382', 3, 'assign to part of moved value: `p`']]);

    const u = new BodyBuilder();
    const x = u.user('x', vec, false, 1);
    u.at(2).call('take', [move(x)], u.temp(unit));
    assert.deepEqual(check(u.ret()).map((e) => [e.code, e.line, e.message]), [['E0381', 2, "used binding `x` isn't initialized"]]);
  });
});
