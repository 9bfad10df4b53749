// The browser bundles of VS Code for the Web, built in memory with the same options as
// `npm run build` (scripts/browserBundles.mjs), once per test run: the tests read what each
// reaches from its metafile and run the server's script itself, never a stale dist/.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { ROOT } from '../browser/harness';

export interface BrowserBundle {
  /** The bundle's JavaScript. */
  code: Uint8Array;
  metafile: esbuild.Metafile;
}

type Options = () => esbuild.BuildOptions;
interface BundleOptions {
  browserClientOptions: Options;
  browserServerOptions: Options;
}

const built = new Map<keyof BundleOptions, Promise<BrowserBundle>>();

function build(name: keyof BundleOptions): Promise<BrowserBundle> {
  let bundle = built.get(name);
  if (!bundle) {
    bundle = (async () => {
      const options = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'browserBundles.mjs')).href)) as BundleOptions;
      const result = await esbuild.build(options[name]());
      return { code: result.outputFiles![0]!.contents, metafile: result.metafile! };
    })();
    built.set(name, bundle);
  }
  return bundle;
}

/** dist/browserClient.js: the extension for VS Code for the Web. */
export const browserClient = (): Promise<BrowserBundle> => build('browserClientOptions');
/** dist/browserServer.js: the language server in a Web Worker. */
export const browserServer = (): Promise<BrowserBundle> => build('browserServerOptions');

/**
 * A package or builtin left out of the bundle. (esbuild's metafile also marks the injected shim and
 * type-only imports of our own files as external; those are paths, not modules.)
 */
export function isExternalModule(imported: { path: string; external?: boolean }): boolean {
  return imported.external === true && !imported.path.startsWith('.') && !imported.path.startsWith('/');
}
