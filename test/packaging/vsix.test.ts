// Packs the extension from the current build (the same files `npm run package` takes, before
// minification) and checks what the .vsix carries.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distFile, repoRoot } from '../support/dist';
import manifest from '../../package.json';

/** The file names in a zip archive, read from its central directory. */
function zipEntries(zip: Buffer): string[] {
  const eocd = zip.lastIndexOf(new Uint8Array([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'the .vsix is a zip archive');
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

describe('the .vsix', function () {
  this.timeout(180_000);
  let entries: string[] = [];
  let size = 0;

  before(() => {
    for (const bundle of ['client.js', 'server.js', 'browserClient.js', 'browserServer.js', 'tree-sitter.wasm', 'tree-sitter-rust.wasm']) distFile(bundle);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-vsix-'));
    const vsix = path.join(out, 'rust-memory-inspector.vsix');
    try {
      const vsce = path.join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
      // The same vsce options as `npm run package`, without its production build.
      const script = (manifest.scripts.package.split('&&')[1] ?? '').trim().split(/\s+/);
      const options = script.slice(2).filter((a, i, all) => a !== '-o' && all[i - 1] !== '-o');
      execFileSync(process.execPath, [vsce, 'package', ...options, '-o', vsix], {
        cwd: repoRoot,
        stdio: 'pipe',
      });
      const zip = fs.readFileSync(vsix);
      size = zip.length;
      entries = zipEntries(zip).filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  // vsce stores README.md as readme.md and LICENSE as LICENSE.txt.
  it('carries the bundles, both grammar .wasm files and the manifest', () => {
    for (const file of ['package.json', 'readme.md', 'LICENSE.txt', 'dist/client.js', 'dist/server.js', 'dist/browserClient.js', 'dist/browserServer.js', 'dist/tree-sitter.wasm', 'dist/tree-sitter-rust.wasm']) {
      assert.ok(entries.includes(file), `${file} is in the .vsix (it has: ${entries.join(', ')})`);
    }
  });

  it('carries no TypeScript sources, no node_modules, no source maps, no tests and no CLI', () => {
    const unwanted = entries.filter(
      (e) => /\.ts$|\.map$/.test(e) || /(^|\/)node_modules\//.test(e) || /^(test|server|client|protocol|scripts|examples|bin)\//.test(e) || e === 'dist/cli.js',
    );
    assert.deepEqual(unwanted, []);
  });

  it('stays under 3 MiB', () => {
    assert.ok(size < 3 * 1024 * 1024, `the .vsix is ${(size / 1024 / 1024).toFixed(2)} MiB`);
  });
});
