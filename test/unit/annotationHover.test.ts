import * as assert from 'node:assert/strict';
import type { Trace } from '../../protocol/trace';
import { TRACE_VERSION } from '../../protocol/trace';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { annotationHover } from '../../server/src/engine/annotations';
import { StepTable } from '../../protocol/stepTable';

const SRC = [
  '// @mem stack 64 KiB',                  // 0
  '// @mem size Handle = 16',              // 1
  '// @mem expect size (u8, u16) = 4',     // 2
  '// @mem expect size (u8, u16) = 3',     // 3
  '// @mem expect no-leak',                // 4
  'fn main() {',                           // 5
  '    let a = 1; // @mem snapshot start', // 6
  '    // @mem expect drops a',            // 7
  '}',                                     // 8
].join('\n');

const trace: Trace = {
  version: TRACE_VERSION, file: 't.rs', entry: 'main',
  steps: StepTable.of([
    { line: 7, column: 5, endLine: 7, endColumn: 15, thread: 0, depth: 1, events: [], deltas: [] },
    { line: 9, column: 1, endLine: 9, endColumn: 2, thread: 0, depth: 1, events: [{ kind: 'drop', what: 'b', type: 'i32', reason: 'scope-end', detail: '' }], deltas: [] },
  ]),
  output: [], leaks: [], end: { kind: 'exit', status: 0 }, threads: [], checkpoints: [],
  snapshots: [{ label: 'start', line: 7, step: 0 }],
};

describe('annotations: hover', () => {
  before(() => initParser());
  const hover = (t: Trace | null | undefined, line: number, character: number) => annotationHover(parseRust(SRC), SRC, t, { line, character });
  const at = (line: number, character: number) => hover(trace, line, character);

  it('explains directives and judges claims', () => {
    assert.equal(at(0, 5), '`@mem stack 64 KiB`\n\nThe main thread\'s stack budget is 65,536 bytes (64 KiB) instead of 8 MiB.');
    assert.equal(at(1, 3), '`@mem size Handle = 16`\n\n`Handle` is taken to be 16 bytes with align 8 everywhere in this program.');
    assert.equal(at(2, 10), '`@mem expect size (u8, u16) = 4`\n\n✓ **Confirmed**: `(u8, u16)` is 4 bytes.');
    assert.equal(at(3, 10), '`@mem expect size (u8, u16) = 3`\n\n✗ **Does not hold**: `(u8, u16)` is 4 bytes, not 3.');
    assert.equal(at(4, 10), '`@mem expect no-leak`\n\n✓ **Confirmed**: the run frees every heap block it allocates.');
    assert.equal(at(6, 20), '`@mem snapshot start`\n\nSnapshot **start**: step 1 of 2, the first step at line 7. When it is reached:\n\nStack: empty  \nHeap: empty');
    assert.equal(at(7, 8), '`@mem expect drops a`\n\n✗ **Does not hold**: drops `b`, not `a`.');
  });

  it('says a run claim waits for the simulation, and is silent off annotations', () => {
    assert.equal(hover(undefined, 4, 10), '`@mem expect no-leak`\n\nChecked when the simulation finishes.');
    assert.equal(at(6, 2), undefined);
    assert.equal(at(5, 3), undefined);
  });
});
