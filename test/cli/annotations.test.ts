import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { distFile } from '../support/dist';

const root = path.join(__dirname, '..', '..');

function check(...files: string[]) {
  const result = spawnSync(process.execPath, [distFile('cli.js'), 'check', '--json', ...files], { cwd: root, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return (JSON.parse(result.stdout) as { file: string; line: number; column: number; severity: string; code: string; message: string }[])
    .map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}[${d.code}] ${d.message}`);
}

describe('rustmem check: annotations', () => {
  it('reports a wrong claim and a malformed annotation in a .rs file at their 1-based lines; right claims are silent', () => {
    assert.deepEqual(check('test/cli/fixtures/annotations/wrong_claims.rs'), [
      'test/cli/fixtures/annotations/wrong_claims.rs:6:1: warning[annotation-failed] `Pair` is 8 bytes, not 5',
      'test/cli/fixtures/annotations/wrong_claims.rs:8:15: error[annotation-invalid] expected a whole number of bytes, optionally with a unit: B, KB (1000), KiB (1024), MB (1000000) or MiB (1048576), e.g. `64 KiB`, found `64 kilobytes`',
    ]);
  });

  it('checks every ```rust block of a Markdown file at its line in the Markdown file', () => {
    assert.deepEqual(check('test/cli/fixtures/annotations/wrong_claims.md'), [
      'test/cli/fixtures/annotations/wrong_claims.md:12:1: warning[annotation-failed] `(u8, u16)` is 4 bytes, not 3',
    ]);
  });

  it('finds nothing to report in the annotated examples', () => {
    assert.deepEqual(check('examples/annotated_drops.rs', 'examples/chapter.md'), []);
  });
});

describe('rustmem layout: annotations', () => {
  it('uses `// @mem size` for a type from another crate', () => {
    const result = spawnSync(process.execPath, [distFile('cli.js'), 'layout', '--json', 'test/cli/fixtures/annotations/size_override.rs'], { cwd: root, encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
    const rows = JSON.parse(result.stdout) as { name: string; size: number; align: number }[];
    const s = rows.find((r) => r.name === 'S');
    assert.equal(s?.size, 24);
    assert.equal(s?.align, 8);
  });
});
