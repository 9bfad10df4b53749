import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distFile } from '../support/dist';
import { readmeLineOf } from '../support/readmeLink';

const fixtures = path.join(__dirname, 'fixtures');

function rustmem(...args: string[]) {
  const result = spawnSync(process.execPath, [distFile('cli.js'), ...args], { cwd: fixtures, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rustmem check', () => {
  it('prints compiler-style lines and a summary, and exits 0 whatever it found', () => {
    const r = rustmem('check', 'missing_semicolon.rs', 'clean.rs');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.equal(lines[0], 'missing_semicolon.rs:2:13: error[syntax-error]: expected `;` after `5`');
    assert.equal(lines.at(-1), '1 error, 0 warnings in 2 files');
  });

  it('--json prints one array with 1-based positions in the documented shape', () => {
    const r = rustmem('check', '--json', 'extra_paren.rs');
    assert.equal(r.status, 0, r.stderr);
    const found = JSON.parse(r.stdout) as { documentation?: string }[];
    assert.ok(Array.isArray(found));
    const documentation = found[0]?.documentation ?? '';
    assert.equal(readmeLineOf(documentation), '### `syntax-error`', 'the link lands on the code\'s README section');
    assert.deepEqual(found.map(({ documentation: _, ...rest }) => rest), [
      {
        file: 'extra_paren.rs',
        line: 6,
        column: 26,
        endLine: 6,
        endColumn: 27,
        severity: 'error',
        code: 'syntax-error',
        message: 'unexpected closing delimiter `)`',
        related: [],
        fixes: [],
      },
    ]);
  });

  it('--json on a clean file prints an empty array', () => {
    const r = rustmem('check', '--json', 'clean.rs');
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), []);
  });

  it('--deny warnings exits 1 when there is an error, 0 when there is none', () => {
    assert.equal(rustmem('check', '--deny', 'warnings', 'missing_semicolon.rs').status, 1);
    assert.equal(rustmem('check', '--deny=warnings', 'clean.rs').status, 0);
  });

  it('labels a finding with the word the summary counts it under (`note`, as rustc says)', () => {
    const r = rustmem('check', 'grows_in_loop.rs');
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0] ?? '', /^grows_in_loop\.rs:4:9: note\[realloc-in-loop\]: /);
    assert.ok(!r.stdout.includes('information'), r.stdout);
    assert.equal(lines.at(-1), '0 errors, 0 warnings, 1 note in 1 file');
  });

  it('on a missing file prints only the reason, no summary of nothing, and exits 2', () => {
    const r = rustmem('check', 'no/such/file.rs');
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'rustmem check: cannot read no/such/file.rs: no such file or directory\n');
  });

  it('exits 2 naming the path and the reason when a file cannot be read', () => {
    const r = rustmem('check', 'clean.rs', 'no/such/file.rs');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot read no\/such\/file\.rs: no such file or directory/);
    assert.equal(rustmem('check', '.').status, 2, 'a directory is not a readable file');
  });

  it('exits 2 on usage errors with a message on stderr', () => {
    for (const args of [['check'], ['check', '--bogus', 'clean.rs'], ['check', '--deny', 'everything', 'clean.rs'], ['frobnicate'], []]) {
      const r = rustmem(...args);
      assert.equal(r.status, 2, `rustmem ${args.join(' ')}: status ${r.status}, stderr: ${r.stderr}`);
      assert.notEqual(r.stderr, '', `rustmem ${args.join(' ')} explains on stderr`);
      assert.equal(r.stdout, '');
    }
  });
});

describe('rustmem help and version', () => {
  it('--help lists every command and exits 0', () => {
    const r = rustmem('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: rustmem <command>/m);
    assert.match(r.stdout, /^ {2}check +\S/m);
    assert.match(r.stdout, /^ {2}lsp +\S/m);
  });

  it('--version prints the package version', () => {
    const { version } = require('../../package.json') as { version: string };
    const r = rustmem('--version');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `rustmem ${version}\n`);
  });

  it('<command> --help prints that command\'s usage', () => {
    const check = rustmem('check', '--help');
    assert.equal(check.status, 0);
    assert.match(check.stdout, /^Usage: rustmem check \[--json \| --format human\|json\|sarif\] \[--explain\] \[--deny warnings\] FILE\.\.\./);
    const lsp = rustmem('lsp', '--help');
    assert.equal(lsp.status, 0);
    assert.match(lsp.stdout, /^Usage: rustmem lsp --stdio/);
  });

  it('keeps its exit status and prints no stack when the reader closes the pipe early (`| head`)', async () => {
    // The parent closes its end before the child writes a byte, so every write meets EPIPE.
    const child = spawn(process.execPath, [distFile('cli.js'), 'check', '--explain', 'missing_semicolon.rs', 'clean.rs'], {
      cwd: fixtures,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    assert.equal(stderr, '');
    assert.equal(status, 0);
  });
});

describe('rustmem check on a file longer than 500 lines (simulated in the worker)', () => {
  const loop = ['    let mut squares = Vec::new();', '    for i in 0..100u64 {', '        squares.push(i * i);', '    }', '    println!("{}", squares.len());'];
  const filler = Array.from({ length: 600 }, (_, i) => `const C${i}: u32 = ${i};`).join('\n');
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-long-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  function checkText(name: string, text: string) {
    fs.writeFileSync(path.join(dir, name), text);
    const result = spawnSync(process.execPath, [distFile('cli.js'), 'check', name], { cwd: dir, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    return result.stdout.trimEnd().split('\n');
  }

  it('is simulated when it has a top-level `main`', () => {
    const lines = checkText('main.rs', `${filler}\nfn main() {\n${loop.join('\n')}\n}\n`);
    assert.match(lines[0] ?? '', /^main\.rs:604:9: note\[realloc-in-loop\]: `squares` \(Vec<u64>\) grew 5 times/);
    assert.equal(lines.at(-1), '0 errors, 0 warnings, 1 note in 1 file');
  });

  it('is not simulated when its only `main`s are in modules', () => {
    const lines = checkText('modules.rs', `${filler}\nmod a {\npub fn main() {\n${loop.join('\n')}\n}\n}\n`);
    assert.deepEqual(lines, ['0 errors, 0 warnings in 1 file']);
  });
});
