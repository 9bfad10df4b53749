// "lifetime may not live long enough" (rustc gives it no code) against rustc's own report on the
// rejected goldens: where the engine reports it, the primary label and the "lifetime `'a` defined
// here" labels are rustc's, in rustc's order, at rustc's lines and columns. Which programs it
// reports is the coverage floor of test/golden/rejected.test.ts.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NAMED_REGION_CODE } from '../../server/src/engine/borrowck/namedRegions';
import type { CheckFailure } from '../../server/src/engine/analysis';
import { initParser } from '../../server/src/engine/parse/parser';
import { listFiles, readRustcErrors, staticDiagnostics } from '../support/errorGoldens';

const REJECTED = path.join(__dirname, '..', 'golden', 'rejected');

describe('borrowck: lifetime may not live long enough, labelled as rustc labels it', function () {
  this.timeout(60_000);
  before(() => initParser());

  it('carries rustc\'s label and secondary labels on every rejected golden where it is reported', () => {
    const failures: CheckFailure[] = [];
    let compared = 0;
    for (const program of listFiles(REJECTED, ['.rs'])) {
      const rustc = readRustcErrors(program).filter((e) => e.code === null && e.message === 'lifetime may not live long enough');
      if (rustc.length === 0) continue;
      const reported = staticDiagnostics(program, fs.readFileSync(program, 'utf8'), failures).filter((d) => d.code === NAMED_REGION_CODE);
      for (const d of reported) {
        const at = (s: { start: { line: number; character: number } }) => `${s.start.line + 1}:${s.start.character + 1}`;
        const mine = { at: at(d.span), labels: (d.related ?? []).map((r) => `${at(r.span)} ${r.message}`) };
        const theirs = rustc.map((e) => ({ at: `${e.line}:${e.column}`, labels: [`${e.line}:${e.column} ${e.label}`, ...e.labels.map((l) => `${l.line}:${l.column} ${l.label}`)] }));
        assert.ok(theirs.some((t) => JSON.stringify(t) === JSON.stringify(mine)),
          `${path.basename(program)}: ${JSON.stringify(mine)} is none of rustc's ${JSON.stringify(theirs)}`);
        compared++;
      }
    }
    assert.deepEqual(failures.map((f) => f.check), []);
    assert.ok(compared >= 15, `only ${compared} reports compared`);
  });
});
