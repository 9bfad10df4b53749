// The Rust Memory language server: LSP wiring only. Documents are analysed by the engine
// (engine/analysis.ts, checks registered in engine/checks.ts), simulated in a worker
// (features/simulation.ts), and served to editor features registered in features/providers.ts.
// The same server runs under VS Code (IPC, dist/server.js) and `rustmem lsp --stdio`.
import * as path from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  LSPErrorCodes,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type { CancellationToken, Connection, InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { initParser, parseRust, TreeTooLarge } from './engine/parse/parser';
import type { Tree } from './engine/parse/parser';
import { rustSnippets } from './engine/markdown';
import { IncrementalTree } from './engine/parse/incremental';
import { analyzeDocument, runTraceChecks, sortDiagnostics, staticCheckSteps, withTraceFindings } from './engine/analysis';
import type { AnalysisContext, CheckFailure } from './engine/analysis';
import type { EngineDiagnostic } from './engine/diagnostic';
import { internalError } from './engine/internalError';
import { hasEntryPoint } from './engine/entryPoint';
import { programRejection, type Rejection } from './engine/rejection';
import { tooLargeDiagnostic } from './engine/tooLarge';
import { TraceRequest } from '../../protocol/lsp';
import { encodeTrace } from '../../protocol/traceColumns';
import type { Trace } from '../../protocol/trace';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import type { RustMemorySettings } from '../../protocol/settings';
import type { AnalyzedDocument } from './features/analyzedDocument';
import { settingsFor, simLimits } from './features/settings';
import { toLspDiagnostic } from './features/diagnostics';
import { hover } from './features/hover';
import { codeLenses } from './features/codeLens';
import { inlayHints } from './features/inlayHints';
import { codeActions } from './features/codeActions';
import { CODE_LENS_PROVIDERS, HOVER_PROVIDERS, INLAY_HINT_PROVIDERS } from './features/providers';
import { SimulationRunner } from './features/simulation';
import type { SimulationOutcome } from './features/simulation';
import { tooManyNodes } from './features/simulatedSize';
import { notRunTrace, outOfMemoryTrace } from './features/outOfMemory';
import { describeError, safely } from './features/safely';
import { treePermissions } from './engine/borrowck/tracePermissions';
import { annotatedTypeEnv } from './engine/annotations';
import { ON_DEMAND_CHARS } from './features/wholeFile';
import { adoptTraceViews } from './engine/inspect/traceViews';
import { rustViewAt } from './features/markdownViews';
import { clientFeatures, PLAIN_CLIENT } from './features/clientFeatures';
import type { ClientFeatures } from './features/clientFeatures';
import { executeServerCommand, serverCommands } from './features/serverCommands';
import type { CommandHost } from './features/serverCommands';
import { version } from '../../package.json';

/** Quiet time after the last keystroke before a document is analysed again. */
const DEBOUNCE_MS = 100;

/**
 * The parser's memory a document's tree may take on the main thread (the initial 32 MiB and half
 * as much again), which the process keeps for life: 1 MB of ordinary code needs about 38 MiB, the
 * bench's 5,015-line file fits in the initial 32, but a 200 KB line of `0+1+1…` needs 55 MiB and
 * its front end took the server's thread to 270 MiB (a V8 heap of 138 MiB), a 1 MB line of
 * `vec![1,1,…]` about 440 MiB. A document past it is not analysed (`too-large`).
 */
const DOCUMENT_PARSER_BYTES = 48 * 2 ** 20;

/**
 * One turn of the event loop, so that messages that arrived meanwhile are handled: `setImmediate`
 * in Node (it runs after pending I/O), a zero timeout in a browser worker (which has no setImmediate).
 */
const nextTurn: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : () => new Promise((resolve) => setTimeout(resolve, 0));

/** Markdown files are analysed block by block (engine/markdown.ts). */
const ANALYSED_LANGUAGES = new Set(['rust', 'markdown']);

/** A simulation of one version: the trace, `null` (nothing to run), or `cancelled` (a newer version came). */
type SimulationResult = Trace | null | 'cancelled';

interface DocumentState {
  tree: IncrementalTree;
  timer?: NodeJS.Timeout;
  analyzed?: AnalyzedDocument;
  /** The static diagnostics of `analyzed`, kept to rebuild the list when trace diagnostics arrive. */
  staticDiagnostics?: AnalyzedDocument['diagnostics'];
  /**
   * The static checks of `of`, run one per turn of the event loop: `true` once its diagnostics are
   * complete, `false` when a newer version (or a closed document) made them pointless first.
   */
  checks?: { of: AnalyzedDocument; done: Promise<boolean> };
  /** The simulation of one analysis (a new analysis of the same version, after a settings change, runs again). */
  simulation?: { of: AnalyzedDocument; result: Promise<SimulationResult> };
  /** Markdown: the simulation of each block of `simulation`'s version, by block index. */
  snippetRuns?: Map<number, Promise<SimulationResult>>;
  /** Markdown: the trees of the blocks of `analyzed`, freed at the next analysis. */
  snippetTrees?: Tree[];
}

export interface LanguageServerOptions {
  /** The simulation worker bundle; by default simWorker.js next to this bundle. */
  workerFile?: string;
}

export function startLanguageServer(connection: Connection, options: LanguageServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  /** The analysis of a document's version being made (its settings asked for), by URI. */
  const analyzing = new Map<string, { version: number; result: Promise<AnalyzedDocument | undefined> }>();
  const logError = (message: string) => connection.console.error(message);
  const onCheckFailure = (uri: string) => (f: CheckFailure) => logError(`${uri}: the ${f.check} check failed: ${describeError(f.error)}`);
  const runner = new SimulationRunner(options.workerFile ?? path.join(__dirname, 'simWorker.js'), logError);
  const parserReady = initParser();
  // A stray rejection or exception (a notification sent after the client went away, a bug in a
  // callback) is logged; Node's default would end the process and leave the editor without a server.
  const logStray = (what: string, error: unknown) => {
    try {
      logError(`${what}: ${describeError(error)}`);
    } catch {
      process.stderr.write(`rustmem lsp: ${what}: ${describeError(error)}\n`);
    }
  };
  process.on('unhandledRejection', (reason) => logStray('unhandled rejection', reason));
  process.on('uncaughtException', (error) => logStray('uncaught exception', error));
  const client = { configuration: false, dynamicConfiguration: false, inlayHintRefresh: false, codeLensRefresh: false };
  /** Settings a client without `workspace/configuration` pushed (initializationOptions, then didChangeConfiguration). */
  let pushedSettings: unknown;
  let features: ClientFeatures = PLAIN_CLIENT;

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    client.configuration = caps.workspace?.configuration === true;
    client.dynamicConfiguration = caps.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    client.inlayHintRefresh = caps.workspace?.inlayHint?.refreshSupport === true;
    client.codeLensRefresh = caps.workspace?.codeLens?.refreshSupport === true;
    pushedSettings = params.initializationOptions;
    features = clientFeatures(params);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        executeCommandProvider: { commands: serverCommands(runner.available) },
        ...(HOVER_PROVIDERS.length > 0 ? { hoverProvider: true } : {}),
        ...(CODE_LENS_PROVIDERS.length > 0 ? { codeLensProvider: { resolveProvider: false } } : {}),
        ...(INLAY_HINT_PROVIDERS.length > 0 ? { inlayHintProvider: true } : {}),
      },
      serverInfo: { name: 'rustmem', version },
    };
  });

  connection.onInitialized(() => {
    if (client.configuration && client.dynamicConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'rustMemory' });
    }
  });

  function stateOf(uri: string): DocumentState {
    let state = states.get(uri);
    if (!state) {
      state = { tree: new IncrementalTree() };
      states.set(uri, state);
    }
    return state;
  }

  /**
   * Parses (incrementally) and starts the static checks, which run in slices (checkInSlices): hover,
   * inlay hints and CodeLenses read the tree at once, code actions and diagnostics wait for them.
   */
  function analyze(doc: TextDocument, settings: RustMemorySettings): AnalyzedDocument {
    const state = stateOf(doc.uri);
    const text = doc.getText();
    if (doc.languageId === 'markdown') return analyzeMarkdown(doc, text, settings, state);
    let tree: Tree;
    try {
      tree = state.tree.update(text, DOCUMENT_PARSER_BYTES);
    } catch (error) {
      if (!(error instanceof TreeTooLarge)) throw error;
      return analyzeTooLarge(doc, text, settings, state, error);
    }
    const ctx: AnalysisContext = { file: doc.uri, text, tree, settings };
    const diagnostics: EngineDiagnostic[] = [];
    const analyzed: AnalyzedDocument = {
      uri: doc.uri,
      languageId: doc.languageId,
      version: doc.version,
      document: doc,
      text,
      tree,
      settings,
      client: features,
      wholeFileBuilt: false,
      diagnostics,
      trace: undefined,
    };
    state.analyzed = analyzed;
    state.staticDiagnostics = diagnostics;
    state.checks = { of: analyzed, done: checkInSlices(analyzed, state, ctx) };
    return analyzed;
  }

  /**
   * Runs the static checks of `analyzed` one per turn of the event loop, so requests and edits that
   * arrive meanwhile are served between two checks, then, once the diagnostics can be published,
   * builds the whole-file structures features read (buildWholeFile). Stops as soon as `analyzed`
   * is no longer the document's current version (once re-analysed, its tree is edited or freed and
   * must not be read).
   */
  async function checkInSlices(analyzed: AnalyzedDocument, state: DocumentState, ctx: AnalysisContext): Promise<boolean> {
    const stale = () => state.analyzed !== analyzed || states.get(analyzed.uri) !== state || documents.get(analyzed.uri)?.version !== analyzed.version;
    const steps = staticCheckSteps(ctx, onCheckFailure(analyzed.uri));
    for (;;) {
      await nextTurn();
      // An edit (even before its debounce) makes this version's findings worthless.
      if (stale()) return false;
      const next = steps.next();
      if (next.done) {
        analyzed.diagnostics = sortDiagnostics(next.value);
        state.staticDiagnostics = analyzed.diagnostics;
        // A small file's features build what they read themselves (features/wholeFile.ts).
        if (analyzed.text.length > ON_DEMAND_CHARS) void buildWholeFile(analyzed, ctx, stale);
        return true;
      }
    }
  }

  /**
   * The whole-file structures features of a large document read (features/wholeFile.ts), in a turn
   * of the event loop after the diagnostics (on a long line of tokens this takes seconds, and the
   * diagnostics must not wait for it): the layouts of the file's types, with its annotations. The
   * front end the permission features read is the checks' own, already built.
   */
  async function buildWholeFile(analyzed: AnalyzedDocument, ctx: AnalysisContext, stale: () => boolean): Promise<void> {
    await nextTurn();
    if (stale()) return;
    // Cached with the tree; a failure here is logged, and the feature that reads it logs its own.
    safely(logError, `${analyzed.uri}: building the file's layouts`, () => annotatedTypeEnv(ctx.tree, ctx.text), undefined);
    analyzed.wholeFileBuilt = true;
    // Lenses and hints given without them were incomplete: the client asks again.
    refreshTraceViews();
  }

  /** Whether the static checks of `analyzed` are complete now, without waiting for them. */
  async function checksComplete(analyzed: AnalyzedDocument): Promise<boolean> {
    const checks = states.get(analyzed.uri)?.checks;
    if (checks?.of !== analyzed) return false;
    const pending = Symbol('pending');
    return (await Promise.race([checks.done, Promise.resolve(pending)])) === true;
  }

  /** Whether the static checks of `analyzed` completed (false: a newer version replaced it first). */
  function checked(analyzed: AnalyzedDocument): Promise<boolean> {
    const checks = states.get(analyzed.uri)?.checks;
    return checks?.of === analyzed ? checks.done : Promise.resolve(false);
  }

  /** A document whose tree would outgrow DOCUMENT_PARSER_BYTES: an empty program, and `too-large` saying so. */
  function analyzeTooLarge(doc: TextDocument, text: string, settings: RustMemorySettings, state: DocumentState, error: TreeTooLarge): AnalyzedDocument {
    return settledWithoutTree(doc, text, settings, state, [tooLargeDiagnostic(error)]);
  }

  /**
   * An analysis whose document has no Rust tree of its own (too large, or Markdown whose blocks are
   * analysed one by one): its tree is an empty program, and it has nothing left to check.
   */
  function settledWithoutTree(
    doc: TextDocument, text: string, settings: RustMemorySettings, state: DocumentState, diagnostics: EngineDiagnostic[], snippets?: AnalyzedDocument[],
  ): AnalyzedDocument {
    const analyzed: AnalyzedDocument = {
      uri: doc.uri,
      languageId: doc.languageId,
      version: doc.version,
      document: doc,
      text,
      tree: state.tree.update(''),
      settings,
      client: features,
      wholeFileBuilt: true,
      diagnostics,
      trace: undefined,
      ...(snippets ? { snippets } : {}),
    };
    state.analyzed = analyzed;
    state.staticDiagnostics = diagnostics;
    state.checks = { of: analyzed, done: Promise.resolve(true) };
    return analyzed;
  }

  /** Each analysed ```rust block becomes a Rust view of its own, in the Markdown file's lines. */
  function analyzeMarkdown(doc: TextDocument, text: string, settings: RustMemorySettings, state: DocumentState): AnalyzedDocument {
    for (const old of state.snippetTrees ?? []) old.delete();
    const snippets: AnalyzedDocument[] = [];
    for (const block of rustSnippets(text)) {
      if (block.skipped) continue;
      const tree = parseRust(block.text);
      const ctx: AnalysisContext = { file: doc.uri, text: block.text, tree, settings };
      snippets.push({
        uri: doc.uri,
        languageId: 'rust',
        version: doc.version,
        // Same lines and columns as the Markdown file, but offsets (offsetAt) into the block's text.
        document: TextDocument.create(doc.uri, 'rust', doc.version, block.text),
        text: block.text,
        tree,
        settings,
        client: features,
        // A block is a short program, checked at once: a request builds what it reads itself.
        wholeFileBuilt: true,
        diagnostics: analyzeDocument(ctx, undefined, onCheckFailure(doc.uri)),
        trace: undefined,
        snippet: { index: block.index, fenceLine: block.fenceLine, endLine: block.endLine },
      });
    }
    state.snippetTrees = snippets.map((v) => v.tree);
    const diagnostics = sortDiagnostics(snippets.flatMap((v) => v.diagnostics));
    // A Markdown file's blocks are short programs: they are checked at once.
    return settledWithoutTree(doc, text, settings, state, diagnostics, snippets);
  }

  /** The analysis of the document's current version (made now if the last one is older). */
  function current(uri: string): Promise<AnalyzedDocument | undefined> {
    const doc = documents.get(uri);
    if (!doc || !ANALYSED_LANGUAGES.has(doc.languageId)) return Promise.resolve(undefined);
    const cached = states.get(uri)?.analyzed;
    if (cached?.version === doc.version) return Promise.resolve(cached);
    // Requests that arrive together before the version is analysed share one settings request and
    // one analysis, and resume together: each waiting for a settings answer of its own would
    // resume later, behind the first slices of the checks that analysis started.
    const pending = analyzing.get(uri);
    if (pending?.version === doc.version) return pending.result;
    const entry = { version: doc.version, result: analyzeNow(uri) };
    analyzing.set(uri, entry);
    const forget = () => {
      if (analyzing.get(uri) === entry) analyzing.delete(uri);
    };
    entry.result.then(forget, forget);
    return entry.result;
  }

  async function analyzeNow(uri: string): Promise<AnalyzedDocument | undefined> {
    await parserReady;
    let settings: RustMemorySettings;
    try {
      settings = await settingsFor(connection, uri, client.configuration, pushedSettings);
    } catch (error) {
      logError(`${uri}: reading settings failed, using the defaults: ${describeError(error)}`);
      settings = DEFAULT_SETTINGS;
    }
    // Other work ran while the settings came: take the newest version, and the analysis another
    // caller may already have made of it.
    const latest = documents.get(uri);
    if (!latest) return undefined;
    const again = states.get(uri)?.analyzed;
    if (again?.version === latest.version) return again;
    return analyze(latest, settings);
  }

  function publish(analyzed: AnalyzedDocument): void {
    void connection.sendDiagnostics({
      uri: analyzed.uri,
      version: analyzed.version,
      diagnostics: analyzed.diagnostics.map((d) => toLspDiagnostic(analyzed.uri, d)),
    });
  }

  /** The simulation of `analyzed`'s version: the one running, or a new one. */
  function simulation(analyzed: AnalyzedDocument): Promise<SimulationResult> {
    const state = stateOf(analyzed.uri);
    if (state.simulation?.of === analyzed) return state.simulation.result;
    const result = simulate(analyzed, state);
    state.simulation = { of: analyzed, result };
    return result;
  }

  async function simulate(analyzed: AnalyzedDocument, state: DocumentState): Promise<SimulationResult> {
    // The run's findings join the static ones, so it starts when they are complete.
    if (!(await checked(analyzed))) return 'cancelled';
    if (analyzed.snippets) return simulateSnippets(analyzed, analyzed.snippets, state);
    return runView(analyzed, analyzed, state, state.staticDiagnostics ?? []);
  }

  /**
   * The blocks of a Markdown file run one after another under the document's key, so a newer
   * version cancels the block running and the rest never start. Resolves when all have run.
   */
  async function simulateSnippets(analyzed: AnalyzedDocument, views: AnalyzedDocument[], state: DocumentState): Promise<SimulationResult> {
    const runs = new Map<number, Promise<SimulationResult>>();
    state.snippetRuns = runs;
    let previous: Promise<unknown> = Promise.resolve();
    for (const view of views) {
      const run = previous.then(() => (state.analyzed === analyzed ? runView(analyzed, view, state, view.diagnostics) : 'cancelled'));
      runs.set(view.snippet!.index, run);
      previous = run.catch(() => undefined);
    }
    const results = await Promise.all(runs.values());
    return results.includes('cancelled') ? 'cancelled' : null;
  }

  /**
   * Whether rustc rejects `view`'s program, from the front end and borrow checker results its static
   * checks left cached on its tree (so the worker does not check the whole file again); nothing when
   * deciding it here fails (the worker then decides).
   */
  function rejectionOfView(view: AnalyzedDocument): { rejection?: Rejection | null } {
    const rejection = safely(logError, `${view.uri}: whether rustc rejects the program`, () => programRejection(view.uri, view.text, view.tree), undefined);
    return rejection === undefined ? {} : { rejection };
  }

  /**
   * Runs `view` — the document itself, or one Markdown block of it — and, while `analyzed` is still
   * the current version, joins the run's findings to the view's static ones and publishes them.
   */
  async function runView(analyzed: AnalyzedDocument, view: AnalyzedDocument, state: DocumentState, staticFound: readonly EngineDiagnostic[]): Promise<SimulationResult> {
    if (!hasEntryPoint(view.tree)) {
      view.trace = null;
      return null;
    }
    const refused = tooManyNodes(view.tree.rootNode.descendantCount);
    let outcome: SimulationOutcome = refused
      ? { kind: 'too-large', what: refused }
      : await runner.run(analyzed.uri, { source: view.text, file: analyzed.uri, ...simLimits(analyzed.settings), analyse: analyzed.settings, ...rejectionOfView(view) });
    if (outcome.kind === 'cancelled') return 'cancelled';
    if (outcome.kind === 'out-of-memory' || outcome.kind === 'too-large') {
      if (state.analyzed !== analyzed) return 'cancelled';
      const trace = outcome.kind === 'too-large' ? notRunTrace(analyzed.uri, view.tree, outcome.what) : outOfMemoryTrace(analyzed.uri, view.tree, outcome.limitMb);
      outcome = { kind: 'done', trace, stdout: '', stderr: '', status: 2 };
    }
    if (outcome.kind === 'failed') {
      if (state.analyzed === analyzed) publishView(analyzed, view, sortDiagnostics([...staticFound, internalError('simulation', outcome.error)]));
      throw new Error(outcome.error);
    }
    if (state.analyzed !== analyzed) return outcome.trace;
    // Still the current version: its trees are intact, so the trace checks can read them.
    view.trace = outcome.trace;
    publishView(analyzed, view, withTraceFindings(staticFound, traceFindings(analyzed, view, outcome)));
    refreshTraceViews();
    return outcome.trace;
  }

  /**
   * The trace checks' findings of `view`'s run. A worker's run comes with them and with the trace's
   * views, made there; a trace made on this thread (a run refused or out of memory: a step or two)
   * is checked here.
   */
  function traceFindings(analyzed: AnalyzedDocument, view: AnalyzedDocument, outcome: SimulationOutcome & { kind: 'done' }): EngineDiagnostic[] {
    const onFailure = onCheckFailure(analyzed.uri);
    if (!outcome.analysis) {
      return runTraceChecks({ file: analyzed.uri, text: view.text, tree: view.tree, settings: analyzed.settings }, outcome.trace, onFailure);
    }
    for (const f of outcome.analysis.failures) onFailure(f);
    const views = outcome.analysis.views;
    if (views) safely(logError, 'views of the trace', () => adoptTraceViews(outcome.trace, view.tree, views), undefined);
    return outcome.analysis.findings;
  }

  function publishView(analyzed: AnalyzedDocument, view: AnalyzedDocument, diagnostics: EngineDiagnostic[]): void {
    view.diagnostics = diagnostics;
    if (view !== analyzed) analyzed.diagnostics = sortDiagnostics(analyzed.snippets!.flatMap((v) => v.diagnostics));
    publish(analyzed);
  }

  /** CodeLenses and inlay hints may read the trace and the whole-file structures: ask the client to fetch them again. */
  function refreshTraceViews(): void {
    if (client.codeLensRefresh && CODE_LENS_PROVIDERS.length > 0) void connection.sendRequest(CodeLensRefreshRequest.type);
    if (client.inlayHintRefresh && INLAY_HINT_PROVIDERS.length > 0) void connection.languages.inlayHint.refresh();
  }

  async function refresh(uri: string): Promise<void> {
    const analyzed = await current(uri);
    if (!analyzed || documents.get(uri)?.version !== analyzed.version) return;
    if (!(await checked(analyzed))) return;
    publish(analyzed);
    if (runner.available) {
      simulation(analyzed).catch((error: unknown) => logError(`${uri}: simulation failed: ${describeError(error)}`));
    }
  }

  function schedule(uri: string): void {
    const state = stateOf(uri);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      refresh(uri).catch((error: unknown) => logError(`${uri}: analysis failed: ${describeError(error)}`));
    }, DEBOUNCE_MS);
  }

  documents.onDidChangeContent(({ document }) => {
    if (!ANALYSED_LANGUAGES.has(document.languageId)) return;
    // The run of the previous version is wasted work now: stop it before the debounce.
    runner.cancel(document.uri);
    schedule(document.uri);
  });

  documents.onDidClose(({ document }) => {
    analyzing.delete(document.uri);
    const state = states.get(document.uri);
    if (!state) return;
    clearTimeout(state.timer);
    runner.close(document.uri);
    state.tree.dispose();
    for (const tree of state.snippetTrees ?? []) tree.delete();
    states.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration((params) => {
    // A pulling client sends no settings here (or stale ones): it is asked again at the next analysis.
    if (params.settings !== undefined && params.settings !== null) pushedSettings = params.settings;
    // An analysis whose settings were asked for before the change must not be handed out again.
    analyzing.clear();
    for (const [uri, state] of states) {
      state.analyzed = undefined;
      runner.cancel(uri);
      schedule(uri);
    }
    refreshTraceViews();
  });

  connection.onHover(async (params) => {
    try {
      const analyzed = await current(params.textDocument.uri);
      return analyzed ? hover(analyzed, params.position, logError) : null;
    } catch (error) {
      logError(`hover failed: ${describeError(error)}`);
      return null;
    }
  });

  connection.onCodeLens(async (params) => {
    try {
      const analyzed = await current(params.textDocument.uri);
      return analyzed ? codeLenses(analyzed, logError) : [];
    } catch (error) {
      logError(`CodeLens failed: ${describeError(error)}`);
      return [];
    }
  });

  connection.languages.inlayHint.on(async (params) => {
    try {
      const analyzed = await current(params.textDocument.uri);
      return analyzed ? inlayHints(analyzed, params.range, logError) : [];
    } catch (error) {
      logError(`inlay hints failed: ${describeError(error)}`);
      return [];
    }
  });

  connection.onCodeAction(async (params) => {
    try {
      const analyzed = await current(params.textDocument.uri);
      // Quick fixes come from this version's diagnostics. Until its checks are complete there are
      // none to offer: waiting for them would hold the request for as long as the checks take, and
      // an older version's fixes would edit text that is no longer there. The client asks again
      // when the diagnostics arrive.
      if (!analyzed || !(await checksComplete(analyzed))) return [];
      return codeActions(analyzed, params, logError);
    } catch (error) {
      logError(`code actions failed: ${describeError(error)}`);
      return [];
    }
  });

  connection.onRequest(TraceRequest.method, async (params: TraceRequest.Params, token: CancellationToken): Promise<TraceRequest.Result> => {
    let run = await traceOf(params.uri, token, params.line);
    if (params.asIfAccepted === true && run.trace?.end.kind === 'rejected') run = await asIfAcceptedTrace(params.uri, run);
    return { ...run, trace: run.trace && encodeTrace(run.trace) };
  });

  /** The trace of the document's current version; waits for its simulation (and for newer edits). */
  async function traceOf(uri: string, token: CancellationToken, line?: number): Promise<TraceRequest.Run> {
    if (!runner.available) throw new ResponseError(LSPErrorCodes.RequestFailed, 'this build has no simulator');
    for (;;) {
      if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
      const analyzed = await current(uri);
      if (!analyzed) throw new ResponseError(LSPErrorCodes.RequestFailed, `${uri} is not an open Rust document`);
      let result: SimulationResult;
      try {
        result = analyzed.snippets ? await snippetTrace(analyzed, line) : await simulation(analyzed);
      } catch (error) {
        throw new ResponseError(LSPErrorCodes.RequestFailed, `simulation failed: ${describeError(error)}`);
      }
      if (result !== 'cancelled' && documents.get(uri)?.version === analyzed.version) {
        if (result && !analyzed.snippets) result.permissions ??= safely(logError, 'permissions of the trace', () => treePermissions(analyzed.tree, analyzed.text), undefined);
        return { version: analyzed.version, trace: result, lineOffset: 0 };
      }
    }
  }

  /**
   * `refused`, the document's run that rustc's rejection stopped, run again as if accepted (sim/ub.ts),
   * in a worker of its own so that the document's own runs are not cancelled by it.
   */
  async function asIfAcceptedTrace(uri: string, refused: TraceRequest.Run): Promise<TraceRequest.Run> {
    const analyzed = await current(uri);
    if (!analyzed || analyzed.version !== refused.version || analyzed.snippets) return refused;
    const outcome = await runner.run(`${uri}#as-if-accepted`, { source: analyzed.text, file: uri, ...simLimits(analyzed.settings), asIfAccepted: true, ...rejectionOfView(analyzed) });
    if (outcome.kind === 'failed') throw new ResponseError(LSPErrorCodes.RequestFailed, `simulation failed: ${outcome.error}`);
    if (outcome.kind !== 'done') return refused;
    // The run as if accepted shows the permissions the rejected program has, as any run does.
    outcome.trace.permissions ??= safely(logError, 'permissions of the trace', () => treePermissions(analyzed.tree, analyzed.text), undefined);
    return { ...refused, trace: outcome.trace };
  }

  /**
   * The run of the Markdown block at `line`, or of the first block with something to run. Blocks
   * keep the Markdown file's line numbers, so `lineOffset` stays 0.
   */
  async function snippetTrace(analyzed: AnalyzedDocument, line: number | undefined): Promise<SimulationResult> {
    // Starts the runs of this version (or finds them started); only the chosen one is awaited.
    simulation(analyzed).catch(() => undefined);
    const runs = stateOf(analyzed.uri).snippetRuns;
    const views = analyzed.snippets ?? [];
    const chosen = line !== undefined ? rustViewAt(analyzed, line) : views.find((v) => hasEntryPoint(v.tree)) ?? views[0];
    if (!chosen?.snippet) return null;
    return (await runs?.get(chosen.snippet.index)) ?? null;
  }

  const commandHost: CommandHost = {
    get client() {
      return features;
    },
    current,
    trace: traceOf,
    showDocument: async (uri) => {
      try {
        return (await connection.window.showDocument({ uri, external: true })).success;
      } catch (error) {
        logError(`opening ${uri} failed: ${describeError(error)}`);
        return false;
      }
    },
    // A notification (not showInformationMessage's request): nothing to answer, any client shows it.
    showMessage: (text) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Info, message: text }),
  };

  connection.onExecuteCommand((params, token) => executeServerCommand(commandHost, params, token));

  connection.onShutdown(() => runner.dispose());

  documents.listen(connection);
  connection.listen();
}
