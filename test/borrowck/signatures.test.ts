// Which std iterator calls hand on what their iterator lends (signatures.ts): only from a value
// whose every lifetime is a loan it holds, so that no `'static` data or closure result is taken
// for a borrow of the receiver.
import * as assert from 'node:assert/strict';
import type { Operand } from '../../server/src/engine/mir/syntax';
import { resultFromReceiver, resultFromReferent } from '../../server/src/engine/borrowck/signatures';
import { STR } from '../../server/src/engine/typeck/ty';
import { i32, lineSpan, refTo, types, unit } from './bodies';

function stdMethod(name: string, mode: 'value' | 'ref' | 'refMut', paramTypes: string[] = []): Operand {
  const params = paramTypes.map((t) => ({ ty: { kind: 'PathType', path: { segments: [{ ident: { name: t } }] } } }));
  const def = { name, std: true, kind: 'fn', node: { sig: { selfParam: { kind: 'SelfParam', mode, isMut: false }, params } } };
  return { kind: 'constant', constant: { value: { kind: 'fn', def, args: [] } as never, ty: unit, span: lineSpan(0) } };
}

const std = (name: string, args = [] as Parameters<typeof types.adt>[1]) => types.adt({ name, std: true }, args);

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

  it("a for loop's desugared `next` (no declaration) reads its iterator", () => {
    const next: Operand = { kind: 'constant', constant: { value: { kind: 'fn', def: { name: 'next', std: true, path: 'core::iter::Iterator::next' }, args: [] } as never, ty: unit, span: lineSpan(0) } };
    assert.equal(resultFromReferent(next, std('Iter', [i32])), 'all');
    const closure = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    assert.equal(resultFromReferent(next, std('Filter', [std('Iter', [i32]), closure])), 'items');
    assert.equal(resultFromReferent(next, std('Map', [std('Iter', [i32]), closure])), undefined);
    assert.equal(resultFromReferent(stdMethod('find', 'refMut', ['P']), std('Filter', [std('Iter', [i32]), closure])), undefined);
  });
});
