// Which std iterator calls hand on what their iterator lends (signatures.ts): only from a value
// whose every lifetime is a loan it holds, so that no `'static` data or closure result is taken
// for a borrow of the receiver.
import * as assert from 'node:assert/strict';
import type { Operand } from '../../server/src/engine/mir/syntax';
import { resultFromReceiver, resultFromReferent } from '../../server/src/engine/borrowck/signatures';
import { STR } from '../../server/src/engine/typeck/ty';
import { i32, lineSpan, refTo, types, unit } from './bodies';

function stdMethod(name: string, mode: 'value' | 'ref' | 'refMut'): Operand {
  const def = { name, std: true, kind: 'fn', node: { sig: { selfParam: { kind: 'SelfParam', mode, isMut: false }, params: [] } } };
  return { kind: 'constant', constant: { value: { kind: 'fn', def, args: [] } as never, ty: unit, span: lineSpan(0) } };
}

const std = (name: string, args = [] as Parameters<typeof types.adt>[1]) => types.adt({ name, std: true }, args);

describe('borrowck: std iterator results and what they borrow', () => {
  it('a by-value method of an iterator over plain data hands on its loans (collect, max)', () => {
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('SplitWhitespace')), true);
    assert.equal(resultFromReceiver(stdMethod('max', 'value'), std('Iter', [i32])), true);
  });

  it('not over references (the items may be `&\'static`), closures or user types with lifetimes', () => {
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('Iter', [refTo(STR)])), false);
    const closure = types.closure({ name: '{{closure}}' }, { params: [], ret: i32 } as never, []);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), std('Map', [std('Iter', [i32]), closure])), false);
    assert.equal(resultFromReceiver(stdMethod('collect', 'value'), types.adt({ name: 'Mine' }, [])), false);
  });

  it('a `&self`/`&mut self` method reads the referent; a by-value one does not, and a user method never', () => {
    assert.equal(resultFromReferent(stdMethod('next', 'refMut'), std('IterMut', [i32])), true);
    assert.equal(resultFromReferent(stdMethod('collect', 'value'), std('IterMut', [i32])), false);
    assert.equal(resultFromReceiver(stdMethod('collect', 'refMut'), std('Iter', [i32])), false);
    const user: Operand = { kind: 'constant', constant: { value: { kind: 'fn', def: { name: 'next', kind: 'fn', node: { sig: { selfParam: { mode: 'refMut' } } } }, args: [] } as never, ty: unit, span: lineSpan(0) } };
    assert.equal(resultFromReferent(user, std('IterMut', [i32])), false);
  });

  it("a for loop's desugared `next` (no declaration) reads its iterator", () => {
    const next: Operand = { kind: 'constant', constant: { value: { kind: 'fn', def: { name: 'next', std: true, path: 'core::iter::Iterator::next' }, args: [] } as never, ty: unit, span: lineSpan(0) } };
    assert.equal(resultFromReferent(next, std('Iter', [i32])), true);
  });
});
