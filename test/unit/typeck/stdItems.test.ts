// std's declarations made lazily: the build's table against the source's, a short check making
// few of std's items, and the interner rules that let std's grow while a run holds ids.
import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { lower } from '../../../server/src/engine/syntax/lower';
import { STD_SOURCE } from '../../../server/src/engine/typeck/std';
import { decodeStdDecls, encodeStdDecls, stdDeclsOf, stdProgramOf } from '../../../server/src/engine/typeck/stdTable';
import { headKey, implHeader } from '../../../server/src/engine/typeck/traits';
import { Interner } from '../../../server/src/engine/typeck/interner';
import { INTS, type Def } from '../../../server/src/engine/typeck/ty';

function stdItems() {
  return lower(parseRust(STD_SOURCE), STD_SOURCE).root.items;
}

describe('typeck: std declarations made on lookup', () => {
  before(() => initParser());

  it('the build\'s encoding gives the table and the items the source gives', () => {
    const root = stdItems();
    const fromSource = stdDeclsOf(root);
    const built = decodeStdDecls(encodeStdDecls(root, STD_SOURCE));
    assert.deepEqual(built.table, fromSource.table);
    assert.ok(fromSource.table.items.length > 800, `${fromSource.table.items.length} items`);
    for (let i = 0; i < fromSource.table.items.length; i++) assert.deepEqual(built.item(i), fromSource.item(i));
  });

  it('a lookup makes the items it reaches, not all of std', () => {
    const program = stdProgramOf(stdDeclsOf(stdItems()));
    const items = program.stdItems;
    assert.equal(items.made, 0);
    const vec = items.named('Vec');
    assert.equal(vec?.kind, 'adt');
    assert.equal(vec?.path, 'vec::Vec');
    const impls = items.implsForHead('adt:vec::Vec:Vec');
    assert.ok(impls.some((i) => i.methods.has('push')), 'Vec::push is among the impls for Vec');
    // Each impl found by its head has that head once lowered.
    for (const impl of impls) assert.equal(headKey(implHeader(program, impl).selfTy), 'adt:vec::Vec:Vec');
    const made = items.made;
    const total = program.stdItems.allImpls().length;
    assert.ok(made < total / 4, `${made} items made for Vec and its impls, of ${total} impls`);
  });
});

describe('typeck: std\'s interner under a run\'s', () => {
  const vec: Def = { name: 'Vec', path: 'vec::Vec', std: true };
  const mine: Def = { name: 'Mine', path: 'prog::Mine' };

  it('a type of std\'s parts is one object, whichever interner makes it first', () => {
    const root = new Interner();
    const run = new Interner(root);
    const fromRun = run.adt(vec, [run.param(0, 'T')]);
    // std's signature lowered after the run made the same type.
    const fromStd = root.adt(vec, [root.param(0, 'T')]);
    assert.equal(fromStd, fromRun);
    assert.equal(run.ref(fromStd, true), root.ref(fromRun, true));
    assert.ok(fromStd.id < 0, 'std\'s ids are negative');
    assert.equal(new Interner(root).adt(vec, [INTS.u8]), run.adt(vec, [INTS.u8]));
  });

  it('a run\'s own types stay the run\'s, with ids std\'s never take', () => {
    const root = new Interner();
    const run = new Interner(root);
    const other = new Interner(root);
    const v = run.infer(0, 'ty');
    const withVar = run.adt(vec, [v]);
    const user = run.adt(mine);
    assert.ok(v.id > 0 && withVar.id > 0 && user.id > 0);
    assert.notEqual(other.adt(vec, [other.infer(0, 'ty')]), withVar);
    assert.notEqual(other.adt(mine), user);
    // std keeps growing after the run took ids: no id is given twice.
    const later = [root.adt(vec, [INTS.i64]), root.tuple([INTS.u8, INTS.u16]), run.tuple([v, v])];
    const ids = new Set([v, withVar, user, ...later].map((t) => t.id));
    assert.equal(ids.size, 6);
  });
});
