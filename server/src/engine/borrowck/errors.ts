// A borrow-checker error as rustc reports it: code, message, the primary span with its label, and
// the secondary labels (where the first borrow is, where it is used later) in rustc's words.
import type { Span } from '../syntax/ast';

export interface BorrowLabel {
  readonly span: Span;
  readonly message: string;
}

export interface BorrowError {
  readonly code: string;
  readonly span: Span;
  readonly message: string;
  readonly label: string;
  readonly related: readonly BorrowLabel[];
}

/** One error per code and primary position, as rustc reports a conflict once per place and span. */
export class ErrorSink {
  readonly errors: BorrowError[] = [];
  private readonly seen = new Set<string>();

  /** Reports unless one of `keys` (besides the code and position) was reported already. */
  report(e: BorrowError, keys: readonly string[] = []): void {
    const all = [`${e.code}@${e.span.start}`, ...keys];
    if (all.some((k) => this.seen.has(k))) return;
    for (const k of all) this.seen.add(k);
    this.errors.push(e);
  }

  /** Reports only once under `key` (a loan's "does not live long enough", a local's "isn't initialized"). */
  once(key: string, make: () => BorrowError | undefined): void {
    if (this.seen.has(key)) return;
    const e = make();
    if (!e) return;
    this.seen.add(key);
    this.report(e);
  }
}
