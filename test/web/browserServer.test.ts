// The language server in a web worker (dist/browserServer.js), as VS Code for the Web runs it:
// Chromium loads it from a loopback HTTP server with its .wasm files beside it, in a real Web
// Worker, and a page speaks LSP to it over postMessage, as vscode-languageclient/browser does. It
// must answer initialize and publish the product's diagnostics for an opened document, then the
// trace of its run. The script is the bundle `npm run build` writes, built here with its options.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { launch, chromiumMissing, type Browser } from '../browser/harness';
import { browserServer } from './browserBundles';

const PAGE = `<!DOCTYPE html><html><body><script src="/lsp-client.js"></script></body></html>`;
/**
 * Starts the worker as the extension's browser client does (client/src/languageClient.browser.ts):
 * from a blob: URL holding the bundle, the parser's WebAssembly as its first message. Then posts
 * raw JSON-RPC messages and keeps every message the worker sends back.
 */
const CLIENT = `
  globalThis.received = [];
  const bytes = (url) => fetch(url).then((r) => r.arrayBuffer());
  globalThis.started = Promise.all([bytes('/browserServer.js'), bytes('/tree-sitter.wasm'), bytes('/tree-sitter-rust.wasm')]).then(([script, runtime, grammar]) => {
    globalThis.server = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
    server.onmessage = (e) => received.push(e.data);
    server.onerror = (e) => received.push({ workerError: e.message });
    server.postMessage({ parserWasm: { runtime: new Uint8Array(runtime), grammar: new Uint8Array(grammar) } }, [runtime, grammar]);
  });
`;
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html' };

const PROGRAM = 'fn main() {\n    let s = String::from("hi");\n    let t = s;\n    println!("{}", s);\n}\n';

/** The parser's WebAssembly, as the build copies it beside the bundles. */
const WASM: Record<string, string> = {
  'tree-sitter.wasm': require.resolve('web-tree-sitter/tree-sitter.wasm'),
  'tree-sitter-rust.wasm': path.join(path.dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm'),
};

function serve(script: Uint8Array): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (url.pathname === '/lsp-client.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(CLIENT);
    if (url.pathname === '/browserServer.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    const file = WASM[url.pathname.slice(1)];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(fs.readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('language server in a web worker (dist/browserServer.js), in Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let server: http.Server | undefined;

  before(async function () {
    const missing = chromiumMissing();
    if (missing) {
      console.log(`skipping the browser language server test: ${missing}`);
      this.skip();
    }
    server = await serve((await browserServer()).code);
    browser = await launch('light');
  });

  after(async () => {
    await browser?.close();
    await new Promise((r) => (server ? server.close(r) : r(undefined)));
  });

  it('answers initialize, publishes diagnostics on open and after an edit, returns the trace, and hovers', async () => {
    const page = await browser!.context.newPage();
    const { port } = server!.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(() => (globalThis as unknown as { started: Promise<void> }).started);
    const send = (message: unknown) => page.evaluate((m) => (globalThis as unknown as { server: Worker }).server.postMessage(m), message);
    const waitFor = async (predicate: string) => {
      const handle = await page.waitForFunction(`globalThis.received.find((m) => m.workerError || (${predicate}))`);
      const found = (await handle.jsonValue()) as Record<string, unknown>;
      assert.equal(found['workerError'], undefined, String(found['workerError']));
      return found;
    };

    await send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const init = (await waitFor('m.id === 1')) as { result: { capabilities: Record<string, unknown>; serverInfo: { name: string } } };
    assert.equal(init.result.serverInfo.name, 'rustmem');
    assert.equal(init.result.capabilities['hoverProvider'], true);
    await send({ jsonrpc: '2.0', method: 'initialized', params: {} });

    const uri = 'file:///playground/main.rs';
    await send({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'rust', version: 1, text: PROGRAM } } });
    const published = (await waitFor(`m.method === 'textDocument/publishDiagnostics' && m.params.diagnostics.some((d) => d.code === 'use-after-move')`)) as {
      params: { uri: string; version: number; diagnostics: { code: string; range: { start: { line: number } } }[] };
    };
    assert.equal(published.params.uri, uri);
    assert.equal(published.params.version, 1);
    const moved = published.params.diagnostics.find((d) => d.code === 'use-after-move')!;
    assert.equal(moved.range.start.line, 3);

    // rustc rejects version 1 (E0382): the trace is the refusal, with rustc's error and no steps.
    await send({ jsonrpc: '2.0', id: 2, method: 'rustMemory/trace', params: { uri } });
    const refused = (await waitFor('m.id === 2')) as { result?: { version: number; trace: { end: { kind: string; code?: string } } }; error?: unknown };
    assert.equal(refused.error, undefined, JSON.stringify(refused.error));
    assert.equal(refused.result!.version, 1);
    assert.deepEqual([refused.result!.trace.end.kind, refused.result!.trace.end.code], ['rejected', 'E0382']);

    // An edit that fixes the program: version 2 is published without the diagnostic.
    const fixed = PROGRAM.replace('println!("{}", s);', 'println!("{}", t);');
    await send({ jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] } });
    const after = (await waitFor(`m.method === 'textDocument/publishDiagnostics' && m.params.version === 2`)) as {
      params: { diagnostics: { code: string }[] };
    };
    assert.deepEqual(after.params.diagnostics.map((d) => d.code), []);
    await send({ jsonrpc: '2.0', id: 4, method: 'rustMemory/trace', params: { uri } });
    const trace = (await waitFor('m.id === 4')) as { result?: { version: number; trace: { steps: { count: number }; entry: string } }; error?: unknown };
    assert.equal(trace.error, undefined, JSON.stringify(trace.error));
    assert.equal(trace.result!.version, 2);
    assert.equal(trace.result!.trace.entry, 'main');
    assert.ok(trace.result!.trace.steps.count > 0, 'steps, as columns');
    await send({ jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 1, character: 9 } } });
    const hover = (await waitFor('m.id === 3')) as { result: { contents: { value: string } } | null };
    assert.match(hover.result?.contents.value ?? '', /String/);
    await page.close();
  });

  it('a host that starts with JSON-RPC instead of the parser gets its answers, and an error saying what is missing', async () => {
    const page = await browser!.context.newPage();
    const { port } = server!.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.evaluate(() => (globalThis as unknown as { started: Promise<void> }).started);
    const answers = await page.evaluate(async (program) => {
      const script = await (await fetch('/browserServer.js')).arrayBuffer();
      const worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'text/javascript' })));
      const received: { id?: number; result?: unknown; error?: { message: string } }[] = [];
      const answer = (id: number) => new Promise<unknown>((resolve) => {
        const look = () => {
          const found = received.find((m) => m.id === id);
          if (found) resolve(found);
          else setTimeout(look, 20);
        };
        look();
      });
      worker.onmessage = (e) => received.push(e.data);
      const uri = 'file:///playground/main.rs';
      worker.postMessage({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
      const init = await answer(1);
      worker.postMessage({ jsonrpc: '2.0', method: 'initialized', params: {} });
      worker.postMessage({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'rust', version: 1, text: program } } });
      worker.postMessage({ jsonrpc: '2.0', id: 2, method: 'rustMemory/trace', params: { uri } });
      const trace = await answer(2);
      worker.terminate();
      return { init, trace } as { init: { result?: { serverInfo: { name: string } } }; trace: { error?: { message: string } } };
    }, PROGRAM);
    assert.equal(answers.init.result?.serverInfo.name, 'rustmem');
    assert.match(answers.trace.error?.message ?? '', /not given the parser/);
    await page.close();
  });
});
