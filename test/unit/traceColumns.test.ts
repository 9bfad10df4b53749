import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Trace } from '../../protocol/trace';
import { decodeTrace, encodeTrace, isTraceColumns, type TraceColumns } from '../../protocol/traceColumns';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

/** What crosses the wire: the columns as JSON text, read back. */
function throughJson(trace: Trace): { json: string; back: Trace } {
  const json = JSON.stringify(encodeTrace(trace));
  const parsed: unknown = JSON.parse(json);
  assert.ok(isTraceColumns(parsed));
  return { json, back: decodeTrace(parsed) };
}

const plain = (t: Trace): Trace => JSON.parse(JSON.stringify(t)) as Trace;

describe('the trace as columns (rustmem trace --json)', () => {
  before(async () => {
    await initParser();
  });

  it('reads back every example program\'s trace exactly', () => {
    const dir = path.resolve(__dirname, '..', '..', 'examples');
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.rs'))) {
      const { trace } = simulate(fs.readFileSync(path.join(dir, f), 'utf8'), { file: f });
      assert.ok(trace.steps.length > 0, f);
      assert.deepEqual(plain(throughJson(trace).back), plain(trace), f);
    }
  });

  it('keeps threads, depths, frames, heap blocks, moves and pointers', () => {
    const src = [
      'use std::rc::Rc;',
      'fn helper(v: Vec<i32>) -> usize { let n = v.len(); n }',
      'fn main() {',
      '    let a = vec![1, 2, 3];',
      '    let r = &a;',
      '    let rc = Rc::new(String::from("x"));',
      '    let rc2 = Rc::clone(&rc);',
      '    println!("{} {}", r.len(), rc2);',
      '    let n = helper(a);',
      '    let h = std::thread::spawn(move || {',
      '        let m = n + 1;',
      '        m * 2',
      '    });',
      '    println!("{}", h.join().unwrap());',
      '}',
    ].join('\n');
    const { trace } = simulate(src, { file: 'mix.rs' });
    assert.equal(trace.end.kind, 'exit');
    const ops = new Set([...trace.steps].flatMap((s) => s.deltas.map((d) => d.op)));
    for (const op of ['push-frame', 'pop-frame', 'set-var', 'remove-var', 'set-block', 'free-block']) assert.ok(ops.has(op as never), `the program has a ${op} delta`);
    assert.ok([...trace.steps].some((s) => s.thread !== 0), 'a step on the spawned thread');
    assert.deepEqual(plain(throughJson(trace).back), plain(trace));
  });

  it('writes a long loop in under 40 bytes a step', () => {
    const src = 'fn main() {\n    let mut total: u64 = 0;\n    let mut i: u64 = 0;\n    while i < 20_000 {\n        total += i;\n        i += 1;\n    }\n    println!("{total}");\n}\n';
    const { trace } = simulate(src, { file: 'loop.rs', maxSteps: 1_000_000 });
    assert.ok(trace.steps.length > 60_000);
    const { json, back } = throughJson(trace);
    const perStep = json.length / trace.steps.length;
    assert.ok(perStep < 40, `${perStep.toFixed(1)} B per step`);
    assert.ok(JSON.stringify(trace).length / trace.steps.length > 4 * perStep, 'at least 4× smaller than the trace as objects');
    assert.deepEqual(plain(back), plain(trace));
  });

  it('refuses columns that do not fit together instead of inventing steps', () => {
    const { trace } = simulate('fn main() { let x = 1; let y = x + 1; println!("{y}"); }', { file: 'a.rs' });
    const cols = encodeTrace(trace);
    assert.equal(isTraceColumns({ ...cols, format: 'other' }), false);
    assert.equal(isTraceColumns(trace), false, 'a Trace is not its columns');
    const cut = (patch: Partial<TraceColumns['steps']>): TraceColumns => ({ ...cols, steps: { ...cols.steps, ...patch } });
    assert.throws(() => decodeTrace(cut({ deltas: cols.steps.deltas.slice(0, -1) })), /not a trace written by encodeTrace/);
    assert.throws(() => decodeTrace(cut({ values: [] })), /not a trace written by encodeTrace/);
    assert.throws(() => decodeTrace(cut({ span: [] })), /not a trace written by encodeTrace/);
  });
});
