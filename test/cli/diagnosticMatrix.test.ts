// The diagnostic matrix (test/support/diagnosticMatrix.ts) through `rustmem check`, human and
// --json: every code where it should be and nowhere else, and each row consistent with what rustc
// recorded for the same program.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { distFile, repoRoot } from '../support/dist';
import { DIAGNOSTIC_MATRIX, MATRIX_CODES } from '../support/diagnosticMatrix';
import { readmeLineOf } from '../support/readmeLink';

const GOLDEN = path.join(repoRoot, 'test', 'golden');
const files = DIAGNOSTIC_MATRIX.map((r) => r.file);

interface Found { file: string; line: number; column: number; code: string; related: unknown[]; documentation?: string }

/** The rows are facts of runs to the step limit: a loaded machine must not end them at the time limit. */
const NO_TIME_LIMIT = ['--max-ms', '600000'];

function check(...args: string[]): string {
  const r = spawnSync(process.execPath, [distFile('cli.js'), 'check', ...NO_TIME_LIMIT, ...args, ...files], { cwd: GOLDEN, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '', 'no check failed');
  return r.stdout;
}

/** What rustc recorded for a row's program. */
function recorded(file: string): { status?: number; e0382Lines?: number[] } {
  const json = path.join(GOLDEN, file.replace(/\.rs$/, '.expected.json'));
  if (!fs.existsSync(json)) return {};
  const data = JSON.parse(fs.readFileSync(json, 'utf8')) as { status?: number; errors?: { line: number }[] };
  return { status: data.status, e0382Lines: data.errors?.map((e) => e.line) };
}

describe('diagnostic matrix: rustmem check', function () {
  // One CLI run simulates all the matrix's programs, each in its own worker.
  this.timeout(180_000);
  let json: Found[] = [];
  let human = '';

  before(() => {
    json = JSON.parse(check('--json')) as Found[];
    human = check();
  });

  it('covers every code with a row where it appears and a row where it must not', () => {
    for (const code of MATRIX_CODES) {
      assert.ok(DIAGNOSTIC_MATRIX.some((r) => r.expect.some((k) => k.startsWith(`${code}@`))), `a row with ${code}`);
      assert.ok(DIAGNOSTIC_MATRIX.some((r) => !r.expect.some((k) => k.startsWith(`${code}@`))), `a row without ${code}`);
    }
  });

  for (const row of DIAGNOSTIC_MATRIX) {
    it(`${row.file}: ${row.why}`, () => {
      const mine = json.filter((d) => d.file === row.file);
      assert.deepEqual(mine.map((d) => `${d.code}@${d.line}:${d.column}`), row.expect, '--json');
      const lines = human.split('\n').filter((l) => l.startsWith(`${row.file}:`));
      const fromHuman = lines.map((l) => /^[^:]+:(\d+):(\d+): \w+\[([a-z-]+)\]/.exec(l)).map((m) => `${m?.[3]}@${m?.[1]}:${m?.[2]}`);
      assert.deepEqual(fromHuman, row.expect, 'human output');
      for (const d of mine) assert.equal(readmeLineOf(d.documentation ?? ''), `### \`${d.code}\``, `${d.code} links to its README section`);

      // The row agrees with rustc: E0382 lines, and how the real program ended.
      const truth = recorded(row.file);
      if (truth.e0382Lines) {
        assert.deepEqual(mine.filter((d) => d.code === 'use-after-move').map((d) => d.line), truth.e0382Lines, 'the lines rustc reports E0382 at');
      }
      const finished = !mine.some((d) => d.code === 'unsupported');
      if (truth.status !== undefined && finished) {
        assert.equal(mine.some((d) => d.code === 'stack-overflow'), truth.status === 134, `stack-overflow iff the real run overflowed (status ${truth.status})`);
        assert.equal(mine.some((d) => d.code === 'panic'), truth.status === 101, `panic iff the real run panicked (status ${truth.status})`);
      }
    });
  }

  it('lists the quick fixes: as `= help:` lines, the preferred first, and as `fixes` in --json', () => {
    const file = 'programs/diagnostics/large_array_ok.rs';
    const block = human.split('\n');
    const at = block.findIndex((l) => l.startsWith(`${file}:11:17: warning[box-stack-temporary]`));
    assert.deepEqual(block.slice(at + 1, at + 3), [
      '    = help: quick fix: Allocate on the heap as a fixed-size `Box<[u8; N]>`',
      '    = help: quick fix: Allocate on the heap as a boxed slice `Box<[u8]>`: `vec![2u8; N].into_boxed_slice()`',
    ]);
    const boxed = json.find((d) => d.file === file && d.code === 'box-stack-temporary') as Found & { fixes: { title: string; preferred: boolean; edits: unknown[] }[] };
    assert.deepEqual(boxed.fixes.map((f) => [f.preferred, f.edits.length]), [[true, 1], [false, 1]]);
  });

  it('use-after-move and rc-cycle name the other places involved', () => {
    const moved = json.find((d) => d.file === 'borrowck/move_fn_arg.rs' && d.code === 'use-after-move');
    assert.deepEqual(moved?.related, [
      { file: 'borrowck/move_fn_arg.rs', line: 8, column: 21, message: 'value moved here' },
      { file: 'borrowck/move_fn_arg.rs', line: 9, column: 17, message: 'value borrowed here after move' },
      { file: 'borrowck/move_fn_arg.rs', line: 7, column: 9, message: 'move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait' },
    ]);
    const cycle = json.find((d) => d.file === 'programs/runtime/leak_rc_cycle.rs' && d.code === 'rc-cycle');
    assert.equal(cycle?.related.length, 2, 'one related place per edge of a → b → a');
  });
});
