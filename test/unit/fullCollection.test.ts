import * as assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { collectGarbage } from '../../server/src/features/fullCollection';

// The language server collects after a document is closed or a long trace is replaced: what just
// became garbage must leave the heap then, not when allocation next asks for it.
describe('a full collection of what became garbage', () => {
  it('returns a dropped 100 MiB of arrays from the heap at once', () => {
    let garbage: number[][] | undefined = Array.from({ length: 100 }, () => new Array<number>(128 * 1024).fill(1.5));
    const holding = getHeapStatistics().used_heap_size;
    assert.ok(garbage.length === 100 && holding > 100 * 2 ** 20, `the arrays are on the heap (${holding} bytes used)`);
    garbage = undefined;
    collectGarbage();
    const after = getHeapStatistics().used_heap_size;
    assert.ok(holding - after > 90 * 2 ** 20, `used heap went from ${holding} to ${after} bytes`);
  });
});
