import * as assert from 'node:assert/strict';
import type { StateDelta, Step, TraceEvent } from '../../protocol/trace';
import { StepTable, reviveTrace } from '../../protocol/stepTable';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

function step(line: number, extra: Partial<Step> = {}): Step {
  return { line, column: 5, endLine: line, endColumn: 9, thread: 0, depth: 1, events: [], deltas: [], ...extra };
}

const plainVar = (id: number, value: string, name = 'x'): StateDelta => ({ op: 'set-var', frame: 1, var: { id, name, type: 'u64', size: 8, value, points: [] } });

describe('the steps in memory (StepTable)', () => {
  before(() => initParser());

  it('gives back every kind of step and delta it was given', () => {
    const events: TraceEvent[] = [{ kind: 'output', stream: 'stdout', text: 'hi\n' }, { kind: 'free', block: 3 }];
    const steps: Step[] = [
      step(1, { deltas: [{ op: 'push-frame', frame: { id: 1, thread: 0, fn: 'main', callLine: 0, size: 48, vars: [] } }, plainVar(1, '0')] }),
      step(2, { deltas: [plainVar(1, '1')], events }),
      step(2, { deltas: [plainVar(1, 'ünïcode → wide'), plainVar(2, '"a"', 'y')], thread: 1, depth: 3 }),
      step(3, { deltas: [{ op: 'set-var', frame: 1, var: { id: 1, name: 'x', type: 'u64', size: 8, value: '7', points: [], moved: { to: 'f', line: 3 } } }] }),
      step(4, { deltas: [{ op: 'remove-var', frame: 1, var: 2 }, { op: 'free-block', block: 3 }, { op: 'pop-frame', frame: 1 }] }),
      step(5, { deltas: [
        { op: 'push-frame', frame: { id: 2, thread: 0, fn: 'big', callLine: 5, size: 2 ** 33, vars: [] } },
        { op: 'push-frame', frame: { id: 3, thread: 0, fn: 'f', callLine: 5, size: 64, parts: { params: 8, locals: 8, temps: 0, spills: 0, metadata: 0, linkage: 16, padding: 32 }, vars: [] } },
        { op: 'set-var', frame: 2, var: { id: 9, name: 'huge', type: '[u8; 8589934592]', size: 2 ** 33, value: '[0, 0, …]', points: [] } },
      ] }),
      step(6),
    ];
    const t = StepTable.of(steps);
    assert.equal(t.length, steps.length);
    assert.deepEqual([...t], steps);
    steps.forEach((s, i) => {
      assert.deepEqual(t.at(i), s, `step ${i}`);
      assert.equal(t.line(i), s.line);
      assert.equal(t.thread(i), s.thread);
      assert.equal(t.depth(i), s.depth);
    });
    assert.equal(t.at(steps.length), undefined);
    assert.deepEqual(t.at(-1), steps[6]);
    assert.deepEqual([...t.slice(2, 4)], steps.slice(2, 4));
    const joined = t.slice(0, 3);
    joined.append(t.slice(3));
    assert.deepEqual([...joined], steps);
  });

  it('survives a structured clone, as a worker posts it', () => {
    const t = StepTable.of([step(1, { deltas: [plainVar(1, '41')] }), step(2, { deltas: [plainVar(1, '42')], thread: 2 })]);
    const trace = reviveTrace(structuredClone({ steps: t }) as never);
    assert.ok(trace.steps instanceof StepTable);
    assert.deepEqual([...trace.steps], [...t]);
  });

  it('keeps a long simulated loop in under 40 bytes a step', () => {
    const src = 'fn main() {\n    let mut total: u64 = 0;\n    let mut i: u64 = 0;\n    while i < 50_000 {\n        total += i;\n        i += 1;\n    }\n    println!("{total}");\n}\n';
    const { trace } = simulate(src, { file: 'loop.rs', maxSteps: 1_000_000 });
    assert.equal(trace.end.kind, 'exit');
    const t = trace.steps as unknown as Record<string, unknown>;
    let bytes = 0;
    for (const v of Object.values(t)) if (ArrayBuffer.isView(v)) bytes += v.byteLength;
    assert.ok(trace.steps.length > 150_000, `${trace.steps.length} steps`);
    assert.ok(bytes / trace.steps.length < 40, `${(bytes / trace.steps.length).toFixed(1)} bytes a step in the columns`);
    const counter: string[] = [];
    for (const s of trace.steps) for (const d of s.deltas) if (d.op === 'set-var' && d.var.name === 'i') counter.push(d.var.value);
    assert.deepEqual(counter, Array.from({ length: 50_001 }, (_, k) => String(k)), 'every value of the counter, in order');
  });
});
