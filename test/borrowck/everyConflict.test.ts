// Each access that conflicts with a live loan is its own error, as rustc reports it (one per
// place and span): two `push`es while a shared borrow is live are two E0502s, not one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckFailure } from '../../server/src/engine/analysis';
import { initParser } from '../../server/src/engine/parse/parser';
import { readRustcErrors, staticDiagnostics } from '../support/errorGoldens';

const BORROWS = path.join(__dirname, '..', 'golden', 'rejected', 'borrows');

/** Goldens where rustc reports the same loan against several accesses. */
const PROGRAMS = [
  'e0502_two_pushes_while_first_held.rs',
  'e0502_two_pushes_after_early_return_of_borrow.rs',
  'e0499_iter_mut_return_then_push.rs',
];

describe('borrowck: every conflicting access is reported', function () {
  this.timeout(60_000);
  before(() => initParser());

  for (const name of PROGRAMS) {
    it(`${name}: rustc's errors, each at its line`, () => {
      const program = path.join(BORROWS, name);
      const failures: CheckFailure[] = [];
      const rustc = readRustcErrors(program).map((e) => `${e.code}@${e.line}`);
      const ours = staticDiagnostics(program, fs.readFileSync(program, 'utf8'), failures)
        .filter((d) => /^E0\d{3}$/.test(d.code)).map((d) => `${d.code}@${d.span.start.line + 1}`);
      assert.deepEqual(failures.map((f) => f.check), []);
      assert.ok(rustc.length >= 2, `${name}: rustc reports ${rustc.length} error(s)`);
      assert.deepEqual(ours, rustc);
    });
  }
});
