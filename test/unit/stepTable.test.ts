import * as assert from 'node:assert/strict';
import type { HeapBlockState, Pointer, StateDelta, Step, TraceEvent, VarState } from '../../protocol/trace';
import { StepTable, reviveTrace } from '../../protocol/stepTable';
import { initParser } from '../../server/src/engine/parse/parser';
import { simulate } from '../../server/src/engine/sim/index';

function step(line: number, extra: Partial<Step> = {}): Step {
  return { line, column: 5, endLine: line, endColumn: 9, thread: 0, depth: 1, events: [], deltas: [], ...extra };
}

const plainVar = (id: number, value: string, name = 'x'): StateDelta => ({ op: 'set-var', frame: 1, var: { id, name, type: 'u64', size: 8, value, points: [] } });

const owner = (block: number, extra: Partial<Pointer> = {}): Pointer => ({ target: { kind: 'block', id: block }, kind: 'owner', via: '', ...extra });
const stringVar = (value: string, points: Pointer[], extra: Partial<VarState> = {}): StateDelta =>
  ({ op: 'set-var', frame: 1, var: { id: 4, name: 's', type: 'String', size: 24, value, points, ...extra } });
const block = (fields: Partial<HeapBlockState>): StateDelta =>
  ({ op: 'set-block', block: { id: 1, type: 'str', size: 8, line: 5, value: '"a"', points: [], ...fields } });

/** A vector's buffer whose elements own the blocks `ids` (a `Vec<String>`). */
const vecBlock = (ids: number[], extra: Partial<HeapBlockState> = {}): StateDelta =>
  block({ id: 50, type: '[String]', size: 24 * 8, value: `[${ids.length}]`, len: ids.length, capacity: 8, points: ids.map((b, i) => owner(b, { via: `[${i}]` })), ...extra });

/** A `Vec<String>` pushed in a loop, as `rustmem trace` runs it for `steps` steps. */
const vecOfStrings = 'fn main() {\n    let mut v: Vec<String> = Vec::new();\n    loop {\n        v.push(String::from("abcdefgh"));\n    }\n}\n';

/** How many deltas the table keeps whole, as objects. */
const objectCount = (t: StepTable): number => (t as unknown as { objects: unknown[] }).objects.length;

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

  it('gives back pointer-holding variables and heap blocks repeated with new values, counts and pointers', () => {
    const rc: Partial<HeapBlockState> = { type: 'Rc<u8>', size: 17, value: '5', strong: 1, weak: 0, borrow: { shared: 1 } };
    const deltas: StateDelta[] = [
      stringVar('"a"', [owner(1)]), block({ len: 1, capacity: 8 }),
      stringVar('"ab"', [owner(1)]), block({ value: '"ab"', len: 2, capacity: 8 }),
      // The same text again, and text that is not Latin-1, in a variable and a block.
      stringVar('"ab"', [owner(1)]), block({ value: '"ab"', len: 2, capacity: 8 }),
      stringVar('"→ü"', [owner(1)]), block({ value: '"→ü"', len: 5, capacity: 8 }),
      // The pointer changes (a new buffer, an element, a guard's cell, dangling), then repeats.
      stringVar('"abc"', [owner(2)]), stringVar('"abcd"', [owner(2)]),
      stringVar('"x"', [owner(2, { target: { kind: 'block', id: 2, index: 1 } })]), stringVar('"y"', [owner(2, { target: { kind: 'block', id: 2, index: 1 } })]),
      stringVar('"x"', [owner(2, { target: { kind: 'var', id: 1, cell: '' }, kind: 'ref' })]), stringVar('"z"', [owner(2, { dangling: true })]),
      stringVar('"z"', [owner(2), owner(3, { via: 'next' })]), stringVar('"w"', [owner(2), owner(3, { via: 'next' })]),
      // Moved out: the move repeats, then it changes.
      stringVar('"m"', [owner(2)], { moved: { to: 'f', line: 3 } }), stringVar('"n"', [owner(2)], { moved: { to: 'f', line: 3 } }),
      stringVar('"n"', [owner(2)], { moved: { to: 'g', line: 4 } }),
      // Another frame, another name or type: another variable.
      { op: 'set-var', frame: 2, var: { id: 4, name: 's', type: 'String', size: 24, value: '"q"', points: [owner(2)] } },
      stringVar('"q"', [owner(2)], { name: 't' }), stringVar('"q"', [owner(2)], { type: '&str', size: 16 }),
      // The block's len disappears and comes back, its size grows past int32, its fields come in another order.
      block({ value: '[..]' }), block({ value: '[...]' }), block({ len: 3, capacity: 4 }), block({ len: 4, capacity: 2 ** 31 }),
      block({ size: 2 ** 33 }), block({ size: 8 }), { op: 'set-block', block: { value: '"b"', id: 1, type: 'str', size: 8, line: 5, points: [] } },
      block({ line: 6 }), block({ points: [owner(3)] }), block({ points: [owner(3)], value: 'p' }), block({ dropped: true }), block({ freed: true }),
      // Rc counts and a RefCell's borrow state.
      block(rc), block({ ...rc, strong: 2, weak: 1 }), block({ ...rc, strong: 3, borrow: { shared: 2 } }), block({ ...rc, borrow: 'mutable' }),
      block({ ...rc, borrow: 'mutable', value: '6' }), block({ ...rc, concrete: 'Dog' }), block({ ...rc, concrete: 'Cat' }),
      { op: 'free-block', block: 1 }, { op: 'remove-var', frame: 1, var: 4 },
    ];
    const steps = deltas.map((d, i) => step(i + 1, { deltas: [d] }));
    const t = StepTable.of(steps);
    assert.deepEqual([...t], steps);
    // Field by field and in the same order (what `rustmem trace --json` writes).
    assert.equal(JSON.stringify(t), JSON.stringify(steps));
    steps.forEach((s, i) => assert.deepEqual(Object.keys(t.at(i)!.deltas[0]!), Object.keys(s.deltas[0]!), `step ${i}`));
    const noLen = t.at(deltas.indexOf(deltas.find((d) => d.op === 'set-block' && d.block.value === '[...]')!))!.deltas[0]!;
    assert.ok(noLen.op === 'set-block' && !('len' in noLen.block) && !('capacity' in noLen.block));
    // A repeat with only a new value or new counts is no object of its own.
    assert.ok(objectCount(t) < deltas.length - 12, `${objectCount(t)} objects for ${deltas.length} deltas`);
    const cloned = reviveTrace(structuredClone({ steps: t }) as never);
    assert.equal(JSON.stringify(cloned.steps), JSON.stringify(steps));
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

  it('keeps no object a step for a loop that pushes onto a String', () => {
    const src = 'fn main() {\n    let mut s = String::new();\n    let mut i = 0;\n    while i < 20_000 {\n        s.push_str("abcdefgh");\n        i += 1;\n    }\n    println!("{}", s.len());\n}\n';
    const { trace } = simulate(src, { file: 'push.rs', maxSteps: 1_000_000 });
    assert.equal(trace.end.kind, 'exit');
    assert.deepEqual(trace.output.map((o) => o.text).join(''), '160000\n');
    assert.ok(trace.steps.length > 60_000, `${trace.steps.length} steps`);
    assert.ok(objectCount(trace.steps) < 10, `${objectCount(trace.steps)} delta objects`);
    const lens: number[] = [];
    const values: string[] = [];
    for (const s of trace.steps) {
      for (const d of s.deltas) {
        if (d.op === 'set-block') lens.push(d.block.len!);
        if (d.op === 'set-var' && d.var.name === 's') {
          values.push(d.var.value);
          // `String::new()` allocates nothing: the first value holds no pointer.
          assert.deepEqual(d.var.points, values.length === 1 ? [] : [{ target: { kind: 'block', id: 1 }, kind: 'owner', via: '' }]);
        }
      }
    }
    assert.deepEqual(lens, Array.from({ length: 20_000 }, (_, k) => 8 * (k + 1)), 'every length of the buffer, in order');
    // The variable is set again while its shortened text still changes.
    assert.deepEqual(values.slice(0, 3), ['""', '"abcdefgh"', '"abcdefghabcdefgh"']);
  });

  it('keeps a block whose pointers change as the pointers that changed', () => {
    const lists: number[][] = [[], [1], [1, 2], [1, 2, 3], [1, 2], [1, 9, 3].slice(0, 2), [1, 9], [7, 1, 9], [7, 9], [7, 9, 4, 5], [5], []];
    for (let n = 1; n <= 60; n++) lists.push(Array.from({ length: n }, (_, k) => 100 + k));
    // Inserting at the front again and again: the list is kept whole now and then, so rebuilding it stays short.
    for (let n = 1; n <= 5; n++) lists.push([...Array.from({ length: n }, (_, k) => 300 - k), ...lists[lists.length - 1]!.slice(n - 1)]);
    const steps = lists.map((ids, i) => step(i + 1, { deltas: [vecBlock(ids)] }));
    steps.push(step(99, { deltas: [vecBlock([3], { value: '[3]', points: [owner(3, { target: { kind: 'block', id: 3, index: 2 }, dangling: true, via: '[0]' })] })] }));
    const t = StepTable.of(steps);
    assert.equal(JSON.stringify(t), JSON.stringify(steps));
    assert.equal(objectCount(t), 1, 'one whole record, then edits');
    const kept = (t as unknown as { listPointers: unknown[] }).listPointers.length;
    const all = lists.reduce((n, l) => n + l.length, 0);
    assert.ok(kept < all / 3, `${kept} pointers kept for ${all} in the lists`);
    const cloned = reviveTrace(structuredClone({ steps: t }) as never);
    assert.equal(JSON.stringify(cloned.steps), JSON.stringify(steps));
    assert.equal(JSON.stringify(t.slice(40)), JSON.stringify(steps.slice(40)));
  });

  it('keeps a Vec<String> pushed in a loop in memory that grows with its steps, not their square', () => {
    const perStep = (steps: number): number => {
      const { trace } = simulate(vecOfStrings, { file: 'v.rs', maxSteps: steps });
      assert.equal(trace.steps.length, steps);
      const t = trace.steps as unknown as Record<string, unknown>;
      let bytes = 0;
      for (const v of Object.values(t)) bytes += ArrayBuffer.isView(v) ? v.byteLength : Array.isArray(v) ? JSON.stringify(v).length : 0;
      return bytes / steps;
    };
    const short = perStep(500);
    const long = perStep(2000);
    // Before, every step listed every element's pointer: 4 times the steps cost 16 times the bytes.
    assert.ok(long < 1.5 * short, `${short.toFixed(0)} B per step at 500 steps, ${long.toFixed(0)} at 2,000`);
  });
});
