// A B-tree's nodes as the trace draws them: each node its own block, holding its own keys, with an
// owner edge to each child. (The order and sizes of the nodes' allocations are checked against
// rustc's build by the heap goldens, test/golden/programs/runtime/heap_btree_*.rs.)
import * as assert from 'node:assert/strict';
import type { HeapBlockState } from '../../protocol/trace';
import { replayState } from '../../protocol/replay';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

/** The heap at the step of the line containing `marker` (before it runs). */
function heapAt(source: string, marker: string): HeapBlockState[] {
  const line = source.split('\n').findIndex((l) => l.includes(marker)) + 1;
  assert.ok(line > 0, `marker ${marker} not in source`);
  const { trace, stdout } = simulate(source, { file: 'main.rs' });
  assert.equal(trace.end.status, 0, `run ended ${JSON.stringify(trace.end)}; stdout ${stdout}`);
  const step = trace.steps.findIndex((s) => s.line === line);
  assert.ok(step >= 0, `no step at line ${line}`);
  return replayState(trace, step).blocks;
}

describe('simulator: B-tree nodes in the trace', () => {
  before(async () => {
    await initParser();
  });

  it('splits a full leaf at the 12th key: a root with one key and edges to leaves of 6 and 5 keys', () => {
    const src = `use std::collections::BTreeMap;
fn main() {
    let mut m: BTreeMap<u32, u32> = BTreeMap::new();
    for k in 1..=12 {
        m.insert(k, k);
    }
    println!("{}", m.len()); // here
}
`;
    const blocks = heapAt(src, '// here');
    assert.equal(blocks.length, 3);
    const root = blocks.find((b) => b.size === 200);
    assert.ok(root, `no internal node among ${blocks.map((b) => b.size).join(', ')}`);
    assert.equal(root.len, 1);
    assert.equal(root.value, '{7: 7}');
    const edges = root.points.filter((p) => p.via.startsWith('edges['));
    assert.deepEqual(edges.map((p) => p.via), ['edges[0]', 'edges[1]']);
    const leaves = edges.map((p) => blocks.find((b) => p.target.kind === 'block' && b.id === p.target.id)!);
    assert.deepEqual(leaves.map((b) => [b.size, b.len]), [[104, 6], [104, 5]]);
    assert.equal(leaves[1]!.value, '{8: 8, 9: 9, 10: 10, 11: 11, 12: 12}');
  });

  it('merges the leaves back when keys are removed, freeing the emptied root', () => {
    const src = `use std::collections::BTreeSet;
fn main() {
    let mut s: BTreeSet<u8> = (0..12).collect();
    s.remove(&0);
    s.remove(&1);
    println!("{}", s.len()); // here
}
`;
    const blocks = heapAt(src, '// here');
    assert.deepEqual(blocks.map((b) => [b.size, b.len]), [[24, 10]]);
  });

  it('frees every node when the map is consumed by into_iter, and leaks nothing', () => {
    const src = `use std::collections::BTreeMap;
fn main() {
    let m: BTreeMap<u64, String> = (0..40).map(|i| (i, i.to_string())).collect();
    let mut n = 0;
    for (k, v) in m {
        n += k as usize + v.len();
    }
    println!("{}", n); // here
}
`;
    assert.deepEqual(heapAt(src, '// here'), []);
    assert.deepEqual(simulate(src, { file: 'main.rs' }).trace.leaks ?? [], []);
  });
});
