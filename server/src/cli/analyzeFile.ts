// Which analysis a file gets in the CLI, by its extension. Rust is the default, so a file with any
// other extension is read as Rust source.
import * as path from 'node:path';
import type { EngineDiagnostic } from '../engine/diagnostic';
import type { AnalysisContext, FailureSink } from '../engine/analysis';
import { runStaticChecks, runTraceChecks, sortDiagnostics, withTraceFindings } from '../engine/analysis';
import { rustSnippets } from '../engine/markdown';
import { initParser, parseRust } from '../engine/parse/parser';
import { hasEntryPoint } from '../engine/entryPoint';
import { internalError } from '../engine/internalError';
import type { SimulateResult } from '../engine/sim';
import { simulateHereFirst, startSimulation } from './simulate';
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
 * Up to this many lines the static checks take less time than a worker takes to start (bench:
 * under 10 ms against about 100 ms), so a run overlapping them gains nothing: the program is
 * simulated in this thread, after them.
 */
const SIMULATE_HERE_MAX_LINES = 500;

/**
 * The static checks, and the trace checks on a simulated run when the file has an entry point
 * (what `analyzeDocument` does). A long file's run starts in the worker as soon as the parse has
 * found its entry point, so it overlaps the static checks; a short file's runs here, after them. A
 * file without one starts no worker: guessing from the text before the parse (a `fn main`
 * anywhere) started one for every long file of modules with their own `main`s, a third of such a
 * `check`'s CPU spent on a run that was never used. The run takes the editor's limits
 * (`maxSteps`, `maxMillis`, `maxHeapBytes`), so the CLI reports what the editor shows.
 */
async function analyzeRust(file: string, text: string, settings: RustMemorySettings, onError: FailureSink) {
  const request = { source: text, file, ...simLimits(settings), recordTrace: true };
  await initParser();
  const tree = parseRust(text);
  try {
    const runs = hasEntryPoint(tree) && !tree.rootNode.hasError;
    const short = lineCount(text) <= SIMULATE_HERE_MAX_LINES;
    let simulation = runs && !short ? startSimulation(request) : undefined;
    const ctx: AnalysisContext = { file, text, tree, settings };
    const found = runStaticChecks(ctx, onError);
    if (!runs) return sortDiagnostics(found);
    simulation ??= simulateHereFirst(request, tree);
    const trace = await traceOf(simulation, onError);
    if (trace instanceof Failed) return sortDiagnostics([...found, trace.diagnostic]);
    return trace ? withTraceFindings(found, runTraceChecks(ctx, trace, onError)) : sortDiagnostics(found);
  } finally {
    tree.delete();
  }
}

function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The simulation itself failed (not the simulated program): reported like a failing check. */
class Failed {
  constructor(readonly diagnostic: EngineDiagnostic) {}
}

async function traceOf(simulation: Promise<SimulateResult>, onError: FailureSink): Promise<Trace | Failed | undefined> {
  try {
    return (await simulation).trace;
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
