// The options of every bundle that runs in a browser and holds the engine or its clients: the
// playground's engine worker, the language server for a web worker (dist/browserServer.js) and
// the extension client for VS Code for the Web (dist/browserClient.js, package.json `browser`).
// `npm run build` writes the last two; `npm run build:web` the playground. The tests read what each
// reaches from the metafile of the same options.
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * Swaps the modules that need Node for their browser stand-ins (`x.ts` → `x.browser.ts` beside
 * it): where the parser's WebAssembly comes from, where simulations run, where replay pages are
 * written, where a code's documentation is, how the extension starts its language server. The
 * language server's transport comes from vscode-languageserver/browser.
 */
export const browserHost = {
  name: 'browser-host',
  setup(build) {
    build.onResolve({ filter: /(^|\/)(wasmFiles|simulation|codeDocumentation|replayFile|languageClient)$/ }, (args) => {
      if (args.importer.endsWith('.browser.ts')) return undefined;
      const name = path.basename(args.path);
      return { path: path.join(args.resolveDir, path.dirname(args.path), `${name}.browser.ts`) };
    });
    build.onResolve({ filter: /^vscode-languageserver\/node$/ }, (args) =>
      build.resolve('vscode-languageserver/browser', { resolveDir: args.resolveDir, kind: args.kind }));
    build.onResolve({ filter: /^node:path$/ }, () => ({ path: path.join(root, 'web/src/worker/pathShim.ts') }));
  },
};

/** What every browser bundle shares: one minified script, kept in memory with its metafile. */
export const BROWSER_BUNDLE = {
  absWorkingDir: root,
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  write: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * The playground's engine worker. `plugins` are the build's own (std's declarations lowered at
 * build time, scripts/build/stdDeclarations.mjs); the tests bundle without them.
 */
export function engineWorkerOptions(plugins = []) {
  return {
    ...BROWSER_BUNDLE,
    entryPoints: ['web/src/worker/engineWorker.ts'],
    inject: [path.join(root, 'web/src/worker/bufferShim.ts')],
    // web-tree-sitter loads these only under Node (behind its own ENVIRONMENT_IS_NODE test).
    external: ['fs', 'fs/promises', 'module', 'path', 'url'],
    plugins: [browserHost, ...plugins],
    // `import.meta.url` only locates the runtime, which the page passes as bytes.
    define: { 'import.meta.url': 'undefined' },
  };
}

/** The language server for a web worker: dist/browserServer.js, the .wasm files beside it. */
export function browserServerOptions(plugins = []) {
  return {
    ...engineWorkerOptions(plugins),
    entryPoints: { browserServer: 'server/src/browserServer.ts' },
    inject: [path.join(root, 'web/src/worker/bufferShim.ts'), path.join(root, 'web/src/worker/processShim.ts')],
  };
}

/**
 * The extension for VS Code for the Web (package.json `browser`): the same client as desktop
 * VS Code, starting dist/browserServer.js in a Web Worker. A web extension host loads it as a
 * CommonJS module and provides `vscode`.
 */
export function browserClientOptions() {
  return {
    ...BROWSER_BUNDLE,
    entryPoints: { browserClient: 'client/src/extension.ts' },
    format: 'cjs',
    external: ['vscode'],
    plugins: [browserHost],
  };
}
