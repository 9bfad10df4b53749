// What one Memory Inspector panel is showing, and how it stays in step with the editor. Pure
// logic over ports (no `vscode` import) so the message handling and the sync rules are unit-tested:
// the webview's `ready` handshake, a step chosen in the panel highlighting its line, the cursor
// moving the panel, and a re-run after an edit keeping the panel at the same line.
import type { TraceRequest } from '../../../protocol/lsp';
import { firstStepAtLine, shiftLine, stepAtSameLine, type LineEdit } from '../../../protocol/navigation';
import type { Trace } from '../../../protocol/trace';
import { isFromWebview, type InspectorViewState, type ToWebview } from '../../../protocol/webview';
import { splitTrace } from '../../../protocol/traceParts';
import { encodeSteps, encodeTrace } from '../../../protocol/traceColumns';

export interface SessionPorts {
  /** Posts to the webview. */
  post(message: ToWebview): void;
  /** Highlights a 1-based line of the document as the current step's (`undefined`: none). */
  highlight(line: number | undefined): void;
  /** Shows a 1-based line of the document in the editor. */
  reveal(line: number): void;
  /** Simulates the document again as if rustc accepted it (the refusal banner's button). */
  runAsIfAccepted?(): void;
}

/** Where a freshly loaded trace opens. */
export interface StartAt {
  step?: number;
  /** 1-based trace line. */
  line?: number;
}

/**
 * The step to open at: `step` if it is in the trace (and, when `line` is given too, still on that
 * line, as after a restart), else the first step on `line`, else the first step.
 */
export function startStep(trace: Trace, at: StartAt): number {
  const n = trace.steps.length;
  if (n === 0) return 0;
  const { step, line } = at;
  if (step !== undefined && step >= 0 && step < n && (line === undefined || trace.steps.at(step)!.line === line)) return step;
  if (line !== undefined) {
    const s = firstStepAtLine(trace, line);
    if (s !== undefined) return s;
  }
  return step !== undefined ? Math.max(0, Math.min(step, n - 1)) : 0;
}

export class InspectorSession {
  private trace: Trace | null = null;
  private version = -1;
  private lineOffset = 0;
  private step = 0;
  /** The current step's trace line, moved by edits made since its trace was simulated. */
  private line: number | undefined;
  private ready = false;
  private status: { text: string; busy: boolean } | undefined;

  constructor(
    readonly uri: string,
    private readonly ports: SessionPorts,
  ) {}

  get currentStep(): number {
    return this.step;
  }

  get currentTrace(): Trace | null {
    return this.trace;
  }

  get traceVersion(): number {
    return this.version;
  }

  /** The 1-based document line of the current step. */
  get documentLine(): number | undefined {
    return this.line === undefined ? undefined : this.line + this.lineOffset;
  }

  viewState(): InspectorViewState {
    return { uri: this.uri, step: this.step, line: this.line ?? 0 };
  }

  /** A message from the webview (anything that is not one of ours is ignored). */
  receive(raw: unknown): void {
    if (!isFromWebview(raw)) return;
    switch (raw.type) {
      case 'ready':
        this.ready = true;
        this.flush();
        break;
      case 'step':
        if (!this.trace || raw.step >= this.trace.steps.length) return;
        this.step = raw.step;
        this.line = this.trace.steps.at(raw.step)!.line;
        this.ports.highlight(this.documentLine);
        break;
      case 'reveal':
        this.ports.reveal(raw.line + this.lineOffset);
        break;
      case 'asIfAccepted':
        // Only a trace refused by the borrow checker offers the button.
        if (this.trace?.end.kind === 'rejected' && this.trace.end.borrowck) this.ports.runAsIfAccepted?.();
        break;
    }
  }

  /** The webview was reloaded (hidden and shown, or restored): wait for its `ready` again. */
  webviewReloaded(): void {
    this.ready = false;
  }

  /**
   * A new trace of the document. Without `at`, a re-run keeps the panel at the line it was on
   * (moved by the edits since); the first trace opens at its first step.
   */
  showTrace(result: TraceRequest.Run, at?: StartAt): void {
    const previous = this.trace;
    const next = result.trace;
    this.version = result.version;
    this.lineOffset = result.lineOffset;
    this.trace = next;
    this.status = undefined;
    if (!next) {
      this.status = { text: 'This file has nothing to run: it has no `fn main` and no `// @mem entry` function.', busy: false };
      this.line = undefined;
      this.ports.highlight(undefined);
      this.flush();
      return;
    }
    if (at) this.step = startStep(next, at);
    else if (previous && this.line !== undefined) this.step = stepAtSameLine(previous, this.step, next, this.line);
    else this.step = 0;
    this.line = next.steps.at(this.step)?.line;
    this.ports.highlight(this.documentLine);
    this.flush();
  }

  showStatus(text: string, busy: boolean): void {
    this.status = { text, busy };
    if (this.ready) this.ports.post({ type: 'status', text, busy });
  }

  /** Moves to `step` on the host's initiative (a CodeLens, the command with a step). */
  goto(step: number): void {
    if (!this.trace || this.trace.steps.length === 0) return;
    this.step = Math.max(0, Math.min(step, this.trace.steps.length - 1));
    this.line = this.trace.steps.at(this.step)!.line;
    this.ports.highlight(this.documentLine);
    if (this.ready) this.ports.post({ type: 'goto', step: this.step });
  }

  /**
   * The user put the cursor on a 1-based document line. The panel moves to the first step on it,
   * unless it already stands on that line (or the line never runs).
   */
  cursorMoved(documentLine: number): void {
    if (!this.trace) return;
    const line = documentLine - this.lineOffset;
    if (this.line === line) return;
    const s = firstStepAtLine(this.trace, line);
    if (s !== undefined) this.goto(s);
  }

  /** The document was edited: the current line moves with the text until the re-run arrives. */
  edited(edits: readonly LineEdit[]): void {
    if (this.line !== undefined) this.line = shiftLine(this.line + this.lineOffset, edits) - this.lineOffset;
  }

  /**
   * Posts what the webview should show. A long trace goes in parts (head first) so the panel draws
   * its first step at once instead of after the whole trace has crossed into the webview.
   */
  private flush(): void {
    if (!this.ready) return;
    if (!this.trace) {
      if (this.status) this.ports.post({ type: 'status', ...this.status });
      return;
    }
    const { head, parts } = splitTrace(this.trace);
    const version = this.version;
    this.ports.post({ type: 'trace', uri: this.uri, version, trace: encodeTrace(head), step: this.step, ...(parts.length > 0 ? { complete: false } : {}) });
    parts.forEach((part, i) => this.ports.post({ type: 'steps', version, part: { ...part, steps: encodeSteps(part.steps) }, complete: i === parts.length - 1 }));
  }
}
