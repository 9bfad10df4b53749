/**
 * Custom LSP methods of the Rust Memory language server, declared once for the server and the
 * client. Every method is namespaced `rustMemory/…`.
 */
import type { Trace } from './trace';

/**
 * Client → server request: the trace of the latest simulation of a document (a `.rs` file, or one
 * Rust snippet of a Markdown file). Resolves when a simulation of the current version is ready.
 */
export namespace TraceRequest {
  export const method = 'rustMemory/trace';
  export interface Params {
    uri: string;
    /** For Markdown files: a line inside the snippet to simulate (0-based). */
    line?: number;
  }
  export interface Result {
    /** The document version the trace belongs to. */
    version: number;
    /** `null` when the document has nothing to run (no entry function). */
    trace: Trace | null;
    /** For a Markdown snippet: the 0-based line of the Markdown file where snippet line 1 is. */
    lineOffset: number;
  }
}
