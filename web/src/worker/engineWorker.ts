// The engine's host in a browser: a Web Worker (started from a Blob URL, so it works from
// file:// too) that parses, runs the static checks, simulates and runs the trace checks, off the
// page's thread so typing never waits. The page terminates the worker to cancel a run that a newer
// edit made stale, and starts a fresh one.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { initParser } from '../../../server/src/engine/parse/parser';
import { IncrementalTree } from '../../../server/src/engine/parse/incremental';
import { analyzeDocument, runTraceChecks, withTraceFindings, type AnalysisContext, type FailureSink } from '../../../server/src/engine/analysis';
import { hasEntryPoint } from '../../../server/src/engine/entryPoint';
import { simulateAnnotated } from '../../../server/src/engine/annotations/simulate';
import { treePermissions } from '../../../server/src/engine/borrowck/tracePermissions';
import { PLAIN_CLIENT } from '../../../server/src/features/clientFeatures';
import { HOVER_PROVIDERS } from '../../../server/src/features/providers';
import type { AnalyzedDocument } from '../../../server/src/features/analyzedDocument';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import type { FromWorker, ToWorker } from '../messages';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
}
const scope = self as unknown as WorkerScope;
// `npm run bench:web` reads the worker's marks to say where a first analysis spends its time.
performance.mark('engine-script-run');

const tree = new IncrementalTree();
/** The newest analysis, for hovers. Its tree stays valid until the next `analyze`. */
let latest: AnalyzedDocument | undefined;
let ready: Promise<void> | undefined;

const logFailure: FailureSink = (f) => console.error(`the ${f.check} check failed:`, f.error);

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function analyze(version: number, file: string, text: string, maxSteps: number): void {
  const settings = { ...DEFAULT_SETTINGS, maxSteps };
  const parsed = tree.update(text);
  const ctx: AnalysisContext = { file, text, tree: parsed, settings };
  // Only the first analysis's marks are read; later ones keep just their own, so none pile up.
  if (version > 1) performance.clearMarks();
  performance.mark(`engine-analyse-${version}`);
  const found = analyzeDocument(ctx, undefined, logFailure);
  performance.mark(`engine-static-${version}`);
  const doc: AnalyzedDocument = {
    uri: file, languageId: 'rust', version, document: TextDocument.create(file, 'rust', version, text),
    text, tree: parsed, settings, diagnostics: found, trace: undefined, client: PLAIN_CLIENT,
  };
  latest = doc;
  const runnable = hasEntryPoint(parsed);
  scope.postMessage({ type: 'diagnostics', version, diagnostics: found, final: !runnable });
  if (!runnable) {
    doc.trace = null;
    scope.postMessage({ type: 'trace', version, trace: null });
    return;
  }
  const { trace } = simulateAnnotated(text, { file, maxSteps }, parsed);
  performance.mark(`engine-simulated-${version}`);
  doc.trace = trace;
  doc.diagnostics = withTraceFindings(found, runTraceChecks(ctx, trace, logFailure));
  performance.mark(`engine-checked-${version}`);
  scope.postMessage({ type: 'diagnostics', version, diagnostics: doc.diagnostics, final: true });
  // The inspector's badges and strip, as the language server gives them to the panel; a bug
  // there costs the strip, never the run.
  try {
    trace.permissions = treePermissions(parsed, text);
  } catch (error) {
    console.error('the permissions failed:', error);
  }
  performance.mark(`engine-permissions-${version}`);
  scope.postMessage({ type: 'trace', version, trace });
}

function hover(version: number, line: number, character: number): string | null {
  const doc = latest;
  if (!doc || doc.version !== version) return null;
  const sections: string[] = [];
  for (const provider of HOVER_PROVIDERS) {
    try {
      const section = provider(doc, { line, character });
      if (section) sections.push(section);
    } catch (error) {
      console.error(`hover provider ${provider.name} failed:`, error);
    }
  }
  return sections.length > 0 ? sections.join('\n\n---\n\n') : null;
}

scope.addEventListener('message', (e) => {
  const m = e.data;
  switch (m.type) {
    case 'init':
      ready = initParser(m.wasm).then(() => {
        performance.mark('engine-parser-ready');
        scope.postMessage({ type: 'ready' });
      });
      break;
    case 'analyze':
      void (ready ?? Promise.reject(new Error('the worker was not given the parser')))
        .then(() => analyze(m.version, m.file, m.text, m.maxSteps))
        .catch((error: unknown) => scope.postMessage({ type: 'failed', version: m.version, message: describe(error) }));
      break;
    case 'hover':
      void (ready ?? Promise.resolve()).then(() => {
        let markdown: string | null = null;
        try {
          markdown = hover(m.version, m.line, m.character);
        } catch (error) {
          console.error('hover failed:', error);
        }
        scope.postMessage({ type: 'hover', id: m.id, markdown });
      });
      break;
  }
});
