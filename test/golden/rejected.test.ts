// The engine's rustc-coded errors (`E0308`, `E0502` …) against rustc's, on the error corpus
// (test/golden/rejected/, test/golden/accepted/, recorded by scripts/goldens/errors.mjs) and on
// every valid program of the repository:
//   (a) no such error on a program rustc accepts: a false error is worse than silence;
//   (b) on a program rustc rejects, each such error is one of rustc's (code and primary line);
//   (c) per code of rustc's first error (its message when it has no code), the number of programs
//       where the engine reports it does not fall below the floor in rejected/coverage.json (a ratchet).
// When rustc is on PATH, the recorded goldens are re-checked against it too (cached by content).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckFailure } from '../../server/src/engine/analysis';
import { initParser } from '../../server/src/engine/parse/parser';
import {
  type CodeCoverage, falseErrors, judgeCoverage, listFiles, readRustcErrors, reportsFirstError, rustcKey, staticDiagnostics, unmatchedErrors,
} from '../support/errorGoldens';

const GOLDEN = __dirname;
const REPO = path.join(__dirname, '..', '..');
const REJECTED = path.join(GOLDEN, 'rejected');
const ACCEPTED = path.join(GOLDEN, 'accepted');
const COVERAGE = path.join(REJECTED, 'coverage.json');

/** Valid programs outside the corpus: each must get no rustc-coded error either. */
const VALID_ELSEWHERE: [string, string[]][] = [
  [path.join(GOLDEN, 'programs'), ['.rs']],
  [path.join(GOLDEN, 'layout'), ['.rs']],
  [path.join(REPO, 'examples'), ['.rs', '.md']],
];

/** Minimum sizes of the corpus, per folder. */
const MINIMUM: Record<string, number> = {
  'rejected/types': 150,
  'rejected/borrows': 200,
  'accepted/types': 150,
  'accepted/borrows': 200,
};

function rel(p: string): string {
  return path.relative(GOLDEN, p);
}

function printFailures(failures: CheckFailure[]): void {
  for (const f of failures) console.log(`      a check threw: ${f.check}: ${f.error instanceof Error ? f.error.message : String(f.error)}`);
}

describe('error goldens: the engine against rustc', function () {
  this.timeout(60_000);
  before(() => initParser());

  for (const [folder, minimum] of Object.entries(MINIMUM)) {
    it(`${folder} holds at least ${minimum} recorded programs`, () => {
      const programs = listFiles(path.join(GOLDEN, folder), ['.rs']);
      const unrecorded = programs.filter((p) => !fs.existsSync(p.replace(/\.rs$/, '.expected.json')));
      assert.deepEqual(unrecorded.map(rel), [], 'programs without NAME.expected.json (npm run record-goldens errors)');
      const orphans = listFiles(path.join(GOLDEN, folder), ['.expected.json']).filter((g) => !fs.existsSync(g.replace(/\.expected\.json$/, '.rs')));
      assert.deepEqual(orphans.map(rel), [], 'goldens whose program is gone');
      assert.ok(programs.length >= minimum, `${folder} has ${programs.length} programs`);
    });
  }

  it('(a) reports no rustc error on a program rustc accepts', () => {
    const failures: CheckFailure[] = [];
    const problems: string[] = [];
    for (const program of listFiles(ACCEPTED, ['.rs'])) {
      assert.deepEqual(readRustcErrors(program), [], `${rel(program)} is recorded as rejected by rustc`);
      for (const p of falseErrors(staticDiagnostics(program, fs.readFileSync(program, 'utf8'), failures))) problems.push(`${rel(program)}: ${p}`);
    }
    printFailures(failures);
    assert.deepEqual(problems, []);
  });

  it('(a) reports no rustc error on the golden programs, the layout corpora and the examples', () => {
    const failures: CheckFailure[] = [];
    const problems: string[] = [];
    let files = 0;
    for (const [dir, extensions] of VALID_ELSEWHERE) {
      for (const file of listFiles(dir, extensions)) {
        files++;
        for (const p of falseErrors(staticDiagnostics(file, fs.readFileSync(file, 'utf8'), failures))) problems.push(`${path.relative(REPO, file)}: ${p}`);
      }
    }
    printFailures(failures);
    assert.ok(files > 100, `only ${files} valid programs found`);
    assert.deepEqual(problems, []);
  });

  it('(b) every rustc error reported on a rejected program is one of rustc\'s, and (c) coverage keeps its floor', () => {
    const failures: CheckFailure[] = [];
    const problems: string[] = [];
    const coverage: Record<string, CodeCoverage> = {};
    for (const program of listFiles(REJECTED, ['.rs'])) {
      const rustc = readRustcErrors(program);
      assert.ok(rustc.length > 0, `${rel(program)} is recorded as accepted by rustc`);
      const reported = staticDiagnostics(program, fs.readFileSync(program, 'utf8'), failures);
      for (const p of unmatchedErrors(reported, rustc)) problems.push(`${rel(program)}: ${p}`);
      const c = (coverage[rustcKey(rustc[0]!)] ??= { programs: 0, reported: 0 });
      c.programs++;
      if (reportsFirstError(reported, rustc)) c.reported++;
    }
    printFailures(failures);
    const codes = Object.keys(coverage).sort();
    console.log('      rustc\'s first error reported by the engine, per code (per message for an error without one):');
    for (const code of codes) console.log(`        ${code}  ${coverage[code]!.reported}/${coverage[code]!.programs}`);
    assert.deepEqual(problems, []);

    const floors = JSON.parse(fs.readFileSync(COVERAGE, 'utf8')) as Record<string, number>;
    const { shortfalls, raised } = judgeCoverage(coverage, floors);
    if (Object.keys(raised).length > 0) {
      console.log(`      the engine now does better than the floor for ${Object.keys(raised).join(', ')}: raise these floors in ${path.relative(REPO, COVERAGE)}:`);
      for (const [code, n] of Object.entries(raised)) console.log(`        "${code}": ${n}`);
    }
    assert.deepEqual(shortfalls, []);
    const missing = codes.filter((c) => !(c in floors));
    assert.deepEqual(missing, [], `codes without a floor in ${path.relative(REPO, COVERAGE)}`);
  });
});

describe('error goldens: the recordings still match rustc', function () {
  // A cold cache compiles every program (two at a time); a warm one reads one small file each.
  this.timeout(600_000);
  it('rustc rejects every program under rejected/ and accepts every one under accepted/, as recorded', async function () {
    try {
      execFileSync('rustc', ['--version'], { stdio: 'ignore' });
    } catch {
      console.log('      skipped: rustc is not on PATH, the goldens cannot be re-recorded');
      this.skip();
    }
    const recorder = '../../scripts/goldens/errors.mjs';
    const mod = (await import(recorder)) as {
      recordCorpus(root: string, o: { write: boolean }): Promise<{ changed: string[]; misplaced: string[] }>;
    };
    for (const root of [REJECTED, ACCEPTED]) {
      const { changed, misplaced } = await mod.recordCorpus(root, { write: false });
      assert.deepEqual(misplaced, [], `${rel(root)}: programs in the wrong folder`);
      assert.deepEqual(changed, [], `${rel(root)}: goldens that differ from rustc (npm run record-goldens errors)`);
    }
  });
});
