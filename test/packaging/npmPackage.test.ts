// The npm package of the `rustmem` CLI: `npm pack` of the current build, unpacked into a folder of
// its own with no node_modules, must run `rustmem check` and `rustmem replay` by itself and link
// diagnostics to the README it carries.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distFile, repoRoot } from '../support/dist';
import { readmeLineOf } from '../support/readmeLink';

describe('the npm package (rustmem CLI)', function () {
  this.timeout(120_000);
  let dir = '';
  let files: string[] = [];

  before(() => {
    for (const bundle of ['cli.js', 'simWorker.js', 'webview.js', 'tree-sitter.wasm', 'tree-sitter-rust.wasm']) distFile(bundle);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-npm-'));
    // --ignore-scripts: pack the build `npm test` made instead of building again.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: repoRoot, encoding: 'utf8' });
    const [packed] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
    files = packed!.files.map((f) => f.path).sort();
    execFileSync('tar', ['-xzf', path.join(dir, packed!.filename), '-C', dir]);
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('carries the CLI, its worker, the grammar, the replay renderer and the README, and no sources', () => {
    for (const f of ['bin/rustmem.js', 'dist/cli.js', 'dist/simWorker.js', 'dist/stdDecls.json', 'dist/webview.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-rust.wasm', 'media/inspector.css', 'README.md', 'LICENSE', 'package.json']) {
      assert.ok(files.includes(f), `${f} is in the package (it has: ${files.join(', ')})`);
    }
    assert.deepEqual(files.filter((f) => f.endsWith('.ts') || f.startsWith('test/') || f.endsWith('.map')), []);
  });

  it('runs check and replay from the unpacked package, with links into its own README', () => {
    const program = path.join(dir, 'big.rs');
    fs.writeFileSync(program, 'fn main() {\n    let buffer = [0u8; 65536];\n    println!("{}", buffer.len());\n}\n');
    const bin = path.join(dir, 'package', 'bin', 'rustmem.js');
    const check = spawnSync(process.execPath, [bin, 'check', '--json', program], { cwd: dir, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
    const [found] = JSON.parse(check.stdout) as { code: string; line: number; documentation?: string }[];
    assert.equal(found?.code, 'large-stack-array');
    assert.equal(found?.line, 2);
    assert.ok(found?.documentation?.startsWith(`file://${path.join(dir, 'package')}/README.md#L`), found?.documentation);
    assert.equal(readmeLineOf(found!.documentation!), '### `large-stack-array`');
    const page = path.join(dir, 'big.html');
    const replay = spawnSync(process.execPath, [bin, 'replay', '-o', page, program], { cwd: dir, encoding: 'utf8' });
    assert.equal(replay.status, 0, replay.stderr);
    assert.match(fs.readFileSync(page, 'utf8'), /<script nonce=/);
  });
});
