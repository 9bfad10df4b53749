// `use-after-move` against rustc: every program of test/golden/borrowck/ must give exactly the
// E0382 positions rustc recorded (scripts/goldens/borrowck.mjs), no more and no fewer, with each
// secondary label on a line rustc labels. Where the borrow checker leaves a body unchecked (the MIR
// builder or the type checker does not model something in it), rustc's errors on that body's lines
// may be missing, never wrong: the test prints each such case with the reason.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../../server/src/engine/parse/parser';
import { useAfterMove } from '../../../server/src/engine/diagnostics/useAfterMove';
import { frontEnd } from '../../../server/src/engine/frontEnd';
import { buildMir } from '../../../server/src/engine/mir/build';
import { uncheckable } from '../../../server/src/engine/borrowck/check';
import { contextFor } from './helpers';

const dir = path.join(__dirname, '../../golden/borrowck');

interface Expected {
  otherErrors: number;
  errors: { line: number; column: number; message: string; labels: { line: number; column: number; primary: boolean; label: string }[] }[];
}

/** The unchecked bodies of the file, as 1-based line ranges with the reason. */
function uncheckedBodies(ctx: ReturnType<typeof contextFor>): { from: number; to: number; why: string }[] {
  return buildMir(frontEnd(ctx.tree, ctx.text)).bodies.flatMap((b) => {
    const why = uncheckable(b);
    return why ? [{ from: b.span.line + 1, to: b.span.endLine + 1, why }] : [];
  });
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
      const ctx = contextFor(text);
      try {
        const found = useAfterMove(ctx);
        const at = (d: { span: { start: { line: number; character: number } } }) => `${d.span.start.line + 1}:${d.span.start.character + 1}`;
        const got = found.map(at).sort();
        let want = expected.errors.map((e) => `${e.line}:${e.column}`).sort();
        const unchecked = uncheckedBodies(ctx);
        // An error is out of reach when its line is in a body the checker does not check, and in no checked body.
        const outOfReach = expected.errors.filter((e) => !got.includes(`${e.line}:${e.column}`) && unchecked.some((u) => u.from <= e.line && e.line <= u.to));
        for (const e of outOfReach) {
          const why = unchecked.filter((u) => u.from <= e.line && e.line <= u.to).map((u) => `lines ${u.from}-${u.to}: ${u.why}`).join('; ');
          console.log(`      not checked: rustc's E0382 at ${e.line}:${e.column} (${why})`);
        }
        want = want.filter((w) => !outOfReach.some((e) => `${e.line}:${e.column}` === w));
        assert.deepEqual(got, want, found.map((d) => `${at(d)} ${d.message}`).join('\n'));
        for (const d of found) {
          const rustc = expected.errors.find((e) => e.line === d.span.start.line + 1 && e.column === d.span.start.character + 1)!;
          assert.equal(d.message, rustc.message, 'rustc\'s message');
          // Each move the diagnostic labels is one rustc labels too.
          for (const r of d.related.filter((x) => x.message.includes('moved'))) {
            const line = r.span.start.line + 1;
            assert.ok(rustc.labels.some((l) => l.line === line && /moved|move/.test(l.label)), `move at line ${line} is not one rustc names: ${JSON.stringify(rustc.labels)}`);
          }
        }
      } finally {
        ctx.tree.delete();
      }
    });
  }
});
