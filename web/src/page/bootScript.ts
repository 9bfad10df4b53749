// Entry of boot.js, the page's first script: it starts the engine worker on the page's first
// program before the editor's much larger script (playground.js) has loaded. A first analysis is
// mostly the worker's own start (its script, the parser, the type checker's std declarations),
// so the editor is built meanwhile; main.ts takes the running engine with `booted()`.
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import { FILE, type Boot, type BootGlobal } from './boot';
import { readPageData } from './data';
import { EngineClient } from './engine';
import { decodeProgram, readFragment } from './share';

async function boot(): Promise<Boot> {
  const data = await readPageData();
  const fragment = readFragment(location.hash);
  const shared = fragment.code !== undefined ? await decodeProgram(fragment.code) : undefined;
  const text = shared ?? data.examples[0]?.text ?? 'fn main() {\n}\n';
  const engine = new EngineClient(data.worker, { runtime: data.runtime, grammar: data.grammar });
  // `npm run bench:web` reads these marks: from sending the text to drawing its replay.
  performance.mark('playground-analyse-1');
  engine.analyze(1, FILE, text, DEFAULT_SETTINGS.maxSteps);
  return {
    examples: data.examples, engine, text, step: fragment.step,
    encoded: shared !== undefined ? fragment.code : undefined,
    unreadable: fragment.code !== undefined && shared === undefined,
  };
}

(globalThis as BootGlobal).rustmemBoot = boot();
