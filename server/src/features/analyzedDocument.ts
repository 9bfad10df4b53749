// What every editor feature (hover, CodeLens, inlay hints, code actions) reads about a document:
// its text and tree at one version, the settings for it, the diagnostics, and the trace of the
// simulation of that version once it has finished.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { EngineDiagnostic } from '../engine/diagnostic';
import type { Tree } from '../engine/parse/parser';
import type { RustMemorySettings } from '../../../protocol/settings';
import type { Trace } from '../../../protocol/trace';
import type { ClientFeatures } from './clientFeatures';

export interface AnalyzedDocument {
  uri: string;
  languageId: string;
  version: number;
  /** The document at `version` (positionAt/offsetAt). */
  document: TextDocument;
  text: string;
  /**
   * The tree of `text`. Valid only until the document's next analysis (the tree is then edited
   * and re-parsed in place), so a provider uses it synchronously and never keeps it.
   */
  tree: Tree;
  settings: RustMemorySettings;
  /** What the editor can do (the panel, `command:` links): providers choose commands by it. */
  client: ClientFeatures;
  /**
   * Whether the analysis has built the whole-file structures features read (wholeFile.ts): the
   * layout environment and the front end of `tree`. Absent in a host whose features build them on
   * demand (the playground's worker, off its page's thread).
   */
  wholeFileBuilt?: boolean;
  /** Static diagnostics, plus the trace diagnostics once `trace` is set. */
  diagnostics: EngineDiagnostic[];
  /**
   * The simulated run of this version: `undefined` while it is running (or when the simulator is
   * unavailable), `null` when the document has no entry function.
   */
  trace: Trace | null | undefined;
  /**
   * Markdown only: one view per analysed ```rust block, each a Rust document of its own (text,
   * tree, diagnostics, trace) in the Markdown file's line numbers. Providers run on these views
   * (see markdownViews.ts), never on the Markdown document itself.
   */
  snippets?: AnalyzedDocument[];
  /** A snippet view: where its block is in the Markdown file (0-based fence lines). */
  snippet?: { index: number; fenceLine: number; endLine: number };
}
