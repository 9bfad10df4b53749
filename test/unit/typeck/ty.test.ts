import * as assert from 'node:assert/strict';
import { InferTable } from '../../../server/src/engine/typeck/infer';
import { typeName } from '../../../server/src/engine/typeck/print';
import { Interner } from '../../../server/src/engine/typeck/interner';
import { BOOL, CHAR, ERROR, FLOATS, INTS, NEVER, STR, substitute, type Def, type Ty } from '../../../server/src/engine/typeck/ty';

const vec: Def = { name: 'Vec', path: 'alloc::vec::Vec' };
const option: Def = { name: 'Option', path: 'core::option::Option' };
const box: Def = { name: 'Box', path: 'alloc::boxed::Box' };
const list: Def = { name: 'List', path: 'prog::List' };
const fnTrait: Def = { name: 'Fn', path: 'core::ops::function::Fn' };
const send: Def = { name: 'Send', path: 'core::marker::Send' };
const iterator: Def = { name: 'Iterator', path: 'core::iter::traits::iterator::Iterator' };

describe('typeck: types', () => {
  it('interns structurally equal types to one object', () => {
    const tcx = new Interner();
    assert.equal(tcx.adt(vec, [INTS.i32]), tcx.adt(vec, [INTS.i32]));
    assert.notEqual(tcx.adt(vec, [INTS.i32]), tcx.adt(vec, [INTS.u32]));
    assert.equal(tcx.ref(STR), tcx.ref(STR, false));
    assert.notEqual(tcx.ref(STR), tcx.ref(STR, true));
    assert.equal(tcx.tuple([]), tcx.unit);
    // Two definitions with the same name are still two types.
    assert.notEqual(tcx.adt(list), tcx.adt({ name: 'List' }));
  });

  it('substitutes generic parameters per instantiation', () => {
    const tcx = new Interner();
    const t = tcx.param(0, 'T');
    const generic = tcx.ref(tcx.slice(tcx.adt(option, [t])));
    assert.equal(substitute(tcx, generic, [INTS.u8]), tcx.ref(tcx.slice(tcx.adt(option, [INTS.u8]))));
  });

  it('prints types as type_name_of_val does, paths shortened', () => {
    const tcx = new Interner();
    const cases: Array<[Ty, string]> = [
      [tcx.adt(vec, [INTS.i32]), 'Vec<i32>'],
      [tcx.ref(STR), '&str'],
      [tcx.adt(option, [tcx.adt(box, [tcx.adt(list)])]), 'Option<Box<List>>'],
      [tcx.array(INTS.u64, 3), '[u64; 3]'],
      [tcx.ref(tcx.slice(INTS.u64)), '&[u64]'],
      [tcx.ref(tcx.slice(INTS.u8), true), '&mut [u8]'],
      [tcx.tuple([INTS.u8]), '(u8,)'],
      [tcx.tuple([BOOL, CHAR]), '(bool, char)'],
      [tcx.unit, '()'],
      [tcx.ptr(INTS.u8, false), '*const u8'],
      [tcx.ptr(INTS.u8, true), '*mut u8'],
      [tcx.fnPtr([INTS.i32], INTS.i32), 'fn(i32) -> i32'],
      [tcx.fnPtr([], tcx.unit), 'fn()'],
      [NEVER, '!'],
      [tcx.fnDef({ name: 'g', path: 'prog::g' }, [INTS.u8]), 'g<u8>'],
      [tcx.closure({ name: '{{closure}}', path: 'prog::main::{{closure}}' }, { params: [INTS.u8], ret: INTS.u8 }, []), '{{closure}}'],
    ];
    for (const [ty, name] of cases) assert.equal(typeName(ty), name);
  });

  it('prints dyn types with Fn sugar and associated types', () => {
    const tcx = new Interner();
    const fnI32 = { def: fnTrait, args: [tcx.tuple([INTS.i32])], assoc: [{ name: 'Output', ty: INTS.i32 }] };
    const boxed = tcx.adt(box, [tcx.dyn([fnI32, { def: send, args: [], assoc: [] }])]);
    assert.equal(typeName(boxed), 'Box<dyn Fn(i32) -> i32 + Send>');
    assert.equal(typeName(boxed, { full: true }), 'alloc::boxed::Box<dyn core::ops::function::Fn(i32) -> i32 + core::marker::Send>');
    const iter = tcx.dyn([{ def: iterator, args: [], assoc: [{ name: 'Item', ty: INTS.u8 }] }]);
    assert.equal(typeName(tcx.adt(box, [iter]), { full: true }), 'alloc::boxed::Box<dyn core::iter::traits::iterator::Iterator<Item = u8>>');
  });
});

describe('typeck: inference table', () => {
  it('binds variables through unification and resolves deeply', () => {
    const tcx = new Interner();
    const infer = new InferTable(tcx);
    const a = infer.fresh();
    const b = infer.fresh();
    assert.ok(infer.unify(tcx.adt(vec, [a]), tcx.adt(vec, [b])));
    assert.equal(typeName(tcx.adt(vec, [a]), { infer }), 'Vec<_>');
    assert.ok(infer.unify(b, INTS.u8));
    assert.equal(infer.resolve(tcx.adt(vec, [a])), tcx.adt(vec, [INTS.u8]));
  });

  it('keeps integer variables integral and falls back to i32 and f64', () => {
    const tcx = new Interner();
    const infer = new InferTable(tcx);
    const n = infer.fresh('int');
    const x = infer.fresh('float');
    const free = infer.fresh('int');
    assert.equal(typeName(n, { infer }), '{integer}');
    assert.equal(infer.unify(n, BOOL), false);
    assert.equal(infer.unify(n, FLOATS.f64), false);
    assert.equal(infer.unify(n, x), false);
    assert.ok(infer.unify(n, INTS.u64));
    const t = infer.fresh();
    assert.ok(infer.unify(t, free));
    infer.fallback();
    assert.equal(infer.resolve(n), INTS.u64);
    assert.equal(infer.resolve(t), INTS.i32);
    assert.equal(infer.resolve(x), FLOATS.f64);
  });

  it('a type variable unified with an integer variable becomes one', () => {
    const tcx = new Interner();
    const infer = new InferTable(tcx);
    const t = infer.fresh();
    const n = infer.fresh('int');
    assert.ok(infer.unify(t, n));
    assert.equal(infer.unifiable(t, STR), false);
    assert.ok(infer.unifiable(t, INTS.u16));
    assert.equal(infer.unify(t, STR), false);
  });

  it('rejects mismatches and infinite types; Error unifies with anything', () => {
    const tcx = new Interner();
    const infer = new InferTable(tcx);
    assert.equal(infer.unify(tcx.ref(INTS.i32), tcx.ref(INTS.i32, true)), false);
    assert.equal(infer.unify(tcx.array(INTS.u8, 3), tcx.array(INTS.u8, 4)), false);
    assert.equal(infer.unify(tcx.adt(vec, [INTS.u8]), tcx.adt(option, [INTS.u8])), false);
    const a = infer.fresh();
    assert.equal(infer.unify(a, tcx.adt(vec, [a])), false);
    assert.ok(infer.unify(ERROR, tcx.adt(vec, [STR])));
    const b = infer.fresh();
    assert.ok(infer.unify(tcx.adt(option, [b]), tcx.adt(option, [ERROR])));
    assert.equal(infer.resolve(b), ERROR);
  });

  it('probes without binding', () => {
    const tcx = new Interner();
    const infer = new InferTable(tcx);
    const a = infer.fresh();
    assert.ok(infer.unifiable(tcx.adt(vec, [a]), tcx.adt(vec, [STR])));
    assert.equal(infer.shallow(a), a);
    assert.equal(infer.unifiable(tcx.adt(vec, [a]), tcx.adt(option, [STR])), false);
  });

  it('gives an array length variable the other array\'s length, a const generic as rustc fixes it', () => {
    const tcx = new Interner();
    const infer = new InferTable(tcx);
    const n = tcx.param(1, 'N');
    assert.equal(typeName(tcx.array(INTS.u8, undefined, n)), '[u8; N]');
    const len = infer.fresh();
    const mapped = substitute(tcx, tcx.array(INTS.u16, undefined, n), [INTS.u8, len]);
    assert.equal(infer.unifiable(tcx.array(INTS.u8, undefined, len), tcx.array(INTS.u8, 3)), true);
    assert.ok(infer.unify(tcx.array(INTS.u8, undefined, len), tcx.array(INTS.u8, 3)));
    assert.equal(infer.resolve(mapped), tcx.array(INTS.u16, 3));
    const arrayIter: Def = { name: 'IntoIter', path: 'core::array::IntoIter' };
    assert.equal(typeName(tcx.adt(arrayIter, [INTS.u8, len]), { infer }), 'IntoIter<u8, 3>');
    assert.equal(infer.unify(tcx.array(INTS.u8, undefined, len), tcx.array(INTS.u8, 4)), false);
    // A length nothing can know (an unevaluated expression) leaves no variable to annotate.
    const open = infer.fresh();
    assert.ok(infer.unify(tcx.array(BOOL, undefined, open), tcx.array(BOOL, undefined)));
    assert.equal(infer.resolve(tcx.array(BOOL, undefined, open)), tcx.array(BOOL, undefined));
  });
});
