import * as assert from 'node:assert/strict';
import { isFromWebview, isInspectorViewState, isToWebview } from '../../protocol/webview';
import { appendPart, splitTrace } from '../../protocol/traceParts';
import { encodeSteps, encodeTrace } from '../../protocol/traceColumns';
import { demoTrace } from '../fixtures/inspector/demo-trace';
import { StepTable } from '../../protocol/stepTable';

describe('webview protocol guards and trace parts', () => {
  it('lets through only well-formed messages from the webview', () => {
    assert.ok(isFromWebview({ type: 'ready' }));
    assert.ok(isFromWebview({ type: 'step', step: 0, line: 3 }));
    assert.ok(isFromWebview({ type: 'reveal', line: 1 }));
    for (const m of [undefined, 7, {}, { type: 'step', step: '1', line: 3 }, { type: 'reveal', line: 0 }, { type: 'run', command: 'x' }]) {
      assert.equal(isFromWebview(m), false, JSON.stringify(m));
    }
  });

  it('lets through only well-formed messages to the webview', () => {
    assert.ok(isToWebview({ type: 'trace', uri: 'file:///a.rs', version: 1, trace: encodeTrace(demoTrace), step: 0 }));
    assert.ok(isToWebview({ type: 'steps', version: 1, part: { from: 5, steps: encodeSteps(new StepTable()), checkpoints: [] }, complete: true }));
    // Steps travel as columns only: a trace or part with a step array is not a message of this protocol.
    assert.equal(isToWebview({ type: 'trace', uri: 'file:///a.rs', version: 1, trace: demoTrace, step: 0 }), false);
    assert.equal(isToWebview({ type: 'steps', version: 1, part: { from: 5, steps: [], checkpoints: [] }, complete: true }), false);
    assert.ok(isToWebview({ type: 'goto', step: 4 }));
    assert.ok(isToWebview({ type: 'status', text: 'Simulating…', busy: true }));
    for (const m of [null, { type: 'trace', uri: 'u', step: 0, trace: '<b>' }, { type: 'goto', step: -1 }, { type: 'status', text: 3, busy: false }, { type: 'steps', version: 1, part: null, complete: true }]) {
      assert.equal(isToWebview(m), false, JSON.stringify(m));
    }
    assert.ok(isInspectorViewState({ uri: 'file:///a.rs', step: 3, line: 7 }));
    assert.equal(isInspectorViewState({ uri: 'file:///a.rs', step: -3, line: 7 }), false);
  });

  it('splits a trace only when it is long, and refuses parts out of order', () => {
    assert.equal(splitTrace(demoTrace).parts.length, 0);
    const { head, parts } = splitTrace(demoTrace, 5, 4);
    assert.deepEqual(parts.map((p) => [p.from, p.steps.length]), [[5, 4], [9, 4], [13, 4]]);
    assert.deepEqual(head.checkpoints.map((c) => c.step), []);
    assert.deepEqual(parts.map((p) => p.checkpoints.map((c) => c.step)), [[8], [], [16]]);
    const copy = { ...head, steps: head.steps.slice(), checkpoints: head.checkpoints.slice() };
    assert.equal(appendPart(copy, parts[1]!), false);
    for (const p of parts) assert.ok(appendPart(copy, p));
    assert.deepEqual(JSON.parse(JSON.stringify(copy)), JSON.parse(JSON.stringify(demoTrace)));
  });
});
