import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distFile, repoRoot } from '../support/dist';

/** rustc's errors as recorded beside a golden program (NAME.expected.json). */
function readRustcErrors(program: string): { code: string | null; message: string; line: number; column: number }[] {
  return (JSON.parse(fs.readFileSync(program.replace(/\.rs$/, '.expected.json'), 'utf8')) as { errors: ReturnType<typeof readRustcErrors> }).errors;
}

function cli(...args: string[]) {
  return spawnSync(process.execPath, [distFile('cli.js'), ...args], { cwd: repoRoot, encoding: 'utf8' });
}

// test/golden/resolve/unresolved_values.rs: rustc's first error is E0425 at 3:13.
const REJECTED = 'test/golden/resolve/unresolved_values.rs';
const REFUSAL = `rustmem: rustc would reject this program: error[E0425] at ${REJECTED}:3:13: cannot find value \`missing_value\` in this scope\n`;

describe('run, trace and replay refuse a program rustc rejects', function () {
  this.timeout(60000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-rejected-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const command of ['run', 'trace']) {
    it(`${command}: exit 2 and rustc's first error, nothing on stdout`, () => {
      const r = cli(command, REJECTED);
      assert.equal(r.status, 2, r.stderr);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, REFUSAL);
    });
  }

  it('replay: exit 2, the same line, and no page written', () => {
    const out = path.join(dir, 'page.html');
    const r = cli('replay', '-o', out, REJECTED);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, REFUSAL);
    assert.equal(fs.existsSync(out), false);
  });

  it('an error rustc gives no code is headed `error`, as rustc heads it, not with the engine\'s name', () => {
    // rustc: "error: lifetime may not live long enough" at 2:27 (the golden's .expected.json).
    const file = 'test/golden/rejected/borrows/lifetime_two_params_returns_second.rs';
    const r = cli('run', file);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr, `rustmem: rustc would reject this program: error at ${file}:2:27: lifetime may not live long enough\n`);
  });

  it('a syntax error whose rustc wording is known (a `let` as an expression, a second `..`) is refused with rustc\'s words and position', () => {
    const folder = 'test/golden/rejected/syntax';
    const programs = fs.readdirSync(path.join(repoRoot, folder)).filter((f) => f.endsWith('.rs'));
    assert.ok(programs.length >= 5, `only ${programs.length} programs in ${folder}`);
    for (const name of programs) {
      const file = `${folder}/${name}`;
      const first = readRustcErrors(path.join(repoRoot, file))[0]!;
      const r = cli('run', file);
      assert.equal(r.status, 2, `${file}: ${r.stderr}`);
      assert.equal(r.stderr, `rustmem: rustc would reject this program: error at ${file}:${first.line}:${first.column}: ${first.message}\n`);
    }
  });

  for (const [name, code] of [
    ['e0277_add_option_to_number', 'E0277'], ['e0282_channel_item_type_unknown', 'E0282'], ['e0433_type_after_io_prelude_glob', 'E0433'],
    ['e0790_trait_fn_without_impl_type', 'E0790'], ['e0277_supertrait_display_missing', 'E0277'], ['e0308_vec_of_two_opaque_closures', 'E0308'],
  ] as const) {
    it(`run refuses ${name} with rustc's first error (${code}, its line)`, () => {
      const file = `test/golden/rejected/types/${name}.rs`;
      const first = readRustcErrors(path.join(repoRoot, file))[0]!;
      assert.equal(first.code, code);
      const r = cli('run', file);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`^rustmem: rustc would reject this program: error\\[${code}\\] at ${file.replace(/\./g, '\\.')}:${first.line}:\\d+: `));
    });
  }

  it('check reports each of rustc\'s errors as an error with its code', () => {
    const r = cli('check', '--json', REJECTED);
    assert.equal(r.status, 0, r.stderr);
    const found = (JSON.parse(r.stdout) as { code: string; line: number; column: number; severity: string }[])
      .filter((d) => /^E\d{4}$/.test(d.code))
      .map((d) => `${d.severity} ${d.code}@${d.line}:${d.column}`);
    assert.deepEqual(found, ['error E0425@3:13', 'error E0425@4:5', 'error E0433@5:13', 'error E0433@6:13', 'error E0422@7:13', 'error E0425@8:12']);
  });
});
