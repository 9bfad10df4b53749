// The walk passes over the uses of whole locals no check can report on (borrowck/quietLocals.ts):
// every body of the borrow goldens (rejected and accepted) and the examples must give the same
// errors, in the same order, as the walk that checks every use; and the walk must pass over
// uses somewhere, or the shortcut saves nothing.
import * as assert from 'node:assert/strict';
import { borrowck } from '../../server/src/engine/borrowck/check';
import { QUIET, QUIET_READS, quietLocals } from '../../server/src/engine/borrowck/quietLocals';
import { initParser } from '../../server/src/engine/parse/parser';
import { forEachCheckedBody } from './goldenBodies';

describe('borrowck: the uses the walk passes over', () => {
  before(() => initParser());

  it('change no error of any body, and are passed over somewhere', function () {
    this.timeout(300_000);
    let errors = 0;
    const passedOver = { [QUIET]: 0, [QUIET_READS]: 0 };
    const bodies = forEachCheckedBody((file, body, cx) => {
      const every = borrowck(body, cx, (f) => new Uint8Array(f.body.localDecls.length));
      const quiet = borrowck(body, cx, (f, moved, declared) => {
        const found = quietLocals(f, moved, declared);
        for (const q of found) if (q === QUIET || q === QUIET_READS) passedOver[q]++;
        return found;
      });
      assert.deepEqual(quiet, every, `${file}: the body at line ${body.span.line + 1}`);
      errors += every.length;
    });
    assert.ok(bodies > 500, `only ${bodies} bodies checked`);
    assert.ok(errors > 100, `only ${errors} errors compared`);
    assert.ok(passedOver[QUIET] > 1000 && passedOver[QUIET_READS] > 100, `locals passed over: ${passedOver[QUIET]} quiet, ${passedOver[QUIET_READS]} quiet but for writes`);
  });
});
