// The DOM-free parts of the heap graph: the layout function, the names of blocks, and the
// `{:#?}` layout of Debug text.
import * as assert from 'node:assert/strict';
import { COLUMN_GAP, layoutHeap, type LayoutBlock } from '../../media/src/heapLayout';
import { blockNames, blockTitle, joinPlace } from '../../media/src/heapNames';
import { collapseBoxes, debugElements, prettyDebug } from '../../media/src/pretty';
import type { HeapBlockState } from '../../protocol/trace';

const block = (id: number, out: [number, number][] = [], width = 100, height = 40): LayoutBlock => ({
  id,
  width,
  height,
  out: out.map(([to, dy]) => ({ to, dy })),
});

describe('heap layout', () => {
  it('runs a chain along one row, left to right', () => {
    const r = layoutHeap([block(1, [[2, 30]]), block(2, [[3, 30]]), block(3)], [{ to: 1, y: 20 }]);
    const [a, b, c] = [1, 2, 3].map((id) => r.pos.get(id)!);
    assert.deepEqual([a!.column, b!.column, c!.column], [0, 1, 2]);
    assert.equal(b!.x, a!.x + 100 + COLUMN_GAP);
    assert.equal(a!.y, b!.y);
    assert.equal(b!.y, c!.y);
  });

  it('places the children of a buffer in the order of its slots, each lower than the one before', () => {
    const buffer = block(1, [[4, 30], [2, 52], [3, 74]], 120, 100);
    const r = layoutHeap([buffer, block(2), block(3), block(4)], [{ to: 1, y: 10 }]);
    const ys = [4, 2, 3].map((id) => r.pos.get(id)!.y);
    assert.ok(ys[0]! < ys[1]! && ys[1]! < ys[2]!, `slot order kept: ${ys}`);
    for (const id of [2, 3, 4]) assert.equal(r.pos.get(id)!.column, 1);
  });

  it('places a block reached twice once, beside its first referrer, and unreached blocks too', () => {
    const r = layoutHeap([block(1, [[3, 20]]), block(2, [[3, 20]]), block(3), block(9)], [{ to: 1, y: 0 }, { to: 2, y: 200 }]);
    assert.equal(r.parent.get(3), 1);
    assert.equal(r.pos.size, 4);
    assert.equal(r.pos.get(9)!.column, 0);
    // Blocks of one column never overlap.
    const col0 = [1, 2, 9].map((id) => r.pos.get(id)!.y).sort((a, b) => a - b);
    for (let i = 1; i < col0.length; i++) assert.ok(col0[i]! >= col0[i - 1]! + 40);
  });

  it('keeps each block at least as low as at the last step, and the trees in their order', () => {
    // Three strings owned by stack rows 0, 30, 60; the first is then freed and its row goes.
    const first = layoutHeap([block(1), block(2), block(3)], [{ to: 1, y: 14 }, { to: 2, y: 74 }, { to: 3, y: 134 }]);
    const before = new Map([...first.pos].map(([id, p]) => [id, p.y]));
    const next = layoutHeap([block(2), block(3)], [{ to: 2, y: 44 }, { to: 3, y: 104 }], [], before);
    assert.equal(next.pos.get(2)!.y, before.get(2), 'block 2 does not move up into the gap');
    assert.equal(next.pos.get(3)!.y, before.get(3));
    // A new pointer above the others (a thread's column) does not pull its old block up or push the others down.
    const moved = layoutHeap([block(1), block(2), block(3)], [{ to: 3, y: 0 }, { to: 1, y: 14 }, { to: 2, y: 74 }], [], before);
    for (const id of [1, 2, 3]) assert.equal(moved.pos.get(id)!.y, before.get(id), `block ${id} stays`);
    // Without a last step, the new pointer's block goes first.
    const fresh = layoutHeap([block(1), block(2), block(3)], [{ to: 3, y: 0 }, { to: 1, y: 14 }, { to: 2, y: 74 }]);
    assert.ok(fresh.pos.get(3)!.y < fresh.pos.get(1)!.y);
    // Rows that grow push blocks down as before.
    const down = layoutHeap([block(1), block(2), block(3)], [{ to: 1, y: 100 }, { to: 2, y: 174 }, { to: 3, y: 234 }], [], before);
    assert.deepEqual([1, 2, 3].map((id) => down.pos.get(id)!.y), [86, 160, 220]);
  });

  it('lays out a list of 20,000 boxes without running out of stack, and keeps columns from shrinking', () => {
    const blocks: LayoutBlock[] = [];
    for (let i = 1; i <= 20_000; i++) blocks.push(block(i, i < 20_000 ? [[i + 1, 20]] : []));
    const r = layoutHeap(blocks, [{ to: 1, y: 0 }]);
    assert.equal(r.pos.get(20_000)!.column, 19_999);
    const widths: number[] = [];
    layoutHeap([block(1, [], 300)], [{ to: 1, y: 0 }], widths);
    layoutHeap([block(1, [], 120)], [{ to: 1, y: 0 }], widths);
    assert.equal(widths[0], 300);
  });
});

describe('heap block names', () => {
  const b = (id: number, type: string, points: HeapBlockState['points'], extra: Partial<HeapBlockState> = {}): HeapBlockState => ({
    id, type, size: 16, line: 1, value: '', points, ...extra,
  });
  const owner = (id: number, via = '') => ({ target: { kind: 'block' as const, id }, kind: 'owner' as const, via });

  it('names buffers by their vector and pointees by the pointer, in Rust place syntax', () => {
    const frames = [{ id: 1, thread: 0, fn: 'main', callLine: 0, size: 64, vars: [
      { id: 1, name: 'list', type: 'List', size: 16, value: '', points: [owner(1, '1')] },
      { id: 2, name: 'words', type: 'Vec<String>', size: 24, value: '', points: [owner(3)] },
    ] }];
    const blocks = [
      b(1, 'List', [owner(2, '1')]),
      b(2, 'List', []),
      b(3, '[String]', [owner(4, '[0]')], { len: 1, capacity: 4 }),
      b(4, 'str', [], { len: 5, capacity: 8 }),
    ];
    const names = blockNames(frames, blocks);
    assert.deepEqual(names.get(1), { title: 'List', owner: '*list.1' });
    assert.deepEqual(names.get(2), { title: 'List', owner: '*(*list.1).1' });
    assert.deepEqual(names.get(3), { title: '[String; 4]', owner: 'of words' });
    assert.deepEqual(names.get(4), { title: '[u8; 8]', owner: 'of words[0]' });
    assert.equal(joinPlace('*a', 'next'), '(*a).next');
    assert.equal(blockTitle(b(5, 'RcBox<Node>', [])), 'RcBox<Node>');
  });
});

describe('{:#?} layout of Debug text', () => {
  it('indents nested values by four spaces with trailing commas, string literals kept whole', () => {
    assert.equal(
      prettyDebug('Guard { name: "a, {b}", inner: Some((1, \'}\')), v: [] }'),
      'Guard {\n    name: "a, {b}",\n    inner: Some(\n        (\n            1,\n            \'}\',\n        ),\n    ),\n    v: [],\n}',
    );
    assert.equal(prettyDebug('7.14'), '7.14');
  });

  it('splits a list into its elements and writes boxes as arrows', () => {
    assert.deepEqual(debugElements('["alpha", "be,ta", … 3 more]'), ['"alpha"', '"be,ta"', '… 3 more']);
    assert.equal(debugElements('Node { a: 1 }'), undefined);
    assert.equal(collapseBoxes('Cons(1, Box(Cons(2, Box(Nil))))'), 'Cons(1, Box(→))');
  });
});
