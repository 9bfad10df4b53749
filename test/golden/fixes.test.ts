// The quick fixes of `use-after-move`, `rc-cycle-possible` and `rc-cycle`, applied and re-checked
// on the programs of test/golden/fixes/: applying a fix gives exactly the text recorded in
// NAME.fixes.json, the finding it fixes is gone from that text, and rustc 1.95 accepted that text
// when it was recorded (scripts/goldens/fixes.mjs, `npm run record-goldens`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFile } from '../../server/src/cli/analyzeFile';
import type { EngineDiagnostic, TextEdit } from '../../server/src/engine/diagnostic';

const DIR = path.join(__dirname, 'fixes');
const CODES = ['use-after-move', 'rc-cycle-possible', 'rc-cycle'];

interface RecordedFix {
  code: string;
  line: number;
  column: number;
  title: string;
  fixed: string;
  rustc: { compiles: boolean; errors: string[] };
}

/** Applies 0-based edits (UTF-16 columns, as the engine gives them), last first. */
function apply(text: string, edits: readonly TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: TextEdit['span']['start']) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.span.start) - offset(a.span.start));
  return sorted.reduce((out, e) => out.slice(0, offset(e.span.start)) + e.newText + out.slice(offset(e.span.end)), text);
}

async function check(file: string, text: string): Promise<EngineDiagnostic[]> {
  const failures: string[] = [];
  const found = await analyzeFile(file, text, (f) => failures.push(`${f.check}: ${String(f.error)}`));
  assert.deepEqual(failures, []);
  return found;
}

const programs = fs.readdirSync(DIR).filter((f) => f.endsWith('.rs')).sort();

describe('quick fixes, applied and re-checked', function () {
  this.timeout(60_000);

  it('has a recording for every program, and every code with a fix is covered', () => {
    for (const p of programs) assert.ok(fs.existsSync(path.join(DIR, p.replace(/\.rs$/, '.fixes.json'))), `${p} has no .fixes.json: run npm run record-goldens`);
    const recorded = programs.flatMap((p) => JSON.parse(fs.readFileSync(path.join(DIR, p.replace(/\.rs$/, '.fixes.json')), 'utf8')) as RecordedFix[]);
    assert.deepEqual([...new Set(recorded.map((r) => r.code))].sort(), ['rc-cycle', 'rc-cycle-possible', 'use-after-move']);
  });

  for (const program of programs) {
    it(program.replace(/\.rs$/, '').replace(/_/g, ' '), async () => {
      const text = fs.readFileSync(path.join(DIR, program), 'utf8');
      const recorded = JSON.parse(fs.readFileSync(path.join(DIR, program.replace(/\.rs$/, '.fixes.json')), 'utf8')) as RecordedFix[];
      const found = (await check(program, text)).filter((d) => CODES.includes(d.code));
      const offered = found.flatMap((d) => (d.fixes ?? []).map((fix) => ({ d, fix })));
      assert.deepEqual(
        offered.map(({ d, fix }) => [d.code, d.span.start.line + 1, d.span.start.character + 1, fix.title]),
        recorded.map((r) => [r.code, r.line, r.column, r.title]),
        'the fixes offered are the ones recorded',
      );
      assert.ok(offered.length > 0, 'every program of the folder has a fix');
      for (const [i, { d, fix }] of offered.entries()) {
        const fixed = apply(text, fix.edits);
        assert.equal(fixed, recorded[i]!.fixed, `${fix.title}: the recorded text`);
        assert.deepEqual(recorded[i]!.rustc, { compiles: true, errors: [] }, `${fix.title}: rustc accepted the fixed program`);
        const again = await check(program, fixed);
        assert.deepEqual(again.filter((x) => x.code === d.code), [], `${fix.title}: the ${d.code} finding is gone`);
      }
    });
  }
});
