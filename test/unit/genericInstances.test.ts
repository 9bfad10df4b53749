// A generic function's frame is its instantiation's: each call gets the frame rustc's debug build
// lays out for that instance, and names its bindings with the instance's types. The sizes are
// rustc 1.95's for test/golden/programs/core/generic_instances.rs, by instance (the frames golden
// names instances alike); `scripts/check/instanceFrames.ts` prints them again from the build.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';
import type { Trace } from '../../protocol/trace';

const PROGRAM = path.join(__dirname, '..', 'golden', 'programs', 'core', 'generic_instances.rs');

/** The frame size of each call of `fn`, in call order. */
function callSizes(trace: Trace, fn: string): number[] {
  const out: number[] = [];
  for (const step of trace.steps) for (const e of step.events) if (e.kind === 'call' && e.fn === fn) out.push(e.size);
  return out;
}

/** The type the trace gives each variable called `name` when it is first set, in order. */
function varTypes(trace: Trace, name: string): string[] {
  const seen = new Set<number>();
  const out: string[] = [];
  for (const step of trace.steps) {
    for (const d of step.deltas) {
      if (d.op !== 'set-var' || d.var.name !== name || seen.has(d.var.id)) continue;
      seen.add(d.var.id);
      out.push(d.var.type);
    }
  }
  return out;
}

describe('generic functions: a frame per instantiation', () => {
  let trace: Trace;
  before(async () => {
    await initParser();
    trace = simulate(fs.readFileSync(PROGRAM, 'utf8'), { file: path.basename(PROGRAM) }).trace;
  });

  it("gives each instance of a generic function rustc's frame for it", () => {
    // zeroed::<i32> and zeroed::<u64> (called from outer::<u64>, its parameter the caller's) call
    // nothing: a primitive's `Default` is inlined; zeroed::<String> calls String's.
    assert.deepEqual(callSizes(trace, 'zeroed'), [8, 16, 8]);
    assert.deepEqual(callSizes(trace, 'outer'), [16]);
    assert.deepEqual(callSizes(trace, 'twin'), [16]);
    assert.deepEqual(callSizes(trace, 'twin::{closure#0}'), [8]);
  });

  it('lays out each instance from its own types', () => {
    // biggest::<u8> is 128 B in rustc's build, biggest::<char> 144 B: the frame model's sizes
    // differ the same way, each within 20 %.
    const [u8Frame, charFrame] = callSizes(trace, 'biggest');
    assert.ok(u8Frame !== undefined && charFrame !== undefined);
    assert.ok(u8Frame < charFrame, `biggest::<u8> ${u8Frame} B, biggest::<char> ${charFrame} B`);
    assert.ok(Math.abs(u8Frame - 128) / 128 <= 0.2 && Math.abs(charFrame - 144) / 144 <= 0.2, `${u8Frame} B and ${charFrame} B`);
  });

  it("names a generic body's bindings with each instance's types", () => {
    assert.deepEqual(varTypes(trace, 'best'), ['Option<u8>', 'Option<char>']);
    assert.deepEqual(varTypes(trace, 'pair'), ['(u16, u16)']);
    assert.deepEqual(varTypes(trace, 'f'), ['twin<u16>::{closure}']);
  });
});
