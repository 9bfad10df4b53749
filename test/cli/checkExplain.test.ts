// `rustmem check --explain`: each function's permissions (R/W/O) per variable, as text and JSON.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { distFile } from '../support/dist';
import type { JsonBodyPermissions } from '../../server/src/cli/permissionsReport';

const golden = path.join(__dirname, '..', 'golden', 'permissions');

function rustmem(...args: string[]) {
  const result = spawnSync(process.execPath, [distFile('cli.js'), ...args], { cwd: golden, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rustmem check --explain', function () {
  this.timeout(60_000);

  it('says where each variable loses and regains its permissions, and why', () => {
    const r = rustmem('check', '--explain', 'shared_borrow_of_vec.rs', 'move_of_string.rs');
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, [
      'shared_borrow_of_vec.rs:10: permissions in `main` (R read, W write, O own):',
      '  v: R W O from line 12',
      '    line 13: loses W, O (`first` borrows it until line 13)',
      '    line 14: regains W, O',
      '  first: R -- O from line 13 (`first` is declared without `mut`)',
      '  *first: R -- -- from line 13 (it is behind the `&` reference `first`)',
      'move_of_string.rs:7: permissions in `main` (R read, W write, O own):',
      '  s: R W O from line 9',
      '    line 10: loses R, W, O (it was moved at line 9)',
      '  t: R -- O from line 10 (`t` is declared without `mut`)',
      '0 errors, 0 warnings in 2 files',
      '',
    ].join('\n'));
  });

  it('--json carries every variable\'s R/W/O at every line beside the diagnostics', () => {
    const r = rustmem('check', '--explain', '--json', 'mutable_borrow.rs');
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { diagnostics: unknown[]; permissions: JsonBodyPermissions[] };
    assert.deepEqual(out.diagnostics, []);
    const main = out.permissions.find((b) => b.function === 'main')!;
    const v = main.places.find((p) => p.place === 'v')!;
    assert.deepEqual(v.lines.map((l) => [l.line, l.R, l.W, l.O]), [[10, true, true, true], [11, false, false, false], [12, false, false, false], [13, true, true, true], [14, true, true, true]]);
    assert.deepEqual(v.lines[1]!.lost[0], {
      perm: 'R',
      why: { kind: 'loan', mutable: true, binding: 'r', borrowLine: 10, borrowColumn: 13, untilLine: 12, text: '`r` borrows it mutably until line 12' },
    });
  });

  it('without --explain the JSON is the diagnostics array as before; with sarif it is a usage error', () => {
    const plain = rustmem('check', '--json', 'mutable_borrow.rs');
    assert.ok(Array.isArray(JSON.parse(plain.stdout)));
    const sarif = rustmem('check', '--explain', '--format', 'sarif', 'mutable_borrow.rs');
    assert.equal(sarif.status, 2);
    assert.match(sarif.stderr, /--explain/);
  });
});
