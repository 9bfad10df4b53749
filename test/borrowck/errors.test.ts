// The borrow checker's errors on hand-built MIR bodies, each beside a look-alike that must get
// none: code, primary line and rustc's secondary labels.
import * as assert from 'node:assert/strict';
import { borrowck } from '../../server/src/engine/borrowck/check';
import type { Body } from '../../server/src/engine/mir/syntax';
import {
  BodyBuilder, add, context, copy, lineSpan, types, deref, field, i32, int, move, pairOf, ref, refTo, toPlace, unit, use, usize, vecOf,
} from './bodies';

function check(body: Body, table: Record<string, number[]> = {}, stores: Record<string, { from: number; into: number }[]> = {}) {
  return borrowck(body, context(table, stores)).map((e) => ({
    code: e.code,
    line: e.span.line,
    message: e.message,
    related: e.related.map((r) => `${r.span.line}: ${r.message}`),
  }));
}

const vec = vecOf(i32);

describe('borrowck: errors on MIR bodies', () => {
  it('E0384: a second assignment to an immutable local, not a deferred first one, nor a fresh `let` per iteration', () => {
    const b = new BodyBuilder();
    const x = b.user('x', i32);
    b.at(1).assign(x, use(int(5)));
    b.at(3).assign(x, use(int(6)));
    assert.deepEqual(check(b.ret()), [{
      code: 'E0384', line: 3, message: 'cannot assign twice to immutable variable `x`', related: ['1: first assignment to `x`'],
    }]);

    const d = new BodyBuilder();
    const y = d.user('y', i32);
    d.live(y).at(2).assign(y, use(int(1)));
    assert.deepEqual(check(d.ret()), []);

    const l = new BodyBuilder();
    const z = l.user('z', i32);
    const head = l.newBlock();
    l.goto(head).enter(head).live(z).assign(z, use(int(1))).dead(z).goto(head);
    assert.deepEqual(check(l.build()), []);

    // `let w;` before the loop, its one assignment in it: the next iteration assigns it again.
    const o = new BodyBuilder();
    const w = o.user('w', i32);
    const top = o.newBlock();
    o.live(w).goto(top).enter(top).at(4).assign(w, use(int(1))).goto(top);
    assert.deepEqual(check(o.build()).map((e) => [e.code, e.line, e.related]), [['E0384', 4, ['4: first assignment to `w`']]]);
  });

  it('E0384: assigning to an immutable argument', () => {
    const b = new BodyBuilder();
    const s = b.arg('s', i32);
    b.at(2).assign(s, use(int(1)));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [['E0384', 2, 'cannot assign to immutable argument `s`']]);
  });

  it('E0596: `&mut` of an immutable local or through a `&`; through a `&mut` it needs no `mut`', () => {
    const b = new BodyBuilder();
    const r = b.arg('r', refTo(vec));
    const m = b.arg('m', refTo(vec, true));
    const v = b.user('v', vec);
    b.assign(v, use(int(0)));
    b.at(2).assign(b.temp(refTo(vec, true)), ref(v, 'twoPhase'));
    b.at(3).assign(b.temp(refTo(vec, true)), ref(toPlace(r, [deref]), 'mut'));
    b.at(4).assign(b.temp(refTo(vec, true)), ref(toPlace(m, [deref]), 'mut'));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [
      ['E0596', 2, 'cannot borrow `v` as mutable, as it is not declared as mutable'],
      ['E0596', 3, 'cannot borrow `*r` as mutable, as it is behind a `&` reference'],
    ]);
  });

  it('E0594: assigning to a field of an immutable local, or through a `&`', () => {
    const b = new BodyBuilder();
    const n = b.arg('n', refTo(i32));
    const p = b.user('p', pairOf(i32, i32));
    b.at(1).assign(p, { kind: 'aggregate', aggregate: { kind: 'tuple' }, operands: [int(1), int(2)] });
    b.at(2).assign(toPlace(p, [field(0, i32)]), use(int(3)));
    b.at(3).assign(toPlace(n, [deref]), use(int(3)));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [
      ['E0594', 2, 'cannot assign to `p.0`, as `p` is not declared as mutable'],
      ['E0594', 3, 'cannot assign to `*n`, which is behind a `&` reference'],
    ]);
  });

  it('E0381: a use of a local never initialised, or initialised on one path only', () => {
    const b = new BodyBuilder();
    const x = b.user('x', i32, false, 1);
    b.live(x).at(3).assign(b.temp(i32), use(copy(x)));
    assert.deepEqual(check(b.ret()), [{
      code: 'E0381', line: 3, message: "used binding `x` isn't initialized", related: ['1: binding declared here but left uninitialized'],
    }]);

    const c = new BodyBuilder();
    const cond = c.arg('c', i32);
    const y = c.user('y', i32);
    c.live(y);
    const then = c.newBlock();
    const join = c.newBlock();
    c.branch(copy(cond), then, join);
    c.enter(then).assign(y, use(int(1))).goto(join);
    c.enter(join).at(5).assign(c.temp(i32), use(copy(y)));
    assert.deepEqual(check(c.ret()).map((e) => [e.code, e.line, e.message]), [['E0381', 5, 'used binding `y` is possibly-uninitialized']]);
  });

  it('E0499 with its labels, and none once the first borrow is last used (NLL)', () => {
    const make = (useFirstLast: boolean) => {
      const b = new BodyBuilder();
      const x = b.user('x', i32, true);
      const a = b.user('a', refTo(i32, true));
      const c = b.user('c', refTo(i32, true));
      b.assign(x, use(int(0)));
      b.at(2).assign(a, ref(x, 'mut'));
      if (!useFirstLast) b.at(3).assign(toPlace(a, [deref]), use(int(1)));
      b.at(4).assign(c, ref(x, 'mut'));
      b.at(5).assign(toPlace(c, [deref]), use(int(2)));
      if (useFirstLast) b.at(6).assign(toPlace(a, [deref]), use(int(1)));
      return b.ret();
    };
    assert.deepEqual(check(make(true)), [{
      code: 'E0499', line: 4, message: 'cannot borrow `x` as mutable more than once at a time',
      related: ['2: first mutable borrow occurs here', '6: first borrow later used here'],
    }]);
    assert.deepEqual(check(make(false)), []);
  });

  it('E0502 at a `push` while a shared borrow is live; `v.push(v.len())` (two-phase) is fine', () => {
    const b = new BodyBuilder();
    const v = b.user('v', vec, true);
    const first = b.user('first', refTo(i32));
    const t = b.temp(refTo(vec));
    const tp = b.temp(refTo(vec, true));
    b.assign(v, use(int(0)));
    b.at(2).assign(t, ref(v)).call('first_of', [move(t)], first);
    b.at(3).assign(tp, ref(v, 'twoPhase')).call('push', [move(tp), int(1)], b.temp(unit), true);
    b.at(4).assign(b.temp(i32), use(copy(toPlace(first, [deref]))));
    assert.deepEqual(check(b.ret(), { first_of: [0] }), [{
      code: 'E0502', line: 3, message: 'cannot borrow `v` as mutable because it is also borrowed as immutable',
      related: ['2: immutable borrow occurs here', '4: immutable borrow later used here'],
    }]);

    const ok = new BodyBuilder();
    const w = ok.user('w', vec, true);
    const t1 = ok.temp(refTo(vec, true));
    const t2 = ok.temp(refTo(vec));
    const n = ok.temp(usize);
    ok.assign(w, use(int(0)));
    ok.at(2).assign(t1, ref(w, 'twoPhase')).assign(t2, ref(w)).call('len', [move(t2)], n, true);
    ok.call('push', [move(t1), move(n)], ok.temp(unit), true);
    assert.deepEqual(check(ok.ret()), []);
  });

  it('E0503, E0505 and E0506: using, moving and assigning a borrowed place while the borrow is live', () => {
    const b = new BodyBuilder();
    const n = b.user('n', i32, true);
    const r = b.user('r', refTo(i32, true));
    b.assign(n, use(int(1)));
    b.at(2).assign(r, ref(n, 'mut'));
    b.at(3).assign(b.temp(i32), add(copy(n), int(1)));
    b.at(4).assign(toPlace(r, [deref]), use(int(2)));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [['E0503', 3, 'cannot use `n` because it was mutably borrowed']]);

    const m = new BodyBuilder();
    const s = m.user('s', vec);
    const q = m.user('q', refTo(vec));
    const c = m.user('c', vec);
    m.assign(s, use(int(0)));
    m.at(2).assign(q, ref(s));
    m.at(3).assign(c, use(move(s)));
    m.at(4).assign(m.temp(refTo(vec)), use(copy(q)));
    assert.deepEqual(check(m.ret()).map((e) => [e.code, e.line, e.message]), [['E0505', 3, 'cannot move out of `s` because it is borrowed']]);

    const a = new BodyBuilder();
    const x = a.user('x', i32, true);
    const y = a.user('y', refTo(i32));
    a.assign(x, use(int(1)));
    a.at(2).assign(y, ref(x));
    a.at(3).assign(x, use(int(2)));
    a.at(4).assign(a.temp(i32), use(copy(toPlace(y, [deref]))));
    a.at(5).assign(x, use(int(3)));
    assert.deepEqual(check(a.ret()).map((e) => [e.code, e.line, e.message, e.related]), [
      ['E0506', 3, 'cannot assign to `x` because it is borrowed', ['2: `x` is borrowed here', '4: borrow later used here']],
    ]);
  });

  it('E0597 at the borrow of a local that dies while a reference to it is used later; E0716 for a temporary', () => {
    const b = new BodyBuilder();
    const r = b.user('r', refTo(i32), true);
    const s = b.user('s', i32, false, 3);
    b.live(s).at(3).assign(s, use(int(5)));
    b.at(4).assign(r, ref(s));
    b.at(5).dead(s);
    b.at(6).assign(b.temp(i32), use(copy(toPlace(r, [deref]))));
    assert.deepEqual(check(b.ret()), [{
      code: 'E0597', line: 4, message: '`s` does not live long enough',
      related: ['5: `s` dropped here while still borrowed', '3: binding `s` declared here', '6: borrow later used here'],
    }]);

    // `let p = make().first();`: the receiver's temporary dies at the end of the statement.
    const t = new BodyBuilder();
    const p = t.user('p', refTo(i32));
    const tmp = t.temp(vec);
    const recv = t.temp(refTo(vec));
    t.at(2).live(tmp).call('make', [], tmp).assign(recv, ref(tmp)).call('first_of', [move(recv)], p).drop(tmp, 'temporary');
    t.dead(tmp);
    t.at(3).assign(t.temp(refTo(i32)), use(copy(p)));
    assert.deepEqual(check(t.ret(), { first_of: [0] }).map((e) => [e.code, e.line, e.message]), [['E0716', 2, 'temporary value dropped while borrowed']]);
  });

  it('E0515: returning a reference to a local', () => {
    const b = new BodyBuilder(refTo(i32));
    const s = b.user('s', i32);
    b.live(s).at(2).assign(s, use(int(1)));
    b.at(3).assign(0, ref(s));
    b.at(4).dead(s);
    assert.deepEqual(check(b.ret()), [{
      // The returned value is the borrow itself: rustc gives no "`s` is borrowed here".
      code: 'E0515', line: 3, message: 'cannot return reference to local variable `s`', related: [],
    }]);
  });

  it('E0502: a borrow through a parameter returned on one path is live on the others too (NLL problem case #3)', () => {
    const build = (returned: boolean) => {
      const b = new BodyBuilder(refTo(vec));
      const m = b.arg('m', refTo(vec, true));
      const r = b.temp(refTo(vec));
      const early = b.newBlock();
      const late = b.newBlock();
      b.at(2).assign(r, ref(toPlace(m, [deref]))).branch(int(1), early, late);
      b.enter(early).at(3).assign(0, use(copy(returned ? r : m))).terminate({ kind: 'return' });
      b.enter(late).at(5).assign(b.temp(refTo(vec, true)), ref(toPlace(m, [deref]), 'mut'));
      b.at(6).assign(0, use(copy(m)));
      return b.ret();
    };
    assert.deepEqual(check(build(true)).map((e) => [e.code, e.line, e.message]), [
      ['E0502', 5, 'cannot borrow `*m` as mutable because it is also borrowed as immutable'],
    ]);
    assert.deepEqual(check(build(false)), []);
  });

  it('E0507: moving out of a place behind a reference; copying out of it is fine', () => {
    const b = new BodyBuilder();
    const r = b.arg('r', refTo(vec));
    const n = b.arg('n', refTo(i32));
    // `let v = *r;`: the binding is declared apart from the initialiser's span.
    b.at(2).assign(b.user('v', vec, false, 1), use(move(toPlace(r, [deref]))));
    b.at(3).assign(b.user('k', i32, false, 1), use(copy(toPlace(n, [deref]))));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [
      ['E0507', 2, 'cannot move out of `*r` which is behind a shared reference'],
    ]);
  });

  it('E0507: a value moved out of what `Index::index` handed out names the indexed type', () => {
    const b = new BodyBuilder();
    const r = b.arg('r', refTo(vecOf(vec)));
    const elem = b.temp(refTo(vec));
    b.at(2).call('index', [copy(r), int(0)], elem);
    b.assign(b.user('v', vec, false, 1), use(move(toPlace(elem, [deref]))));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [['E0507', 2, 'cannot move out of index of `Vec<Vec<i32>>`']]);
  });

  it('E0507: a pattern binding that moves out of a borrowed enum is reported at the scrutinee', () => {
    const option = types.adt({ name: 'Option', std: true }, [vec]);
    const b = new BodyBuilder();
    const m = b.arg('m', refTo(option));
    b.at(3).fakeRead('forMatchedPlace', toPlace(m, [deref]));
    const s = b.user('s', vec, false, 4);
    b.at(4).assign(s, use(move(toPlace(m, [deref, { kind: 'downcast', variant: 1, name: 'Some' }, field(0, vec)]))));
    assert.deepEqual(check(b.ret()), [{
      code: 'E0507', line: 3, message: 'cannot move out of `m` as enum variant `Some` which is behind a shared reference',
      related: ['4: data moved here', '4: move occurs because `s` has type `Vec<i32>`, which does not implement the `Copy` trait'],
    }]);
  });

  it('E0508: moving an element out of an array by index, not by a constant pattern position', () => {
    const arr = types.array(vec, 2);
    const b = new BodyBuilder();
    const a = b.user('a', arr, false, 1);
    const i = b.temp(usize);
    b.at(1).assign(a, use(int(0)));
    b.at(2).assign(i, use(int(0)));
    b.assign(b.user('x', vec, false, 1), use(move(toPlace(a, [{ kind: 'index', local: i }]))));
    b.at(3).assign(b.user('y', vec, false, 1), use(move(toPlace(a, [{ kind: 'constantIndex', offset: 1, fromEnd: false, minLength: 2 }]))));
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [['E0508', 2, 'cannot move out of type `[Vec<i32>; 2]`, a non-copy array']]);
  });

  it('E0509: moving a field out of a type with its own `Drop`, not out of one without', () => {
    const guardDef = { name: 'Guard' };
    const guard = types.adt(guardDef, []);
    const plain = types.adt({ name: 'Plain' }, []);
    const b = new BodyBuilder();
    const g = b.arg('g', guard);
    const p = b.arg('p', plain);
    b.at(2).assign(b.user('n', vec, false, 1), use(move(toPlace(g, [field(0, vec, 'name')]))));
    b.at(3).assign(b.user('m', vec, false, 1), use(move(toPlace(p, [field(0, vec, 'name')]))));
    const errors = borrowck(b.ret(), { ...context(), hasDropImpl: (d) => d === guardDef });
    assert.deepEqual(errors.map((e) => [e.code, e.span.line, e.message, e.label]), [
      ['E0509', 2, 'cannot move out of type `Guard`, which implements the `Drop` trait', 'cannot move out of here'],
    ]);
  });

  it('a borrow of a constant temporary is promoted to a static: it outlives its statement', () => {
    const b = new BodyBuilder();
    const it = b.user('it', refTo(i32));
    const arr = b.temp(pairOf(i32, i32));
    const recv = b.temp(refTo(pairOf(i32, i32)));
    b.at(2).live(arr).assign(arr, { kind: 'aggregate', aggregate: { kind: 'tuple' }, operands: [int(1), int(2)] });
    b.assign(recv, ref(arr)).call('first_of', [move(recv)], it).dead(arr);
    b.at(3).assign(b.temp(refTo(i32)), use(copy(it)));
    assert.deepEqual(check(b.ret(), { first_of: [0] }), []);
  });

  it('E0597 through a container: `v.push(&x)` stores the loan of `x` in `v`', () => {
    const b = new BodyBuilder();
    const v = b.user('v', vecOf(refTo(i32)), true);
    const x = b.user('x', i32, false, 3);
    const recv = b.temp(refTo(vecOf(refTo(i32)), true));
    const arg = b.temp(refTo(i32));
    b.assign(v, use(int(0)));
    b.live(x).at(3).assign(x, use(int(1)));
    b.at(4).assign(recv, ref(v, 'twoPhase')).assign(arg, ref(x)).call('push', [move(recv), move(arg)], b.temp(unit), true);
    b.at(5).dead(x);
    b.at(6).assign(b.temp(refTo(vecOf(refTo(i32)))), ref(v));
    b.ret();
    assert.deepEqual(check(b.build(), {}, { push: [{ from: 1, into: 0 }] }).map((e) => [e.code, e.line, e.message]), [['E0597', 4, '`x` does not live long enough']]);
    assert.deepEqual(check(b.build()), [], 'without the store, nothing ties `x` to `v`');
  });

  it('E0373: a closure that borrows a local, handed to `thread::spawn`', () => {
    const b = new BodyBuilder();
    const total = b.user('total', i32, true);
    const capture = b.temp(refTo(i32, true));
    const closureTy = types.closure({ name: '{closure}' }, { params: [], ret: unit }, [refTo(i32, true)]);
    const closure = b.temp(closureTy);
    b.assign(total, use(int(0)));
    b.at(5).assign(capture, ref(total, 'mut'));
    b.assign(closure, { kind: 'aggregate', aggregate: { kind: 'closure', def: { name: '{closure}' } }, operands: [move(capture)] });
    const spawn = { name: 'spawn', path: 'std::thread::spawn', std: true, kind: 'fn', node: { sig: { params: [] } } };
    const next = b.newBlock();
    b.terminate({
      kind: 'call', func: { kind: 'constant', constant: { value: { kind: 'fn', def: spawn, args: [] }, ty: unit, span: lineSpan(5) } },
      args: [move(closure)], destination: toPlace(b.temp(unit)), target: next, unwind: { kind: 'continue' }, fromMethodCall: false,
    });
    b.enter(next);
    assert.deepEqual(check(b.ret()).map((e) => [e.code, e.line, e.message]), [
      ['E0373', 5, 'closure may outlive the current function, but it borrows `total`, which is owned by the current function'],
    ]);
  });

  it('reassigning a reference ends what it held; a body with an unsupported construct is not checked', () => {
    const b = new BodyBuilder();
    const a = b.user('a', i32, true);
    const c = b.user('c', i32);
    const r = b.user('r', refTo(i32), true);
    b.assign(a, use(int(1))).assign(c, use(int(2)));
    b.at(2).assign(r, ref(a));
    b.at(3).assign(r, ref(c));
    b.at(4).assign(a, use(int(5)));
    b.at(5).assign(b.temp(i32), use(copy(toPlace(r, [deref]))));
    assert.deepEqual(check(b.ret()), []);

    const u = new BodyBuilder();
    const x = u.user('x', i32);
    u.assign(x, use(int(1))).assign(x, use(int(2)));
    assert.equal(check(u.ret()).length, 1);
    assert.deepEqual(borrowck(u.build([{ span: u.locals[0]!.span, what: 'inline asm' }]), context()), []);
  });
});
