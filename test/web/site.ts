// Builds the playground once per test run, through the same script as `npm run build:web`.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Metafile } from 'esbuild';
import { ROOT } from '../browser/harness';

export interface BuiltSite {
  out: string;
  size: number;
  workerMetafile: Metafile;
  pageMetafile: Metafile;
}

let built: Promise<BuiltSite> | undefined;

export function buildSite(): Promise<BuiltSite> {
  built ??= (async () => {
    const script = pathToFileURL(path.join(ROOT, 'scripts', 'build-web.mjs')).href;
    const { buildWeb } = (await import(script)) as { buildWeb(): Promise<BuiltSite> };
    return buildWeb();
  })();
  return built;
}
