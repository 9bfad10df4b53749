// A frame's composition in the trace: the frame model's parts, which sum to the frame's size.
import * as assert from 'node:assert/strict';
import type { FrameState, Trace } from '../../protocol/trace';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

const PROGRAM = `fn mix(a: u8, b: u64) -> u64 {
    let c = b * 2;
    c + a as u64
}
fn main() {
    let v = vec![1u64, 2, 3];
    let f = |x: u64| x + 1;
    let n = mix(3, v[0]) + f(4);
    println!("{}", n);
}
`;

function pushed(trace: Trace): FrameState[] {
  return trace.steps.flatMap((s) => s.deltas.flatMap((d) => (d.op === 'push-frame' ? [d.frame] : [])));
}

describe('simulator trace: frames in bytes', () => {
  let frames: FrameState[];

  before(async () => {
    await initParser();
    const r = simulate(PROGRAM, { file: 'frames.rs' });
    assert.equal(r.stdout, '10\n');
    frames = pushed(r.trace);
  });

  it('gives every frame its parts, summing to its size', () => {
    assert.deepEqual(frames.map((f) => f.fn), ['main', 'mix']);
    for (const f of frames) {
      const p = f.parts!;
      assert.ok(p, `${f.fn} has parts`);
      assert.equal(p.params + p.locals + p.temps + p.linkage + p.padding, f.size, f.fn);
      assert.equal(p.linkage, 8, 'the return address (a debug build keeps no frame pointer)');
    }
  });

  it('sizes the frame as rustc\'s debug build does, parameters with it', () => {
    const mix = frames.find((f) => f.fn === 'mix')!;
    // rustc 1.95 at -C opt-level=0 reserves `subq $24, %rsp` for `mix`, plus the return address.
    assert.equal(mix.size, 32);
    assert.ok(mix.parts!.params > 0 && mix.parts!.params <= 9, `params ${mix.parts!.params}: at most u8 + u64`);
    assert.ok(mix.parts!.padding >= 0 && mix.parts!.padding < 16, `padding ${mix.parts!.padding}`);
    const main = frames.find((f) => f.fn === 'main')!;
    assert.equal(main.parts!.params, 0);
  });
});
