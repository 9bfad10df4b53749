// A closure's kind fixed by the bound it is passed to (`F: FnMut(..)`, `impl Fn`, `Box<dyn Fn>`):
// moving or mutating a captured variable against it is reported in rustc's words, on every
// rejected golden whose rustc message names "a captured variable in a … closure".
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckFailure } from '../../server/src/engine/analysis';
import { initParser } from '../../server/src/engine/parse/parser';
import { listFiles, readRustcErrors, staticDiagnostics } from '../support/errorGoldens';

const REJECTED = path.join(__dirname, '..', 'golden', 'rejected', 'borrows');
const CAPTURED = /a captured variable in an? `(Fn|FnMut)` closure$/;
const CLOSURE_LABEL = /^(captured by this `(Fn|FnMut)` closure|in this closure|captured outer variable|`\w+` declared here, outside the closure)$/;

describe('borrowck: a captured variable against the kind its bound fixes', () => {
  before(() => initParser());

  const programs = listFiles(REJECTED, ['.rs']).filter((p) => readRustcErrors(p).some((e) => CAPTURED.test(e.message)));

  it('the corpus holds such programs for E0507, E0594 and E0596', () => {
    const codes = new Set(programs.flatMap((p) => readRustcErrors(p).filter((e) => CAPTURED.test(e.message)).map((e) => e.code)));
    assert.deepEqual([...codes].sort(), ['E0507', 'E0594', 'E0596']);
  });

  for (const program of programs) {
    it(`${path.basename(program)}: rustc's code, line and message`, function () {
      const failures: CheckFailure[] = [];
      // Each error with rustc's labels on the closure and on the captured variable's declaration.
      const show = (code: string | null, line: number, message: string, labels: string[]) => `${code}@${line}: ${message} [${labels.join('; ')}]`;
      const reported = staticDiagnostics(program, fs.readFileSync(program, 'utf8'), failures);
      assert.deepEqual(failures, []);
      const found = reported.map((d) =>
        show(d.code, d.span.start.line + 1, d.message, d.related.filter((r) => CLOSURE_LABEL.test(r.message)).map((r) => `${r.span.start.line + 1}: ${r.message}`)));
      const wanted = readRustcErrors(program).filter((e) => CAPTURED.test(e.message)).map((e) =>
        show(e.code, e.line, e.message, e.labels.filter((l) => CLOSURE_LABEL.test(l.label)).map((l) => `${l.line}: ${l.label}`)));
      for (const w of wanted) assert.ok(found.includes(w), `${w} not among ${JSON.stringify(found)}`);
    });
  }
});
