/**
 * The messages between the Memory Inspector panel host (client/src/inspector, in the extension
 * host) and its webview (media/src). One union per direction; each message carries a `type`.
 *
 * Handshake: the webview posts `ready` once its script runs; only then does the host post the
 * trace (anything posted earlier would be lost). After that either side may post at any time.
 *
 * Step numbers are 0-based indices into `Trace.steps`, everywhere in this file; the panel shows
 * them 1-based. Lines are 1-based lines of the simulated file (for a Markdown snippet, the host
 * adds `lineOffset` to get the line of the Markdown file).
 */
import type { Trace } from './trace';
import type { TracePart } from './traceParts';
import { isTraceColumns, type StepColumns, type TraceColumns } from './traceColumns';

/**
 * Host → webview: show this trace, at `step`. Replaces any trace shown before. A long trace comes
 * as its head (see traceParts.ts) with `complete: false`, followed by `steps` messages. Steps
 * travel as columns (traceColumns.ts): the webview reads them back with decodeTrace/decodeSteps.
 */
export interface ShowTraceMessage {
  type: 'trace';
  /** The document the trace belongs to (kept in the webview state, so a restored panel knows it). */
  uri: string;
  /** The document version the trace was simulated from. */
  version: number;
  trace: TraceColumns;
  /** May lie beyond the head's steps: the panel moves there once that part has arrived. */
  step: number;
  /** `false` while more steps follow; absent means true. */
  complete?: boolean;
}

/** Host → webview: the next part of the trace being shown (same `version`), in order. */
export interface AppendStepsMessage {
  type: 'steps';
  version: number;
  part: ReplayPartData;
  /** True on the last part. */
  complete: boolean;
}

/** Host → webview: move to `step` of the trace shown (the editor cursor moved, a CodeLens was clicked). */
export interface GotoStepMessage {
  type: 'goto';
  step: number;
}

/**
 * Host → webview: a state with no trace to show, in words (the simulation is running, the file
 * has no entry function, the language server failed). `busy` shows it as progress rather than a problem.
 */
export interface StatusMessage {
  type: 'status';
  text: string;
  busy: boolean;
}

/** Every message the host posts to the webview. */
export type ToWebview = ShowTraceMessage | AppendStepsMessage | GotoStepMessage | StatusMessage;

/** Webview → host: the script is running and listening; post the trace now. */
export interface ReadyMessage {
  type: 'ready';
}

/** Webview → host: the user moved to `step` (at `line`); the host highlights that line in the editor. */
export interface StepChangedMessage {
  type: 'step';
  step: number;
  line: number;
}

/** Webview → host: the user clicked a line reference in the panel; reveal it in the editor. */
export interface RevealLineMessage {
  type: 'reveal';
  line: number;
}

/**
 * Webview → host: the user asked to run the program that rustc's borrow checker rejects anyway
 * ("Run as if accepted" in the refusal banner), to see what the rule prevents.
 */
export interface RunAsIfAcceptedMessage {
  type: 'asIfAccepted';
}

/** Every message the webview posts to the host. */
export type FromWebview = ReadyMessage | StepChangedMessage | RevealLineMessage | RunAsIfAcceptedMessage;

/**
 * What the webview keeps with `setState`, so that a hidden or restored panel (after a restart, via
 * the panel serializer) comes back at the same place. The trace itself is not kept: it can be large,
 * and the host re-simulates the document.
 */
export interface InspectorViewState {
  uri: string;
  step: number;
  line: number;
}

/** The view type of the panel, shared by `createWebviewPanel`, the serializer and the manifest. */
export const INSPECTOR_VIEW_TYPE = 'rustMemory.inspector';

function isStep(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

/** Messages arrive as `unknown` on both sides; these guards are the only way in. */
export function isFromWebview(m: unknown): m is FromWebview {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  switch (r['type']) {
    case 'ready':
    case 'asIfAccepted':
      return true;
    case 'step':
      return isStep(r['step']) && isStep(r['line']);
    case 'reveal':
      return isStep(r['line']) && (r['line'] as number) >= 1;
    default:
      return false;
  }
}

export function isToWebview(m: unknown): m is ToWebview {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  switch (r['type']) {
    case 'trace': {
      return typeof r['uri'] === 'string' && isStep(r['step']) && isStep(r['version']) && isTraceColumns(r['trace']);
    }
    case 'steps': {
      const p = r['part'] as Record<string, unknown> | null;
      const s = p?.['steps'] as Record<string, unknown> | null | undefined;
      return isStep(r['version']) && typeof r['complete'] === 'boolean' && typeof p === 'object' && p !== null && isStep(p['from']) && Array.isArray(p['checkpoints']) && typeof s === 'object' && s !== null && Array.isArray(s['span']);
    }
    case 'goto':
      return isStep(r['step']);
    case 'status':
      return typeof r['text'] === 'string' && typeof r['busy'] === 'boolean';
    default:
      return false;
  }
}

export function isInspectorViewState(s: unknown): s is InspectorViewState {
  if (typeof s !== 'object' || s === null) return false;
  const r = s as Record<string, unknown>;
  return typeof r['uri'] === 'string' && isStep(r['step']) && isStep(r['line']);
}

/**
 * CLI → standalone page: what `rustmem replay` embeds in the HTML file it writes, in data elements
 * that are never executed. `<script id="rustmem-replay">` holds this document; a long run's trace
 * is only its head there (`complete: false`), and each later TracePart is in its own
 * `<script data-rustmem-part>` element, in order. Each element is JSON (`type="application/json"`)
 * or, when large, gzip-compressed and base64-encoded (`type="application/gzip"`, read with the
 * browser's DecompressionStream): a browser parses a 40 MB page far slower than it inflates 2 MB.
 * The same renderer bundle reads it when there is no VS Code host.
 */
export interface ReplayDocument {
  trace: Trace;
  /** The program's text, shown beside the memory with the current line marked. */
  source?: string;
  /** `false` when parts follow; absent means true. */
  complete?: boolean;
}

/** What a page's first data element holds: the document, its trace's head as columns (traceColumns.ts). */
export interface ReplayData extends Omit<ReplayDocument, 'trace'> {
  trace: TraceColumns;
}

/** What each later data element (and `steps` message) holds: a part of the trace, its steps as columns. */
export interface ReplayPartData extends Omit<TracePart, 'steps'> {
  steps: StepColumns;
}

export const REPLAY_DATA_ID = 'rustmem-replay';
export const REPLAY_PART_ATTRIBUTE = 'data-rustmem-part';
export const REPLAY_GZIP_TYPE = 'application/gzip';

/** The command that opens the Memory Inspector (CodeLens, hover link, command palette). */
export const INSPECT_MEMORY_COMMAND = 'rustMemory.inspectMemory';

/**
 * Arguments of `rustMemory.inspectMemory`: `[uri, options]`, both optional (without them: the
 * active editor's document). `step` (0-based index into the trace's steps) wins over `line`
 * (1-based line of the document: the panel opens at the first step on it; in a Markdown file it
 * also chooses the ```rust block).
 */
export interface InspectMemoryOptions {
  step?: number;
  line?: number;
}

export type InspectMemoryArgs = [uri?: string, options?: InspectMemoryOptions];
