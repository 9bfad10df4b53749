// The extension for VS Code for the Web: package.json's `browser` entry is the client bundled for
// a web extension host, which has no Node. Neither it nor the language server it starts in a Web
// Worker may reach a `node:` module, a Node transport or a module of ours that needs Node: esbuild's
// metafile of each bundle shows what it reaches. (browserServer.test.ts runs the server in Chromium.)
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import manifest from '../../package.json';
import { ROOT } from '../browser/harness';
import { browserClient, browserServer, isExternalModule, type BrowserBundle } from './browserBundles';

const NODE_TRANSPORT = /vscode-(languageclient|languageserver|jsonrpc)\/lib\/node\//;

/** Every `node:` import, Node transport and module left outside the bundle, as `file → import`. */
function nodeReach(bundle: BrowserBundle, allowExternal: (file: string, imported: string) => boolean): string[] {
  const found: string[] = [];
  for (const [file, input] of Object.entries(bundle.metafile.inputs)) {
    if (NODE_TRANSPORT.test(file)) found.push(`${file} (a Node transport)`);
    for (const imported of input.imports) {
      if (imported.path.startsWith('node:')) found.push(`${file} → ${imported.path}`);
      else if (isExternalModule(imported) && !allowExternal(file, imported.path)) found.push(`${file} → ${imported.path} (external)`);
    }
  }
  return found;
}

describe('VS Code for the Web: the browser bundles reach no Node', function () {
  this.timeout(120000);

  it('package.json `browser` names the client bundle the build writes', async () => {
    assert.equal((manifest as { browser?: string }).browser, './dist/browserClient.js');
    const outputs = Object.keys((await browserClient()).metafile.outputs);
    assert.deepEqual(outputs.filter((f) => f.endsWith('.js')).map((f) => path.basename(f)), ['browserClient.js']);
    const vscodeignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    for (const file of ['!dist/browserClient.js', '!dist/browserServer.js']) assert.ok(vscodeignore.includes(file), `${file} in .vscodeignore`);
  });

  it('the client: the extension with its browser language client, only `vscode` outside it', async () => {
    const bundle = await browserClient();
    const files = Object.keys(bundle.metafile.inputs);
    for (const ours of ['client/src/extension.ts', 'client/src/languageClient.browser.ts', 'client/src/inspector/panel.ts']) {
      assert.ok(files.includes(ours), `${ours} is in the client bundle`);
    }
    assert.ok(files.some((f) => f.includes('node_modules/vscode-languageclient/lib/browser/')), 'the browser language client is bundled');
    assert.ok(!files.includes('client/src/languageClient.ts'), 'the Node launcher is bundled');
    assert.deepEqual(nodeReach(bundle, (_file, imported) => imported === 'vscode'), []);
  });

  it('the language server: the engine with its browser stand-ins', async () => {
    const bundle = await browserServer();
    const files = Object.keys(bundle.metafile.inputs);
    for (const ours of ['server/src/languageServer.ts', 'server/src/engine/parse/wasmFiles.browser.ts', 'server/src/features/simulation.browser.ts']) {
      assert.ok(files.includes(ours), `${ours} is in the server bundle`);
    }
    for (const nodeOnly of ['server/src/engine/parse/wasmFiles.ts', 'server/src/features/simulation.ts', 'server/src/codeDocumentation.ts', 'server/src/simWorker.ts']) {
      assert.ok(!files.includes(nodeOnly), `${nodeOnly} is bundled`);
    }
    // web-tree-sitter asks for fs, path and url only behind its own test for Node.
    assert.deepEqual(nodeReach(bundle, (file) => /node_modules\/web-tree-sitter\//.test(file)), []);
  });
});
