import * as assert from 'node:assert/strict';
import { InspectorSession, startStep, type SessionPorts } from '../../client/src/inspector/session';
import type { ToWebview } from '../../protocol/webview';
import { demoTrace } from '../fixtures/inspector/demo-trace';
import type { Trace } from '../../protocol/trace';
import { bigTrace } from '../fixtures/inspector/big-trace';
import { decodeSteps, decodeTrace } from '../../protocol/traceColumns';
import { StepTable } from '../../protocol/stepTable';

function harness() {
  const posted: ToWebview[] = [];
  const highlights: (number | undefined)[] = [];
  const reveals: number[] = [];
  const ports: SessionPorts = {
    post: (m) => posted.push(m),
    highlight: (l) => highlights.push(l),
    reveal: (l) => reveals.push(l),
  };
  return { session: new InspectorSession('file:///demo.rs', ports), posted, highlights, reveals };
}

const result = (trace: Trace | null, version = 1, lineOffset = 0) => ({ version, trace, lineOffset });

describe('inspector session (panel host logic)', () => {
  it('holds the trace until the webview says ready, then posts it once', () => {
    const h = harness();
    h.session.showTrace(result(demoTrace));
    assert.equal(h.posted.length, 0);
    h.session.receive({ type: 'ready' });
    assert.equal(h.posted.length, 1);
    const m = h.posted[0]!;
    assert.equal(m.type, 'trace');
    if (m.type === 'trace') {
      assert.equal(m.step, 0);
      assert.equal(m.uri, 'file:///demo.rs');
      assert.deepEqual(JSON.parse(JSON.stringify(decodeTrace(m.trace))), JSON.parse(JSON.stringify(demoTrace)), 'the trace, through its columns');
    }
    assert.deepEqual(h.highlights, [15]);
  });

  it('posts the trace again after the webview reloads (hidden and shown)', () => {
    const h = harness();
    h.session.receive({ type: 'ready' });
    h.session.showTrace(result(demoTrace));
    h.session.receive({ type: 'step', step: 5, line: 20 });
    h.session.webviewReloaded();
    h.session.receive({ type: 'ready' });
    const last = h.posted[h.posted.length - 1]!;
    assert.equal(last.type === 'trace' && last.step, 5);
  });

  it('ignores messages that are not in the protocol', () => {
    const h = harness();
    h.session.showTrace(result(demoTrace));
    for (const m of [null, 'ready', { type: 'step', step: -1, line: 2 }, { type: 'step', step: 1.5, line: 2 }, { type: 'reveal', line: 0 }, { type: 'eval' }]) {
      h.session.receive(m);
    }
    assert.equal(h.posted.length, 0);
    assert.equal(h.reveals.length, 0);
    assert.equal(h.session.currentStep, 0);
  });

  it('highlights the line of a step chosen in the panel, and reveals clicked lines', () => {
    const h = harness();
    h.session.showTrace(result(demoTrace));
    h.session.receive({ type: 'step', step: 8, line: 11 });
    assert.equal(h.session.currentStep, 8);
    assert.equal(h.highlights.at(-1), 11);
    h.session.receive({ type: 'reveal', line: 24 });
    assert.deepEqual(h.reveals, [24]);
    h.session.receive({ type: 'step', step: 999, line: 1 });
    assert.equal(h.session.currentStep, 8);
  });

  it('follows the cursor to the first step on a line, and not when already there', () => {
    const h = harness();
    h.session.receive({ type: 'ready' });
    h.session.showTrace(result(demoTrace));
    h.posted.length = 0;
    h.session.cursorMoved(22);
    assert.deepEqual(h.posted, [{ type: 'goto', step: 7 }]);
    h.session.receive({ type: 'step', step: 9, line: 22 });
    h.session.cursorMoved(22);
    assert.equal(h.posted.length, 1);
    h.session.cursorMoved(3);
    assert.equal(h.posted.length, 1, 'a line that never runs does not move the panel');
  });

  it('applies a Markdown line offset both ways', () => {
    const h = harness();
    h.session.receive({ type: 'ready' });
    h.session.showTrace(result(demoTrace, 1, 100));
    assert.equal(h.highlights.at(-1), 115);
    h.session.cursorMoved(118);
    assert.equal((h.posted.at(-1) as { step: number }).step, 3);
    h.session.receive({ type: 'reveal', line: 24 });
    assert.deepEqual(h.reveals, [124]);
  });

  it('keeps the same line after a re-run, moved by the edit', () => {
    const h = harness();
    h.session.receive({ type: 'ready' });
    h.session.showTrace(result(demoTrace));
    h.session.receive({ type: 'step', step: 10, line: 23 });
    // Two lines inserted above line 23: the same statement is now at line 25.
    h.session.edited([{ startLine: 16, endLine: 16, newLineBreaks: 2 }]);
    assert.equal(h.session.documentLine, 25);
    const shifted: Trace = { ...demoTrace, steps: StepTable.of([...demoTrace.steps].map((s) => ({ ...s, line: s.line >= 16 ? s.line + 2 : s.line }))) };
    h.session.showTrace(result(shifted, 2));
    assert.equal(h.session.currentStep, 10);
    assert.equal(h.highlights.at(-1), 25);
    assert.equal(h.posted.at(-1)?.type === 'trace' && (h.posted.at(-1) as { step: number }).step, 10);
  });

  it('posts a long trace in parts, head first, each part of the same version', () => {
    const h = harness();
    h.session.receive({ type: 'ready' });
    const trace = bigTrace(25000);
    h.session.showTrace(result(trace, 7), { step: 20000 });
    assert.deepEqual(h.posted.map((m) => m.type), ['trace', 'steps', 'steps', 'steps']);
    const first = h.posted[0]!;
    assert.ok(first.type === 'trace' && first.complete === false && first.trace.steps.count === 500 && first.step === 20000);
    const parts = h.posted.slice(1).map((m) => (m.type === 'steps' ? [m.version, m.part.from, decodeSteps(m.part.steps).length, m.complete] : []));
    assert.deepEqual(parts, [[7, 500, 10000, false], [7, 10500, 10000, false], [7, 20500, 4500, true]]);
  });

  it('says so when the document has nothing to run', () => {
    const h = harness();
    h.session.receive({ type: 'ready' });
    h.session.showTrace(result(null));
    assert.equal(h.posted[0]?.type, 'status');
    assert.equal(h.highlights.at(-1), undefined);
  });

  it('opens at a step, or at the first step on a line, as asked', () => {
    assert.equal(startStep(demoTrace, { step: 13 }), 13);
    assert.equal(startStep(demoTrace, { line: 27 }), 13);
    assert.equal(startStep(demoTrace, { step: 13, line: 27 }), 13);
    assert.equal(startStep(demoTrace, { step: 2, line: 27 }), 13, 'a restored step whose line changed falls back to the line');
    assert.equal(startStep(demoTrace, { step: 500 }), 16);
    assert.equal(startStep(demoTrace, {}), 0);
  });
});
