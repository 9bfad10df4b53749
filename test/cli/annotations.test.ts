import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distFile } from '../support/dist';
import { decodeTrace, type TraceColumns } from '../../protocol/traceColumns';

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

  it('confirms every claim of the annotated examples (nothing annotation-related to report)', () => {
    assert.deepEqual(check('examples/annotated_drops.rs', 'examples/chapter.md').filter((d) => /\[annotation-/.test(d)), []);
  });

  it('reports wrong drop, leak, output and panic claims of a simulated run', () => {
    assert.deepEqual(check('test/unit/fixtures/annotations/wrong_drops.rs').filter((d) => /\[annotation-/.test(d)), [
      'test/unit/fixtures/annotations/wrong_drops.rs:9:1: warning[annotation-failed] the run frees every heap block it allocates',
      'test/unit/fixtures/annotations/wrong_drops.rs:10:1: warning[annotation-failed] the program never prints `drop z`: it prints `drop e`, `drop t`, `drop b`, `drop a`',
      'test/unit/fixtures/annotations/wrong_drops.rs:11:1: warning[annotation-failed] the run ends normally (exit status 0), without a panic',
      'test/unit/fixtures/annotations/wrong_drops.rs:16:14: warning[annotation-failed] drops `e`, not `b`',
      'test/unit/fixtures/annotations/wrong_drops.rs:19:9: information[annotation-unchecked] the snapshot `never` is never reached: line 20 does not run in the simulation',
      'test/unit/fixtures/annotations/wrong_drops.rs:20:18: warning[annotation-failed] line 20 never runs, so it drops nothing, not `a`',
      'test/unit/fixtures/annotations/wrong_drops.rs:22:3: warning[annotation-failed] drops `b`, `a`, not `a`, `b`',
    ]);
  });

  it('a wrong claim in a Markdown block is reported at its Markdown line', () => {
    assert.deepEqual(check('test/cli/fixtures/annotations/drops.md').filter((d) => /\[annotation-/.test(d)), [
      'test/cli/fixtures/annotations/drops.md:10:10: warning[annotation-failed] drops `x`, not `y`',
    ]);
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

describe('rustmem run: Markdown and annotations', () => {
  function run(...args: string[]) {
    const r = spawnSync(process.execPath, [distFile('cli.js'), 'run', ...args], { cwd: root, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('runs the first analysed block of a Markdown file, or block N with --snippet N', () => {
    assert.deepEqual(run('examples/chapter.md'), { status: 0, stdout: 'drop x\nend\ndrop y\n', stderr: '' });
    assert.deepEqual(run('--snippet', '2', 'examples/chapter.md'), { status: 0, stdout: 'a: 2 strong, b: 2 strong\n', stderr: '' });
    const skipped = run('--snippet=4', 'examples/chapter.md');
    assert.equal(skipped.status, 2);
    assert.match(skipped.stderr, /cannot run examples\/chapter\.md: block 4 \(line 60\) is marked `compile_fail`/);
    assert.match(run('--snippet', '9', 'examples/chapter.md').stderr, /it has 4 ```rust blocks, so there is no block 9/);
    assert.match(run('--snippet', '1', 'examples/annotated_drops.rs').stderr, /`--snippet` applies to Markdown files only/);
  });

  it('starts from the function `// @mem entry` names', () => {
    assert.deepEqual(run('test/cli/fixtures/annotations/entry.rs'), { status: 0, stdout: 'demo runs\n', stderr: '' });
  });
});

describe('rustmem trace and replay: Markdown', () => {
  function cli(...args: string[]) {
    const r = spawnSync(process.execPath, [distFile('cli.js'), ...args], { cwd: root, encoding: 'utf8' });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('trace --json of a block has the Markdown file\'s lines and the block\'s snapshots', () => {
    const r = cli('trace', '--json', '--snippet', '2', 'examples/chapter.md');
    assert.equal(r.status, 0, r.stderr);
    const trace = decodeTrace(JSON.parse(r.stdout) as TraceColumns);
    assert.deepEqual(trace.snapshots.map((s) => [s.label, s.line]), [['cycle closed', 42]]);
    assert.equal(trace.steps.at(trace.snapshots[0]!.step)?.line, 42);
    assert.ok([...trace.steps].every((s) => s.line >= 30 && s.line <= 45), 'every step is inside block 2');
    assert.equal(trace.leaks.length, 2);
  });

  it('replay writes the page of the chosen block, and refuses a skipped one', () => {
    const out = path.join(os.tmpdir(), `rustmem-chapter-${process.pid}.html`);
    const r = cli('replay', '--snippet=1', '-o', out, 'examples/chapter.md');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^wrote .*: \d+ steps\n$/);
    fs.rmSync(out, { force: true });
    const skipped = cli('replay', '--snippet', '4', 'examples/chapter.md');
    assert.equal(skipped.status, 2);
    assert.match(skipped.stderr, /block 4 \(line 60\) is marked `compile_fail`/);
  });
});
