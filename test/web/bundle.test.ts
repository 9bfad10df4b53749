// What the browser bundles reach, from esbuild's metafile: the engine worker must not pull in
// Node (the module that reads the WebAssembly from disk is swapped for its browser stand-in), and
// the page bundle needs nothing outside itself.
import * as assert from 'node:assert/strict';
import { buildSite, type BuiltSite } from './site';
import { isExternalModule } from './browserBundles';

describe('playground bundles: no Node in the browser', function () {
  this.timeout(120000);
  let site: BuiltSite;

  before(async () => {
    site = await buildSite();
  });

  it('the engine worker reaches no Node module of ours and imports no node: builtin', () => {
    const inputs = site.workerMetafile.inputs;
    const files = Object.keys(inputs);
    assert.ok(files.some((f) => f.endsWith('server/src/engine/sim/index.ts')), 'the simulator is in the worker');
    assert.ok(files.some((f) => f.endsWith('parse/wasmFiles.browser.ts')));
    assert.ok(!files.some((f) => f.endsWith('parse/wasmFiles.ts')), 'the Node file reader is not bundled');
    for (const [file, input] of Object.entries(inputs)) {
      for (const imported of input.imports) {
        assert.ok(!imported.path.startsWith('node:'), `${file} imports ${imported.path}`);
        // web-tree-sitter loads fs and module only when it finds itself under Node.
        if (isExternalModule(imported)) assert.match(file, /node_modules\/web-tree-sitter\//, `${file} imports ${imported.path}`);
      }
      assert.ok(!/vscode-languageserver\/lib\/node|vscode-jsonrpc\/lib\/node/.test(file), `${file} is Node-only`);
    }
  });

  it('the page bundle is self-contained', () => {
    for (const [file, input] of Object.entries(site.pageMetafile.inputs)) {
      for (const imported of input.imports) assert.ok(!isExternalModule(imported), `${file} imports ${imported.path}`);
    }
  });
});
