// The messages between the playground page and its engine worker. The page posts the program
// after each debounced edit; the worker answers with the static diagnostics at once, then with the
// run's trace and the diagnostics that need it. Every answer names the version it belongs to, so
// the page drops answers about text that has changed since.
import type { EngineDiagnostic } from '../../server/src/engine/diagnostic';
import type { ParserWasm } from '../../server/src/engine/parse/parser';
import type { Trace } from '../../protocol/trace';

export type ToWorker =
  | { type: 'init'; wasm: ParserWasm }
  | { type: 'analyze'; version: number; file: string; text: string; maxSteps: number }
  | { type: 'hover'; id: number; version: number; line: number; character: number };

export type FromWorker =
  | { type: 'ready' }
  /** `final` when no trace diagnostics are to follow (no entry point, or the run has been checked). */
  | { type: 'diagnostics'; version: number; diagnostics: EngineDiagnostic[]; final: boolean }
  /** `null`: the program has nothing to run. */
  | { type: 'trace'; version: number; trace: Trace | null }
  | { type: 'hover'; id: number; markdown: string | null }
  | { type: 'failed'; version: number; message: string };
