/**
 * Custom LSP methods of the Rust Memory language server, declared once for the server and the
 * client. Every method is namespaced `rustMemory/…`.
 */
import type { Trace } from './trace';
import { decodeTrace, type TraceColumns } from './traceColumns';

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
    /**
     * Run the document even though rustc's borrow checker rejects it, to show what the rule
     * prevents (the panel's "Run as if accepted"); a program it does not reject runs as usual.
     */
    asIfAccepted?: boolean;
  }
  /** What the server sends: the trace as columns (protocol/traceColumns.ts), a few bytes a step. */
  export interface Result {
    /** The document version the trace belongs to. */
    version: number;
    /** `null` when the document has nothing to run (no entry function). */
    trace: TraceColumns | null;
    /** For a Markdown snippet: the 0-based line of the Markdown file where snippet line 1 is. */
    lineOffset: number;
  }
  /** A result with its trace read back from the columns. */
  export interface Run extends Omit<Result, 'trace'> {
    trace: Trace | null;
  }
  export function decode(result: Result): Run {
    return { ...result, trace: result.trace && decodeTrace(result.trace) };
  }
}

/**
 * The experimental client capability the VS Code extension's client sends
 * (`capabilities.experimental.rustMemory`). A client with `inspectorPanel` opens the Memory
 * Inspector itself (`rustMemory.inspectMemory`) and runs `command:` links in hovers; any other
 * client gets lenses that run server commands and hovers without such links.
 */
export const CLIENT_CAPABILITY = 'rustMemory';
export interface RustMemoryClientCapability {
  inspectorPanel?: boolean;
}

/**
 * Server command (`workspace/executeCommand`), for editors without the panel: writes the run of a
 * document as a standalone replay page (the renderer of `rustmem replay`) into the temporary
 * folder's `rustmem-replay/`, asks the client to open it (`window/showDocument`, when the client
 * can), and returns where it is. Arguments: `InspectMemoryArgs` (protocol/webview.ts).
 */
export namespace InspectMemoryServerCommand {
  export const command = 'rustMemory.server.inspectMemory';
  export interface Result {
    /** `file:` URL of the page, with `#step=N` when a step or line was asked for. */
    uri: string;
    /** The page's path on disk. */
    path: string;
    /** The number of steps of the run the page replays. */
    steps: number;
  }
}

/**
 * Server command behind the layout CodeLens: shows the size, alignment and field offsets of one
 * type (`window/showMessage`) and returns the same text. Arguments: `[uri, typeName, line]`
 * (`line` 0-based, the lens's).
 */
export namespace ShowLayoutCommand {
  export const command = 'rustMemory.server.showLayout';
  export type Args = [uri: string, typeName: string, line: number];
}
