/**
 * The `// @mem` annotation language: what each directive means once parsed.
 *
 * Contract for the rest of the engine: directives are produced by `parseDirective` (text) and
 * `parseAnnotations` (a whole file); the simulator and the layout engine only ever see the
 * options derived from them (`AnnotationSet`), and claims are judged by `checkClaims`.
 */
import type { Span } from '../diagnostic';

export type Directive =
  /** Simulate from the next function instead of `main`. */
  | { kind: 'entry' }
  /** The main thread's stack budget in bytes. */
  | { kind: 'stack'; bytes: number }
  /** A named point of the replay: the first step at the annotated line. */
  | { kind: 'snapshot'; label?: string }
  /** The layout of a type the snippet cannot see. */
  | { kind: 'size'; type: string; size: number; align: number }
  | { kind: 'expect-drops'; names: string[] }
  | { kind: 'expect-size'; type: string; size: number; align?: number }
  | { kind: 'expect-leak'; leak: boolean }
  | { kind: 'expect-panic'; message?: string }
  | { kind: 'expect-overflow' }
  | { kind: 'expect-output'; text: string };

export type ClaimDirective = Extract<Directive, { kind: `expect-${string}` }>;

/** One `// @mem` comment that parsed. Lines are 0-based like every engine position. */
export interface Annotation {
  directive: Directive;
  /** The whole comment. */
  span: Span;
  /** The line the directive applies to: its own line when it trails code, else the next line with code. */
  targetLine?: number;
  /** The comment's text after `//`, trimmed, for hovers and messages. */
  text: string;
}

/** A claim to check against the run or the layouts. */
export interface Claim {
  directive: ClaimDirective;
  span: Span;
  targetLine?: number;
  text: string;
}

export type ClaimStatus = 'confirmed' | 'failed' | 'unchecked';

/** What became of one claim: `message` says what really happened (always set, also when it holds). */
export interface ClaimVerdict {
  claim: Claim;
  status: ClaimStatus;
  message: string;
}

export function isClaim(d: Directive): d is ClaimDirective {
  return d.kind.startsWith('expect-');
}
