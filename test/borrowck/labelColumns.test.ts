// The secondary labels of the borrow errors, at rustc's columns: on every rejected golden, each
// label the engine gives an error that is one of rustc's (same code, primary line and message)
// must be at the line and column of a label rustc gives that error with the same words ("`x`
// dropped here while still borrowed" at the `}`, "freed at the end of this statement" at the `;`,
// "borrow later used here" at the argument that carries the borrow).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckFailure } from '../../server/src/engine/analysis';
import { initParser } from '../../server/src/engine/parse/parser';
import { listFiles, readRustcErrors, staticDiagnostics } from '../support/errorGoldens';

const REJECTED = path.join(__dirname, '..', 'golden', 'rejected');

/** Per code, the fewest labels that must be compared: the goldens hold at least this many. */
const COMPARED: Record<string, number> = { E0597: 60, E0505: 60, E0502: 60, E0499: 40, E0503: 16, E0506: 40, E0716: 20, E0373: 12 };

describe('borrowck: secondary labels at rustc\'s columns', function () {
  this.timeout(60_000);
  before(() => initParser());

  it('every label of a reported E0597, E0505, E0502, E0499, E0503, E0506, E0716 and E0373 is where rustc puts it', () => {
    const failures: CheckFailure[] = [];
    const wrong: string[] = [];
    const compared: Record<string, number> = {};
    for (const program of listFiles(REJECTED, ['.rs'])) {
      const rustc = readRustcErrors(program);
      for (const d of staticDiagnostics(program, fs.readFileSync(program, 'utf8'), failures)) {
        if (!(d.code in COMPARED)) continue;
        const theirs = rustc.find((e) => e.code === d.code && e.line === d.span.start.line + 1 && e.message === d.message);
        if (!theirs) continue;
        for (const r of d.related ?? []) {
          const same = theirs.labels.filter((l) => l.label === r.message);
          if (same.length === 0) continue;
          compared[d.code] = (compared[d.code] ?? 0) + 1;
          const at = `${r.span.start.line + 1}:${r.span.start.character + 1}`;
          if (!same.some((l) => `${l.line}:${l.column}` === at)) {
            wrong.push(`${path.basename(program)} ${d.code} "${r.message}" at ${at}, rustc ${same.map((l) => `${l.line}:${l.column}`).join(' or ')}`);
          }
        }
      }
    }
    assert.deepEqual(failures.map((f) => f.check), []);
    assert.deepEqual(wrong, []);
    for (const [code, minimum] of Object.entries(COMPARED)) {
      assert.ok((compared[code] ?? 0) >= minimum, `only ${compared[code] ?? 0} labels of ${code} compared`);
    }
  });
});
