// A buffer handed from one type to another (`String::from_utf8`, `into_boxed_str`, `into_string`,
// `into_bytes`) stays one heap block: no allocation or free at the conversion, and from that step
// on the trace, its replayed state and the panel's block names show the block as its new type.
import * as assert from 'node:assert/strict';
import type { HeapBlockState, Trace } from '../../protocol/trace';
import { replayState } from '../../protocol/replay';
import { blockNames } from '../../media/src/heapNames';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

const PROGRAM = `fn main() {
    let v = vec![104u8, 195, 169];
    let s = String::from_utf8(v).unwrap();
    let b = s.into_boxed_str();
    let t = b.into_string();
    let bytes = t.into_bytes();
    let back: String = String::from_utf8(bytes).unwrap();
    println!("{}", back);
}
`;

/** The block the variable `name` points at, right after the step that first sets it. */
function blockOf(trace: Trace, name: string): { step: number; block: HeapBlockState; title: string } {
  for (let i = 0; i < trace.steps.length; i++) {
    if (!trace.steps.at(i)!.deltas.some((d) => d.op === 'set-var' && d.var.name === name)) continue;
    const state = replayState(trace, i);
    const main = state.frames.find((f) => f.fn === 'main')!;
    const target = main.vars.find((x) => x.name === name)!.points[0]!.target;
    assert.equal(target.kind, 'block', `${name} points into the heap`);
    const block = state.blocks.find((b) => target.kind === 'block' && b.id === target.id)!;
    return { step: i, block, title: blockNames(state.frames, state.blocks).get(block.id)!.title };
  }
  throw new Error(`no step sets ${name}`);
}

describe('a buffer handed over between Vec<u8>, String and Box<str>', () => {
  let trace: Trace;
  before(async () => {
    await initParser();
    const r = simulate(PROGRAM, { file: 'handover.rs' });
    assert.equal(r.stdout, 'hé\n');
    trace = r.trace;
  });

  it('allocates once and frees once, the same block', () => {
    const mem = [];
    for (const step of trace.steps) for (const e of step.events) if (e.kind === 'alloc' || e.kind === 'realloc' || e.kind === 'free') mem.push(e);
    assert.equal(mem.length, 2, JSON.stringify(mem));
    const [alloc, free] = mem;
    assert.ok(alloc?.kind === 'alloc' && free?.kind === 'free');
    assert.deepEqual([alloc.type, alloc.size, free.block], ['[u8]', 3, alloc.block]);
  });

  it('shows the block as the type that owns it at each step', () => {
    const seen = ['v', 's', 'b', 't', 'bytes', 'back'].map((name) => ({ name, ...blockOf(trace, name) }));
    const id = seen[0]!.block.id;
    for (const x of seen) assert.equal(x.block.id, id, `${x.name} holds the first block`);
    assert.deepEqual(
      seen.map((x) => [x.name, x.block.type, x.block.capacity, x.title, x.block.value]),
      [
        ['v', '[u8]', 3, '[u8; 3]', '[104, 195, 169]'],
        ['s', 'str', 3, '[u8; 3]', '"hé"'],
        ['b', 'str', undefined, 'str', '"hé"'],
        ['t', 'str', 3, '[u8; 3]', '"hé"'],
        ['bytes', '[u8]', 3, '[u8; 3]', '[104, 195, 169]'],
        ['back', 'str', 3, '[u8; 3]', '"hé"'],
      ],
    );
    // Each conversion's step carries the block's new state (the panel redraws it from there).
    for (const x of seen.slice(1)) {
      const deltas = trace.steps.at(x.step)!.deltas;
      assert.ok(deltas.some((d) => d.op === 'set-block' && d.block.id === id && d.block.type === x.block.type), `${x.name}'s step sets the block`);
    }
  });
});
