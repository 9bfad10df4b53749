// Which std iterator calls hand on what their iterator lends (signatures.ts): only from a value
// whose every lifetime is a loan it holds, so that no `'static` data or closure result is taken
// for a borrow of the receiver; from a collection's iterator over references, only the loans of
// plain data ('plain').
import * as assert from 'node:assert/strict';
import type { Operand } from '../../server/src/engine/mir/syntax';
import { resultFromReceiver, resultFromReferent, returnBorrowsFrom, returnBorrowsThrough } from '../../server/src/engine/borrowck/signatures';
import type { FnDef } from '../../server/src/engine/typeck/defs';
import { STR } from '../../server/src/engine/typeck/ty';
import { i32, lineSpan, refTo, types, unit } from './bodies';

function stdMethod(name: string, mode: 'value' | 'ref' | 'refMut', paramTypes: string[] = []): Operand {
  const params = paramTypes.map((t) => ({ ty: { kind: 'PathType', path: { segments: [{ ident: { name: t } }] } } }));
  const def = { name, std: true, kind: 'fn', node: { sig: { selfParam: { kind: 'SelfParam', mode, isMut: false }, params } } };
  return { kind: 'constant', constant: { value: { kind: 'fn', def, args: [] } as never, ty: unit, span: lineSpan(0) } };
}

const std = (name: string, args = [] as Parameters<typeof types.adt>[1]) => types.adt({ name, std: true }, args);
/** A std type by its path, as the std declarations name it (`slice::Iter`). */
const stdAt = (path: string, args = [] as Parameters<typeof types.adt>[1]) => types.adt({ name: path.split('::').pop()!, path, std: true }, args);

describe('borrowck: std iterator results and what they borrow', () => {
  it('a by-value method of an iterator over plain data hands on its loans (collect, max)', () => {
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('SplitWhitespace')), 'all');
    assert.equal(resultFromReceiver(stdMethod('max', 'value'), std('Iter', [i32])), 'all');
  });

  it('not over references (the items may be `&\'static`), closures or user types with lifetimes', () => {
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('Iter', [refTo(STR)])), undefined);
    const closure = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('Map', [std('Iter', [i32]), closure])), undefined);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), types.adt({ name: 'Mine' }, [])), undefined);
  });

  it("an adapter whose items are its inner iterator's (filter, take, rev) hands on those items' loans, not its closures'", () => {
    const closure = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    const filtered = std('Filter', [std('Iter', [i32]), closure]);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), filtered), 'items');
    assert.equal(resultFromReceiver(stdMethod('max', 'value'), std('Rev', [std('Take', [filtered])])), 'items');
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('Zip', [filtered, std('Iter', [i32])])), 'items');
  });

  it('not when a closure makes the items (map), the bottom iterator yields references, or the method takes more than counts', () => {
    const closure = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('Filter', [std('Map', [std('Iter', [i32]), closure]), closure])), undefined);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('Filter', [std('Iter', [refTo(STR)]), closure])), undefined);
    assert.equal(resultFromReceiver(stdMethod('fold', 'value', ['B', 'F']), std('Filter', [std('Iter', [i32]), closure])), undefined);
    assert.equal(resultFromReceiver(stdMethod('take', 'value', ['usize']), std('Filter', [std('Iter', [i32]), closure])), 'items');
  });

  it("through map only when its closure may return what it is given (`|x| x`), by the closure's body", () => {
    const identity = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    const literal = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    const returnsArgument = (def: unknown) => def === (identity as { def: unknown }).def;
    const mapped = (f: typeof identity) => std('Map', [std('Iter', [i32]), f]);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), mapped(identity), returnsArgument), 'items');
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), mapped(literal), returnsArgument), undefined);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), mapped(identity)), undefined);
  });

  it('a `&self`/`&mut self` method reads the referent; a by-value one does not, and a user method never', () => {
    assert.equal(resultFromReferent(stdMethod('next', 'refMut'), std('IterMut', [i32])), 'all');
    assert.equal(resultFromReferent(stdMethod('collect', 'value'), std('IterMut', [i32])), undefined);
    assert.equal(resultFromReceiver(stdMethod('collect', 'refMut'), std('Iter', [i32])), undefined);
    const user: Operand = { kind: 'constant', constant: { value: { kind: 'fn', def: { name: 'next', kind: 'fn', node: { sig: { selfParam: { mode: 'refMut' } } } }, args: [] } as never, ty: unit, span: lineSpan(0) } };
    assert.equal(resultFromReferent(user, std('IterMut', [i32])), undefined);
  });

  it("a collection's iterator over references gives its items only the loans of places that hold none ('plain')", () => {
    const overStrs = stdAt('slice::Iter', [refTo(STR)]);
    const next = stdMethod('next', 'refMut');
    assert.equal(resultFromReferent(next, overStrs), 'plain');
    assert.equal(resultFromReferent(next, std('Zip', [overStrs, stdAt('slice::Iter', [i32])])), 'plain');
    const closure = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('Filter', [overStrs, closure])), 'plain');
    // Not one whose items leave a parameter out (`Keys`), nor through a closure that makes them.
    assert.equal(resultFromReferent(next, stdAt('collections::hash_map::Keys', [refTo(STR), refTo(STR)])), undefined);
    assert.equal(resultFromReferent(next, std('Map', [overStrs, closure]), () => true), 'plain');
    assert.equal(resultFromReferent(next, std('Map', [overStrs, closure]), () => false), undefined);
  });

  it('a by-value method of an impl for `Option<&T>` returning `T` carries what the reference points to, not the reference', () => {
    const optionOf = (arg: string) => ({ kind: 'PathType', path: { segments: [{ ident: { name: 'Option' }, args: { kind: 'AngleArgs', args: [{ kind: 'TypeArg', ty: arg === '&T' ? { kind: 'RefType', ty: path('T') } : path('T') }] } }] } });
    const path = (name: string) => ({ kind: 'PathType', path: { segments: [{ ident: { name } }] } });
    const method = (selfTy: string): FnDef => ({
      kind: 'fn', name: 'copied', std: true,
      node: { sig: { selfParam: { kind: 'SelfParam', mode: 'value' }, params: [], ret: optionOf('T') } },
      generics: { names: ['T'], parent: { names: ['T'] } },
      owner: { kind: 'impl', node: { selfTy: optionOf(selfTy) } },
    }) as never;
    assert.deepEqual(returnBorrowsFrom(method('&T')), []);
    assert.deepEqual(returnBorrowsThrough(method('&T')), [0]);
    assert.deepEqual(returnBorrowsFrom(method('T')), [0]);
    assert.deepEqual(returnBorrowsThrough(method('T')), []);
  });

  it("a for loop's desugared `next` (no declaration) reads its iterator", () => {
    const next: Operand = { kind: 'constant', constant: { value: { kind: 'fn', def: { name: 'next', std: true, path: 'core::iter::Iterator::next' }, args: [] } as never, ty: unit, span: lineSpan(0) } };
    assert.equal(resultFromReferent(next, std('Iter', [i32])), 'all');
    const closure = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    assert.equal(resultFromReferent(next, std('Filter', [std('Iter', [i32]), closure])), 'items');
    assert.equal(resultFromReferent(next, std('Map', [std('Iter', [i32]), closure])), undefined);
    assert.equal(resultFromReferent(stdMethod('find', 'refMut', ['P']), std('Filter', [std('Iter', [i32]), closure])), undefined);
  });
});
