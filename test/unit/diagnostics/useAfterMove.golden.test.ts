// `use-after-move` against rustc: every program of test/golden/borrowck/ must give exactly the
// E0382 positions rustc recorded (scripts/goldens/borrowck.mjs), no more and no fewer.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { findUsesAfterMove } from '../../../server/src/engine/diagnostics/moves/functions';
import { toDiagnostic } from '../../../server/src/engine/diagnostics/useAfterMove';

const dir = path.join(__dirname, '../../golden/borrowck');

interface Expected {
  otherErrors: number;
  errors: { line: number; column: number; message: string; labels: { line: number; column: number; primary: boolean; label: string }[] }[];
}

describe('use-after-move agrees with rustc (test/golden/borrowck)', () => {
  before(() => initParser());
  const programs = fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();

  it('has a corpus of at least 30 programs, failing and passing', () => {
    const expected = programs.map((p) => JSON.parse(fs.readFileSync(path.join(dir, p.replace(/\.rs$/, '.expected.json')), 'utf8')) as Expected);
    assert.ok(programs.length >= 30, `${programs.length} programs`);
    assert.ok(expected.filter((e) => e.errors.length > 0).length >= 10);
    assert.ok(expected.filter((e) => e.errors.length === 0).length >= 10);
  });

  for (const program of programs) {
    it(program, () => {
      const text = fs.readFileSync(path.join(dir, program), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(dir, program.replace(/\.rs$/, '.expected.json')), 'utf8')) as Expected;
      const tree = parseRust(text);
      try {
        const found = findUsesAfterMove(tree, text).map(toDiagnostic);
        const got = found.map((d) => `${d.span.start.line + 1}:${d.span.start.character + 1}`).sort();
        const want = expected.errors.map((e) => `${e.line}:${e.column}`).sort();
        assert.deepEqual(got, want, found.map((d) => `${d.span.start.line + 1}:${d.span.start.character + 1} ${d.message}`).join('\n'));
        // Each reported move is one rustc labels too.
        for (const d of found) {
          const rustc = expected.errors.find((e) => e.line === d.span.start.line + 1 && e.column === d.span.start.character + 1)!;
          for (const r of d.related.filter((x) => x.message.includes('moved'))) {
            const line = r.span.start.line + 1;
            assert.ok(rustc.labels.some((l) => l.line === line && /moved|move/.test(l.label)), `move at line ${line} is not one rustc names: ${JSON.stringify(rustc.labels)}`);
          }
        }
      } finally {
        tree.delete();
      }
    });
  }
});
