import * as assert from 'node:assert/strict';
import { replayState } from '../../protocol/replay';
import { StateCursor } from '../../media/src/timeline';
import { describeEvent, segmentsText } from '../../protocol/events';

import { cycleComponents } from '../../media/src/cycles';
import { chunksUpTo } from '../../media/src/views/console';
import { formatBytes } from '../../media/src/format';
import { endSentence, leakCycleText } from '../../media/src/views/outcome';
import { bigTrace } from '../fixtures/inspector/big-trace';
import { demoTrace } from '../fixtures/inspector/demo-trace';
import type { HeapBlockState } from '../../protocol/trace';

describe('inspector model (DOM-free parts of the renderer)', () => {
  it('the state cursor agrees with replayState at every step, in any order of seeks', () => {
    const trace = bigTrace(3000, 1000);
    const cursor = new StateCursor(trace, 64);
    let x = 7;
    const order = [0, 2999, 1500, 1499, 1501, 5, 1000, 999];
    for (let i = 0; i < 40; i++) order.push((x = (x * 48271) % 2147483647) % 3000);
    for (const s of order) assert.deepEqual(cursor.seek(s), replayState(trace, s), `step ${s}`);
    for (let s = 0; s < 3000; s += 37) assert.deepEqual(cursor.seek(s), replayState(trace, s), `step ${s}`);
  });

  it('never changes the trace it replays', () => {
    const before = JSON.stringify(demoTrace);
    const cursor = new StateCursor(demoTrace, 2);
    for (const s of [16, 0, 9, 3, 16, 12]) cursor.seek(s);
    assert.equal(JSON.stringify(demoTrace), before);
  });

  it('says what each event did and why', () => {
    const say = (i: number) => demoTrace.steps.at(i)!.events.map((e) => segmentsText(describeEvent(e).segments));
    assert.deepEqual(say(3), ['realloc #1: capacity 4 → 8 (32 B)']);
    assert.deepEqual(say(5), ['move s → t']);
    assert.equal(say(16)[0], 'drop b (Rc<Node>): end of main, reverse declaration order');
    assert.equal(say(14)[0], 'drop temporary (RefMut<Option<Rc<Node>>>): a temporary, at the end of its statement');
    assert.equal(segmentsText(describeEvent({ kind: 'drop', what: 'x', type: 'Guard', reason: 'unbound', detail: '' }).segments), 'drop x (Guard): not bound to a name (let _), so it drops at once');
  });

  it('finds the blocks on a strong cycle, not those behind a weak pointer', () => {
    const b = (id: number, to: [number, 'strong' | 'weak' | 'owner'][]): HeapBlockState => ({
      id, type: 'RcBox<Node>', size: 40, line: 1, value: '', points: to.map(([t, kind]) => ({ target: { kind: 'block', id: t }, kind, via: 'next' })),
    });
    const cycles = cycleComponents([b(1, [[2, 'strong']]), b(2, [[1, 'strong']]), b(3, [[4, 'weak']]), b(4, [[3, 'strong']]), b(5, [[5, 'owner']]), b(6, [[1, 'strong']])]);
    assert.deepEqual([...cycles.keys()].sort(), [1, 2, 5]);
    assert.equal(cycles.get(1), cycles.get(2));
    assert.notEqual(cycles.get(1), cycles.get(5));
  });

  it('counts the output printed up to a step, and words sizes and endings', () => {
    assert.equal(chunksUpTo(demoTrace.output, 5), 0);
    assert.equal(chunksUpTo(demoTrace.output, 6), 1);
    assert.equal(chunksUpTo(demoTrace.output, 16), 2);
    assert.deepEqual([formatBytes(24), formatBytes(1536), formatBytes(8 * 1024 * 1024), formatBytes(2 * 1024 * 1024 + 1)], ['24 B', '1.5 KiB', '8 MiB', '2 MiB']);
    assert.equal(leakCycleText(demoTrace.leaks[0]!), '#4 —a.next (line 27)→ #6 —b.next (line 25)→ #4');
    assert.equal(
      endSentence({ kind: 'overflow', status: 134, thread: 'main', line: 3, column: 5, frameSize: 4096, depth: 2047, budget: 8388608 }),
      "Thread 'main' overflowed its stack at line 3: a frame of 4 KiB did not fit at depth 2047 (stack 8 MiB); no destructors ran (exit status 134).",
    );
  });
});
