// E0594/E0596 on an immutable `static` item and E0597 for a variable a closure captures by
// reference, against rustc's own report on the rejected goldens: where the engine reports them,
// the primary span and every secondary label are rustc's, in rustc's order, at rustc's lines
// and columns.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckFailure } from '../../server/src/engine/analysis';
import type { EngineDiagnostic } from '../../server/src/engine/diagnostic';
import { initParser } from '../../server/src/engine/parse/parser';
import { listFiles, readRustcErrors, type RustcError, staticDiagnostics } from '../support/errorGoldens';

const REJECTED = path.join(__dirname, '..', 'golden', 'rejected');

function mine(d: EngineDiagnostic): string[] {
  return (d.related ?? []).map((r) => `${r.span.start.line + 1}:${r.span.start.character + 1} ${r.message}`);
}

function theirs(e: RustcError): string[] {
  return [`${e.line}:${e.column} ${e.label}`, ...e.labels.map((l) => `${l.line}:${l.column} ${l.label}`)];
}

/** The errors of this kind: a static item's (by rustc's message) or a closure capture's (by its "value captured here"). */
function ofKind(kind: 'static' | 'capture', message: string, labels: readonly string[]): boolean {
  return kind === 'static' ? / immutable static item /.test(message) : labels.some((l) => l.endsWith('value captured here'));
}

describe('borrowck: static items and closure captures, labelled as rustc labels them', function () {
  this.timeout(60_000);
  before(() => initParser());

  for (const kind of ['static', 'capture'] as const) {
    it(`${kind === 'static' ? 'E0594/E0596 on an immutable static' : 'E0597 for a captured variable'}: rustc's spans and labels wherever reported`, () => {
      const failures: CheckFailure[] = [];
      let compared = 0;
      for (const program of listFiles(REJECTED, ['.rs'])) {
        const rustc = readRustcErrors(program).filter((e) => ofKind(kind, e.message, e.labels.map((l) => l.label)));
        if (rustc.length === 0) continue;
        const reported = staticDiagnostics(program, fs.readFileSync(program, 'utf8'), failures)
          .filter((d) => ofKind(kind, d.message, (d.related ?? []).map((r) => r.message)));
        for (const d of reported) {
          const got = JSON.stringify({ code: d.code, message: d.message, labels: mine(d) });
          const want = rustc.map((e) => JSON.stringify({ code: e.code, message: e.message, labels: theirs(e) }));
          assert.ok(want.includes(got), `${path.basename(program)}: ${got} is none of rustc's ${want.join(' ')}`);
          compared++;
        }
      }
      assert.deepEqual(failures.map((f) => f.check), []);
      assert.ok(compared >= 3, `only ${compared} reports compared`);
    });
  }
});
