// Which analysis a file gets in the CLI, by its extension. Rust is the default, so a file with any
// other extension is read as Rust source.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EngineDiagnostic } from '../engine/diagnostic';
import type { FailureSink } from '../engine/analysis';
import { analyzeDocument, sortDiagnostics } from '../engine/analysis';
import { internalError } from '../engine/internalError';
import { rustSnippets } from '../engine/markdown';
import { initParser, parseRust } from '../engine/parse/parser';
import { hasEntryPoint } from '../engine/entryPoint';
import { simulate } from '../engine/sim/index';
import { SimulationRunner } from '../features/simulation';
import { simLimits } from '../features/settings';
import type { Trace } from '../../../protocol/trace';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import type { RustMemorySettings } from '../../../protocol/settings';

export type FileAnalyzer = (
  file: string,
  text: string,
  settings: RustMemorySettings,
  onError: FailureSink,
) => Promise<EngineDiagnostic[]>;

/**
 * The static checks, and the trace checks on a simulated run when the file has an entry point.
 * The run takes the editor's limits (`maxSteps`, `maxMillis`, `maxHeapBytes`), so the CLI reports
 * what the editor shows.
 */
async function analyzeRust(file: string, text: string, settings: RustMemorySettings, onError: FailureSink) {
  await initParser();
  const tree = parseRust(text);
  try {
    const runnable = hasEntryPoint(tree) && !tree.rootNode.hasError;
    const run = runnable ? await simulateFile(file, text, simLimits(settings), onError) : undefined;
    if (run instanceof Failed) return sortDiagnostics([...analyzeDocument({ file, text, tree, settings }, undefined, onError), run.diagnostic]);
    return analyzeDocument({ file, text, tree, settings }, run, onError);
  } finally {
    tree.delete();
  }
}

let runs = 0;

/** The simulation itself failed (not the simulated program): reported like a failing check. */
class Failed {
  constructor(readonly diagnostic: EngineDiagnostic) {}
}

/** Simulates in the worker bundle next to dist/cli.js (a deep stack), or in-process when run from source. */
async function simulateFile(file: string, source: string, limits: ReturnType<typeof simLimits>, onError: FailureSink): Promise<Trace | Failed | undefined> {
  const workerFile = path.join(__dirname, 'simWorker.js');
  try {
    if (!fs.existsSync(workerFile)) return simulate(source, { file, ...limits }).trace;
    const runner = new SimulationRunner(workerFile, () => undefined);
    const key = `${file}#${runs++}`;
    try {
      const outcome = await runner.run(key, { source, file, ...limits });
      if (outcome.kind === 'failed') throw new Error(outcome.error);
      return outcome.kind === 'done' ? outcome.trace : undefined;
    } finally {
      runner.dispose();
    }
  } catch (error) {
    onError({ check: 'simulation', error });
    return new Failed(internalError('simulation', error));
  }
}

/** Each analysed ```rust block of a Markdown file is its own program, already in the file's line numbers. */
async function analyzeMarkdown(file: string, text: string, settings: RustMemorySettings, onError: FailureSink) {
  const found: EngineDiagnostic[] = [];
  for (const snippet of rustSnippets(text)) {
    if (!snippet.skipped) found.push(...(await analyzeRust(file, snippet.text, settings, onError)));
  }
  return sortDiagnostics(found);
}

/** Analysers by lower-case extension (with the dot). */
const ANALYZERS: Record<string, FileAnalyzer> = {
  '.rs': analyzeRust,
  '.md': analyzeMarkdown,
  '.markdown': analyzeMarkdown,
};

export function analyzeFile(
  file: string,
  text: string,
  onError: FailureSink,
  settings: RustMemorySettings = DEFAULT_SETTINGS,
): Promise<EngineDiagnostic[]> {
  const analyzer = ANALYZERS[path.extname(file).toLowerCase()] ?? analyzeRust;
  return analyzer(file, text, settings, onError);
}
