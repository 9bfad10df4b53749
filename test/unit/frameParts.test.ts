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
  return [...trace.steps].flatMap((s) => s.deltas.flatMap((d) => (d.op === 'push-frame' ? [d.frame] : [])));
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
      assert.equal(p.params + p.locals + p.temps + p.spills + p.metadata + p.linkage + p.padding, f.size, f.fn);
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

  it("counts spill slots and fat pointers' metadata words as parts of their own", async () => {
    const r = simulate(FAT, { file: 'fat.rs' });
    assert.equal(r.stdout, 'alpha 6\n');
    const byFn = new Map(pushed(r.trace).map((f) => [f.fn, f]));
    const longest = byFn.get('longest')!;
    const total = byFn.get('total')!;
    // rustc 1.95 at -C opt-level=0: `subq $56, %rsp` for `longest`, `subq $40, %rsp` for `total`.
    assert.equal(longest.size, 64);
    assert.equal(total.size, 48);
    // `a`, `b` and the result are `&str` pairs kept in registers and spilled across blocks: each
    // slot is the pointer (8 B) and the length (8 B, the metadata); a parameter's slot is its home.
    // `a.len()` is held across the call of `b.len()` in a spill slot of its own (`32(%rsp)`).
    assert.deepEqual(longest.parts, { params: 16, locals: 0, temps: 0, spills: 16, metadata: 24, linkage: 8, padding: 0 });
    // `xs: &[u64]` is split into its fields for the loop; the slice's pointer word spills alone.
    assert.equal(total.parts!.metadata, 0);
    assert.ok(total.parts!.spills > 0, 'an SSA value live across the loop spills');
    for (const f of [longest, total]) {
      const p = f.parts!;
      assert.equal(p.params + p.locals + p.temps + p.spills + p.metadata + p.linkage + p.padding, f.size, f.fn);
    }
  });
});

const FAT = `fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}
fn total(xs: &[u64]) -> u64 {
    let mut t = 0;
    for x in xs { t += *x; }
    t
}
fn main() {
    let words = String::from("alpha beta");
    let v = vec![1u64, 2, 3];
    println!("{} {}", longest(&words[0..5], "be"), total(&v));
}
`;
