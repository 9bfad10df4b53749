// A `String`'s text in the simulator costs the host about its own length however it was grown:
// V8 keeps `a + b` as a pair of pointers (32 bytes), so a text grown by `push(ch)` one character
// at a time cost 32 bytes of host memory per simulated byte until something read it, and an
// endless `push_str` loop grew the CLI's process several times faster than the program's heap.
import * as assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { HEAD_CHARS, HeapBlock, StringV } from '../../server/src/engine/sim/values';
import { summarize } from '../../server/src/engine/sim/trace/summary';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

function heapUsed(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

describe('a String grown by appends', () => {
  it('reads back every append, in order, and keeps its head', () => {
    const b = new HeapBlock(1, 'string', 'String', 0, 1);
    let expected = '';
    for (let i = 0; i < 20_000; i++) {
      const piece = i % 7 === 0 ? 'é' : String.fromCharCode(97 + (i % 26));
      b.appendText(piece);
      expected += piece;
      // Reads in the middle of the appends see everything appended so far.
      if (i % 4999 === 0) assert.equal(b.text, expected);
    }
    assert.equal(b.text, expected);
    assert.equal(b.head, expected.slice(0, HEAD_CHARS));
    b.setText('xy');
    assert.equal(b.text, 'xy');
    b.appendText('z');
    assert.equal(b.text, 'xyz');
    assert.equal(b.head, 'xyz');
  });

  it('costs the host at most 2 bytes per character, one character appended at a time', () => {
    const b = new HeapBlock(1, 'string', 'String', 0, 1);
    const before = heapUsed();
    let appended = 0;
    let worst = 0;
    // Measured at ten lengths: a representation that joins at intervals (doubling) is at its
    // worst between two joins, so a single length could miss it.
    for (let sample = 1; sample <= 10; sample++) {
      for (; appended < 1_000_000 + sample * 100_000; appended++) b.appendText('a');
      worst = Math.max(worst, (heapUsed() - before) / appended);
    }
    assert.equal(b.text.length, appended);
    assert.ok(worst < 2, `${worst.toFixed(2)} bytes of host heap per character`);
  });

  it('costs the same when a trace summarises it between appends', () => {
    const b = new HeapBlock(1, 'string', 'String', 0, 1);
    const s = new StringV(b);
    const before = heapUsed();
    let appended = 0;
    let worst = 0;
    let summary = '';
    for (let sample = 1; sample <= 10; sample++) {
      for (; appended < 400_000 + sample * 40_000; appended++) {
        b.appendText('a');
        // A trace step summarises the variable (the head, not the whole text, once it is long);
        // every fourth append is enough to tell a text joined at each summary from one that is not.
        if (appended % 4 === 0) summary = summarize(s);
      }
      worst = Math.max(worst, (heapUsed() - before) / appended);
    }
    assert.equal(summary, JSON.stringify('a'.repeat(HEAD_CHARS)));
    assert.equal(b.textLength, appended);
    assert.ok(worst < 2, `${worst.toFixed(2)} bytes of host heap per character`);
  });
});
