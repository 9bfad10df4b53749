import * as assert from 'node:assert/strict';
import { firstStepAtLine, lineOfStep, shiftLine, stepAtSameLine, stepBackOver, stepOut, stepOver } from '../../protocol/navigation';
import type { Trace } from '../../protocol/trace';
import { demoTrace } from '../fixtures/inspector/demo-trace';
import { StepTable } from '../../protocol/stepTable';

describe('trace navigation (line ↔ step, step over/out)', () => {
  it('maps lines to their first step and steps to their line', () => {
    assert.equal(firstStepAtLine(demoTrace, 22), 7);
    assert.equal(firstStepAtLine(demoTrace, 27), 13);
    assert.equal(firstStepAtLine(demoTrace, 3), undefined);
    assert.equal(lineOfStep(demoTrace, 8), 11);
    assert.equal(lineOfStep(demoTrace, 99), undefined);
  });

  it('steps over a call, back over it, and out of a frame', () => {
    assert.equal(stepOver(demoTrace, 6), 9, 'from line 21 the call to total (steps 7, 8) is run through');
    assert.equal(stepBackOver(demoTrace, 9), 6);
    assert.equal(stepOut(demoTrace, 8), 9, 'out of total, back in main');
    assert.equal(stepOut(demoTrace, 3), 16, 'out of main: the last step');
    assert.equal(stepOver(demoTrace, 16), 16);
    assert.equal(stepBackOver(demoTrace, 0), 0);
  });

  it('keeps the same occurrence of a line after a re-run', () => {
    const loop = (lines: number[]): Trace => ({ ...demoTrace, steps: StepTable.of(lines.map((line) => ({ ...demoTrace.steps.at(0)!, line }))) });
    const before = loop([1, 2, 3, 2, 3, 2, 3, 4]);
    assert.equal(stepAtSameLine(before, 4, loop([1, 2, 3, 2, 3, 2, 3, 4]), 3), 4, 'second time through line 3');
    assert.equal(stepAtSameLine(before, 6, loop([1, 2, 3, 4]), 3), 2, 'fewer iterations: the last time the line runs');
    assert.equal(stepAtSameLine(before, 4, loop([1, 2, 5, 6]), 3), 2, 'the line no longer runs: the next line that does');
    assert.equal(stepAtSameLine(before, 4, loop([1, 2]), 3), 1, 'nothing after it: the last step');
  });

  it('moves a line through edits above it, and not through edits below it', () => {
    assert.equal(shiftLine(10, [{ startLine: 3, endLine: 3, newLineBreaks: 2 }]), 12);
    assert.equal(shiftLine(10, [{ startLine: 3, endLine: 6, newLineBreaks: 0 }]), 7);
    assert.equal(shiftLine(10, [{ startLine: 12, endLine: 12, newLineBreaks: 5 }]), 10);
    assert.equal(shiftLine(10, [{ startLine: 10, endLine: 10, newLineBreaks: 1 }]), 10, 'Enter at the end of the line itself');
    assert.equal(shiftLine(10, [{ startLine: 8, endLine: 12, newLineBreaks: 0 }]), 8, 'the line was deleted: where the deletion was');
  });
});
