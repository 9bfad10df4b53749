import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TRACE_VERSION, type HeapBlockState, type Pointer, type StateDelta, type Trace } from '../../protocol/trace';
import { StepTable } from '../../protocol/stepTable';
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

/** A trace of one step per delta. */
function traceOf(deltas: StateDelta[]): Trace {
  const steps = deltas.map((d, i) => ({ line: i + 1, column: 1, endLine: i + 1, endColumn: 2, thread: 0, depth: 1, events: [], deltas: [d] }));
  return { version: TRACE_VERSION, file: 'a.rs', entry: 'main', steps: StepTable.of(steps), output: [], leaks: [], end: { kind: 'exit', status: 0 }, threads: [], checkpoints: [], snapshots: [] };
}

const ptr = (id: number, via: string, extra: Partial<Pointer> = {}): Pointer => ({ target: { kind: 'block', id }, kind: 'owner', via, ...extra });
const vecBlock = (points: Pointer[], extra: Partial<HeapBlockState> = {}): StateDelta =>
  ({ op: 'set-block', block: { id: 7, type: '[String]', size: 96, line: 3, value: `[${points.length}]`, points, len: points.length, capacity: 4, ...extra } });

/**
 * A loop of `rustmem trace`, cut at `steps` steps: its `--json` bytes per step. `readBack`: also
 * compare the trace read back (as objects, a vector's steps each list all its pointers: quadratic).
 */
function wirePerStep(src: string, steps: number, readBack: boolean): number {
  const { trace } = simulate(src, { file: 'loop.rs', maxSteps: steps });
  assert.equal(trace.steps.length, steps);
  const { json, back } = throughJson(trace);
  if (readBack) assert.deepEqual(plain(back), plain(trace));
  return json.length / steps;
}

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

  it('writes a heap block\'s repeated record as integers and its pointers as the ones that changed', () => {
    const kinds: Pointer[] = [
      ptr(1, '[0]'), ptr(2, '[1]', { kind: 'ref', target: { kind: 'block', id: 2, index: 3 } }), ptr(3, '[2]', { kind: 'weak', dangling: true }),
      ptr(4, '[3]', { kind: 'mut-ref', target: { kind: 'var', id: 4, cell: 'a.b' } }), ptr(5, 'x', { kind: 'raw', target: { kind: 'block', id: 5, cell: '' } }),
    ];
    const deltas: StateDelta[] = [
      vecBlock([]), vecBlock([kinds[0]!]), vecBlock(kinds.slice(0, 3)), vecBlock(kinds), vecBlock(kinds, { value: 'again' }), vecBlock(kinds, { value: 'again', len: 9 }),
      vecBlock([kinds[0]!, kinds[4]!]), vecBlock([kinds[4]!, kinds[0]!, kinds[4]!]), vecBlock([]),
      // A field the integers do not carry: the delta is written whole.
      vecBlock([{ ...kinds[0]!, extra: 1 } as unknown as Pointer]), vecBlock([kinds[1]!]),
      // Another field changed: a new record, then edits of it.
      vecBlock([kinds[1]!], { line: 4 }), vecBlock([kinds[1]!, kinds[2]!], { line: 4 }), { op: 'free-block', block: 7 },
    ];
    const trace = traceOf(deltas);
    const { json, back } = throughJson(trace);
    assert.equal(JSON.stringify(back.steps), JSON.stringify(trace.steps), 'every field, in order');
    const cols = (JSON.parse(json) as TraceColumns).steps;
    assert.equal(cols.objects.length, 3, 'the first record, the one with an unknown field and the new line');
  });

  it('refuses a block edit that does not fit the block it names', () => {
    const cols = encodeTrace(traceOf([vecBlock([ptr(1, '[0]')]), vecBlock([ptr(1, '[0]'), ptr(2, '[1]')])]));
    const edit = cols.steps.deltas.indexOf(7);
    assert.ok(edit > 0, 'the second step is an edit');
    const patched = (at: number, n: number): TraceColumns => {
      const deltas = cols.steps.deltas.slice();
      deltas[at] = n;
      return { ...cols, steps: { ...cols.steps, deltas } };
    };
    // It keeps 1 of the block's 1 pointer: 2 is more than the block has.
    assert.throws(() => decodeTrace(patched(edit + 6, 2)), /keeps more than it has/);
    assert.throws(() => decodeTrace(patched(edit + 1, 1)), /not an earlier set-block/);
  });

  it('writes a Vec<String> pushed in a loop in bytes that grow with its steps, not their square', () => {
    const src = 'fn main() {\n    let mut v: Vec<String> = Vec::new();\n    loop {\n        v.push(String::from("abcdefgh"));\n    }\n}\n';
    const short = wirePerStep(src, 500, true);
    const long = wirePerStep(src, 2000, false);
    // Before, every step listed every element's pointer: 4 times the steps cost 16 times the bytes.
    assert.ok(long < 1.5 * short, `${short.toFixed(0)} B per step at 500 steps, ${long.toFixed(0)} at 2,000`);
  });

  it('writes a loop pushing onto a String in under 40 bytes a step', () => {
    const src = 'fn main() {\n    let mut s = String::new();\n    loop {\n        s.push_str("abcdefgh");\n    }\n}\n';
    const perStep = wirePerStep(src, 20_000, true);
    assert.ok(perStep < 40, `${perStep.toFixed(1)} B per step`);
  });
});
