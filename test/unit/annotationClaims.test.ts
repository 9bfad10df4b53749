import * as assert from 'node:assert/strict';
import type { Trace, Step, TraceEvent, RunEnd } from '../../protocol/trace';
import { TRACE_VERSION } from '../../protocol/trace';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { parseAnnotations, checkClaims, snapshotSteps } from '../../server/src/engine/annotations';
import type { LayoutLookup } from '../../server/src/engine/annotations';
import { StepTable } from '../../protocol/stepTable';

function step(line: number, events: TraceEvent[] = [], depth = 1, thread = 0): Step {
  return { line, column: 5, endLine: line, endColumn: 10, thread, depth, events, deltas: [] };
}

function drop(what: string, type = 'Noisy', reason: 'scope-end' | 'explicit' | 'owner' = 'scope-end'): TraceEvent {
  return { kind: 'drop', what, type, reason, detail: '' };
}

function trace(steps: Step[], extra: Partial<Trace> = {}): Trace {
  return {
    version: TRACE_VERSION, file: 't.rs', entry: 'main', steps: StepTable.of(steps), output: [], leaks: [],
    end: { kind: 'exit', status: 0 }, threads: [{ id: 0, name: 'main', stackBudget: 8388608 }],
    checkpoints: [], snapshots: [], ...extra,
  };
}

/** The messages of the diagnostics the claims of `src` produce, as `line: severity code: message` (1-based lines). */
function check(src: string, t: Trace | undefined, layoutOf?: LayoutLookup) {
  const set = parseAnnotations(parseRust(src));
  assert.deepEqual(set.diagnostics, []);
  const { verdicts, diagnostics } = checkClaims(set.claims, { ...(t ? { trace: t } : {}), ...(layoutOf ? { layoutOf } : {}) });
  return {
    verdicts: verdicts.map((v) => `${v.status}: ${v.message}`),
    diagnostics: diagnostics.map((d) => `${d.span.start.line + 1}: ${d.severity} ${d.code}: ${d.message}`),
  };
}

const DROPS = [
  'fn main() {',                          // 1
  '    let a = Noisy;',                   // 2
  '    let b = Noisy;',                   // 3
  '    // @mem expect drops b, a',        // 4
  '}',                                    // 5
].join('\n');

describe('annotations: claim checking', () => {
  before(() => initParser());

  it('a right drop claim is silent and confirmed', () => {
    const r = check(DROPS, trace([step(2), step(3), step(5, [drop('b'), drop('a')])]));
    assert.deepEqual(r.diagnostics, []);
    assert.deepEqual(r.verdicts, ['confirmed: drops `b`, `a`']);
  });

  it('a wrong drop claim says what really drops', () => {
    const r = check(DROPS, trace([step(2), step(3), step(5, [drop('a'), drop('b')])]));
    assert.deepEqual(r.diagnostics, ['4: warning annotation-failed: drops `a`, `b`, not `b`, `a`']);
    const one = check('fn main() {\n    // @mem expect drops b\n    drop(e);\n}\n', trace([step(3, [drop('e', 'Noisy', 'explicit')])]));
    assert.deepEqual(one.diagnostics, ['2: warning annotation-failed: drops `e`, not `b`']);
  });

  it('matches a value without binding by its type, and ignores parts dropped with their owner', () => {
    const src = 'fn main() {\n    let _ = make(); // @mem expect drops Noisy\n    let v = vec![Noisy]; // @mem expect drops v\n}\n';
    const r = check(src, trace([
      step(2, [drop('temporary', 'crate::Noisy', 'scope-end')]),
      step(3, [drop('v', 'Vec<Noisy>', 'explicit'), drop('v[0]', 'Noisy', 'owner')]),
    ]));
    assert.deepEqual(r.diagnostics, []);
  });

  it('counts only the drops of the line\'s own frame, for every run of the line', () => {
    const src = 'fn main() {\n    for i in 0..2 {\n        f(); // @mem expect drops x\n    }\n}\n';
    const ok = check(src, trace([step(2), step(3, [drop('x')]), step(9, [drop('inner')], 2), step(3), step(2), step(3, [drop('x')])]));
    assert.deepEqual(ok.diagnostics, []);
    assert.deepEqual(ok.verdicts, ['confirmed: drops `x` each of the 2 times line 3 runs']);
    const bad = check(src, trace([step(2), step(3, [drop('x')]), step(2), step(3, [])]));
    assert.deepEqual(bad.diagnostics, ['3: warning annotation-failed: drops nothing on run 2 of 2 of this line, not `x`']);
  });

  it('a line that never runs fails, unless the simulation stopped before it', () => {
    const src = 'fn main() {\n    if false {\n        g(); // @mem expect drops y\n    }\n}\n';
    assert.deepEqual(check(src, trace([step(2)])).diagnostics, ['3: warning annotation-failed: line 3 never runs, so it drops nothing, not `y`']);
    const stopped: RunEnd = { kind: 'unsupported', status: 2, what: 'async blocks', line: 2, column: 5 };
    assert.deepEqual(check(src, trace([step(2)], { end: stopped })).diagnostics, [
      '3: information annotation-unchecked: cannot check the drops: line 3 was not reached; the simulation stopped at line 2 (async blocks)',
    ]);
  });

  it('leak and no-leak', () => {
    const leaking = trace([step(1)], { leaks: [{ block: 1, type: 'Node', size: 40, line: 7 }, { block: 2, type: 'Node', size: 40, line: 8 }] });
    assert.deepEqual(check('// @mem expect leak\nfn main() {}\n', leaking).diagnostics, []);
    assert.deepEqual(check('// @mem expect no-leak\nfn main() {}\n', leaking).diagnostics, [
      '1: warning annotation-failed: the run leaks 80 bytes in 2 heap blocks (`Node` from line 7, `Node` from line 8)',
    ]);
    assert.deepEqual(check('// @mem expect leak\nfn main() {}\n', trace([step(1)])).diagnostics, [
      '1: warning annotation-failed: the run frees every heap block it allocates',
    ]);
  });

  it('panic, with the message as a substring like #[should_panic(expected)]', () => {
    const end: RunEnd = { kind: 'panic', status: 101, message: 'already borrowed: BorrowMutError', line: 4, column: 9, thread: 'main' };
    const panicking = trace([step(4, [{ kind: 'panic', message: 'already borrowed: BorrowMutError', thread: 'main' }])], { end });
    assert.deepEqual(check('// @mem expect panic "already borrowed"\nfn main() {}\n', panicking).diagnostics, []);
    assert.deepEqual(check('// @mem expect panic\nfn main() {}\n', panicking).diagnostics, []);
    assert.deepEqual(check('// @mem expect panic "index out of bounds"\nfn main() {}\n', panicking).diagnostics, [
      '1: warning annotation-failed: the run panics with `already borrowed: BorrowMutError`, which does not contain `index out of bounds`',
    ]);
    assert.deepEqual(check('// @mem expect panic\nfn main() {}\n', trace([step(1)])).diagnostics, [
      '1: warning annotation-failed: the run ends normally (exit status 0), without a panic',
    ]);
  });

  it('overflow', () => {
    const end: RunEnd = { kind: 'overflow', status: 134, thread: 'main', line: 3, column: 5, frameSize: 4096, depth: 2047, budget: 8388608 };
    assert.deepEqual(check('// @mem expect overflow\nfn main() {}\n', trace([step(3)], { end })).verdicts, [
      'confirmed: thread `main` overflows its 8 MiB stack at line 3, depth 2047',
    ]);
    assert.deepEqual(check('// @mem expect overflow\nfn main() {}\n', trace([step(3)])).diagnostics, [
      '1: warning annotation-failed: the run ends normally (exit status 0), without a stack overflow',
    ]);
  });

  it('output: a whole printed line', () => {
    const t = trace([step(2)], { output: [{ step: 0, stream: 'stdout', text: 'hello\n' }, { step: 0, stream: 'stdout', text: 'dropping a\n' }] });
    assert.deepEqual(check('// @mem expect output "dropping a"\nfn main() {}\n', t).diagnostics, []);
    assert.deepEqual(check('// @mem expect output "dropping b"\nfn main() {}\n', t).diagnostics, [
      '1: warning annotation-failed: the program never prints `dropping b`: it prints `hello`, `dropping a`',
    ]);
    assert.deepEqual(check('// @mem expect output "dropping"\nfn main() {}\n', t).diagnostics.length, 1);
  });

  it('size claims read the layouts', () => {
    const layoutOf: LayoutLookup = (type) => (type === 'Vec<u8>' ? { size: 24, align: 8 } : { unknown: `\`${type}\` is not defined in this file` });
    const src = '// @mem expect size Vec<u8> = 24\n// @mem expect size Vec < u8 > = 16\n// @mem expect size Vec<u8> = 24 align 4\n// @mem expect size Foo = 1\nfn main() {}\n';
    assert.deepEqual(check(src, undefined, layoutOf).diagnostics, [
      '2: warning annotation-failed: `Vec<u8>` is 24 bytes, not 16',
      '3: warning annotation-failed: `Vec<u8>` is 24 bytes with align 8, not 24 with align 4',
      '4: information annotation-unchecked: cannot check the size of `Foo`: `Foo` is not defined in this file',
    ]);
  });

  it('run claims without a trace are unchecked', () => {
    assert.deepEqual(check('// @mem expect leak\nfn main() {}\n', undefined).diagnostics, [
      '1: information annotation-unchecked: cannot check: the program was not simulated',
    ]);
  });

  it('snapshots take the first step at their line', () => {
    const set = parseAnnotations(parseRust('fn main() {\n    let a = 1; // @mem snapshot one\n    // @mem snapshot\n    let b = 2;\n    // @mem snapshot never\n    if false { x(); }\n}\n'));
    const points = set.snapshots.map((p, i) => (i === 2 ? { ...p, line: 20 } : p));
    const r = snapshotSteps(trace([step(2), step(4), step(2), step(4)]), points);
    assert.deepEqual(r.snapshots, [{ label: 'one', line: 2, step: 0 }, { label: 'line 4', line: 4, step: 1 }]);
    assert.deepEqual(r.diagnostics.map((d) => d.message), ['the snapshot `never` is never reached: line 21 does not run in the simulation']);
  });
});
