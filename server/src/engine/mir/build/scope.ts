// Scopes as rustc_mir_build's `Scopes`: each region of the source that owns values (the function,
// a block, a statement's temporaries, a match arm) keeps the locals scheduled to die with it, in
// the order they became live. Leaving a scope on the normal path drops them in reverse order
// (each drop its own terminator, with its reason) and ends their storage; a call or a drop that
// can panic unwinds through a chain of cleanup blocks that drops everything live, innermost first.
// Every value that needs dropping is scheduled, moved or not: drop elaboration (`mir/drops/`)
// removes the drops of moved values and adds flags where a move happens on some paths only.
import type { Span } from '../../syntax/ast';
import type { BasicBlock, DropReason, Local, UnwindAction } from '../syntax';
import { place } from '../syntax';
import type { Builder } from './builder';

interface ScheduledDrop {
  readonly local: Local;
  readonly span: Span;
  /** False for a value that needs no drop (or one moved out already): only its storage ends. */
  drop: boolean;
  readonly reason: DropReason;
  /** Its place in its scope's `drops`. */
  index: number;
}

/**
 * Where a scope ends, as rustc places its drops: the construct's last character (a block's `}`, a
 * statement's `;`), which rustc's "dropped here" and "freed at the end of this statement" point at.
 */
export function endOf(span: Span): Span {
  if (span.end <= span.start || span.endCharacter === 0) {
    return { start: span.end, end: span.end, line: span.endLine, character: span.endCharacter, endLine: span.endLine, endCharacter: span.endCharacter };
  }
  return { start: span.end - 1, end: span.end, line: span.endLine, character: span.endCharacter - 1, endLine: span.endLine, endCharacter: span.endCharacter };
}

export type ScopeKind = 'fn' | 'block' | 'statement' | 'arm' | 'loop';

interface Scope {
  readonly kind: ScopeKind;
  /** `NO_DROPS` until the first is scheduled: most statements schedule none. */
  drops: ScheduledDrop[];
  /** The entries of `drops` that drop, in order: what a panic must clean up. */
  live: ScheduledDrop[];
}

const NO_DROPS: ScheduledDrop[] = [];
const NO_LIVE: ScheduledDrop[] = [];

const CONTINUE: UnwindAction = { kind: 'continue' };
const TERMINATE: UnwindAction = { kind: 'terminate' };

/** Cleanup blocks by the local each drops, then the chains that continue from it. */
type CleanupChain = Map<number, CleanupLink>;

interface CleanupLink {
  readonly block: BasicBlock;
  /** Made when a longer chain first continues from this one. */
  next: CleanupChain | undefined;
}

export class Scopes {
  private readonly stack: Scope[] = [];
  /** Where temporaries go: the innermost statement, or the enclosing one for a tail expression. */
  private tempScope = -1;
  private resumeBlock: BasicBlock | undefined;
  /**
   * The cleanup blocks made so far, by the chain of locals they drop, outermost first: a trie, so
   * that finding a call's chain makes no key (a call's unwind is asked for at every call).
   */
  private readonly cleanupChains: CleanupChain = new Map();
  /** `unwind()`'s answer until what is live changes: most calls of a statement share it. */
  private unwindHere: UnwindAction | undefined;

  constructor(private readonly b: Builder) {}

  get depth(): number {
    return this.stack.length;
  }

  push(kind: ScopeKind): number {
    this.stack.push({ kind, drops: NO_DROPS, live: NO_LIVE });
    if (kind === 'statement' || kind === 'fn') this.tempScope = this.stack.length - 1;
    return this.stack.length - 1;
  }

  /** Leaves the innermost scope on the normal path: its drops and `StorageDead`s, in reverse. */
  pop(span: Span): void {
    const depth = this.stack.length - 1;
    this.emitExit(depth, span);
    this.popScope();
  }

  /** `pop` at the end of the construct spanning `span` (`endOf`), made only when the scope has something to end. */
  popEnd(span: Span): void {
    const depth = this.stack.length - 1;
    if (this.stack[depth]?.drops.length) this.emitExit(depth, endOf(span));
    this.popScope();
  }

  private popScope(): void {
    const popped = this.stack.pop();
    if (popped !== undefined && popped.live.length > 0) this.unwindHere = undefined;
    if (this.tempScope >= this.stack.length) this.tempScope = this.lastStatementScope();
  }

  /** The drops of every scope from `depth` outwards to the innermost, for a jump out of them. */
  exitTo(depth: number, span: Span): void {
    for (let s = this.stack.length - 1; s >= depth; s--) this.emitExit(s, span);
  }

  /** Sends temporaries to the scope at `depth` (a block's tail: the enclosing statement's); returns where they went before. */
  setTempScope(depth: number): number {
    const saved = this.tempScope;
    this.tempScope = depth;
    return saved;
  }

  get currentTempScope(): number {
    return this.tempScope;
  }

  scheduleTemp(local: Local, span: Span, drop: boolean): void {
    const scope = this.stack[this.tempScope] ?? this.stack[this.stack.length - 1];
    if (scope) this.add(scope, { local, span, drop: drop && this.b.cx.props.needsDrop(this.b.localDecls[local]!.ty, this.b.cx.copyParams), reason: 'temporary', index: 0 });
  }

  /** A variable (or an extended temporary) dies with the innermost non-statement scope. */
  scheduleVar(local: Local, span: Span, depth = this.innermostBlockScope(), reason: DropReason = 'scopeEnd'): void {
    const scope = this.stack[depth];
    if (scope) this.add(scope, { local, span, drop: this.b.cx.props.needsDrop(this.b.localDecls[local]!.ty, this.b.cx.copyParams), reason, index: 0 });
  }

  private add(scope: Scope, d: ScheduledDrop): void {
    if (scope.drops === NO_DROPS) scope.drops = [];
    d.index = scope.drops.length;
    scope.drops.push(d);
    if (d.drop) {
      if (scope.live === NO_LIVE) scope.live = [];
      scope.live.push(d);
      this.unwindHere = undefined;
    }
  }

  innermostBlockScope(): number {
    for (let s = this.stack.length - 1; s >= 0; s--) if (this.stack[s]!.kind !== 'statement') return s;
    return 0;
  }

  /**
   * A temporary moved into a call or an aggregate no longer needs its scope's drop (rustc's
   * `record_operands_moved`); until then a panic still drops it.
   */
  recordMoved(local: Local): void {
    if (this.b.localDecls[local]?.kind !== 'temp') return;
    for (let s = this.stack.length - 1; s >= 0; s--) {
      const live = this.stack[s]!.live;
      for (let i = 0; i < live.length; i++) {
        if (live[i]!.local !== local) continue;
        live[i]!.drop = false;
        live.splice(i, 1);
        this.unwindHere = undefined;
        return;
      }
    }
  }

  /** Where a call or drop here unwinds to: the cleanup chain dropping everything live. */
  unwind(): UnwindAction {
    if (this.unwindHere === undefined) {
      const top = this.stack.length - 1;
      this.unwindHere = this.unwindFrom(top, this.stack[top]?.drops.length ?? 0);
    }
    return this.unwindHere;
  }

  private lastStatementScope(): number {
    for (let s = this.stack.length - 1; s >= 0; s--) if (this.stack[s]!.kind === 'statement' || this.stack[s]!.kind === 'fn') return s;
    return -1;
  }

  /** The cleanup for a panic while scope `scope` has its first `count` drops live. */
  private unwindFrom(scope: number, count: number): UnwindAction {
    // Built outermost first so that chains sharing their outer part share its blocks.
    let target: BasicBlock | undefined;
    let previous: CleanupLink | undefined;
    for (let s = 0; s <= scope; s++) {
      const scheduled = this.stack[s]!.live;
      for (let i = 0; i < scheduled.length; i++) {
        const d = scheduled[i]!;
        if (s === scope && d.index >= count) continue;
        if (target === undefined) target = this.resume();
        const chains = previous === undefined ? this.cleanupChains : (previous.next ??= new Map());
        let link = chains.get(d.local);
        if (link === undefined) {
          const block = this.b.newBlock(true);
          this.b.terminate(block, { kind: 'drop', place: place(d.local), target, unwind: TERMINATE, reason: 'unwind', span: d.span }, d.span);
          chains.set(d.local, (link = { block, next: undefined }));
        }
        target = link.block;
        previous = link;
      }
    }
    return target === undefined ? CONTINUE : { kind: 'cleanup', block: target };
  }

  private resume(): BasicBlock {
    if (this.resumeBlock === undefined) {
      this.resumeBlock = this.b.newBlock(true);
      this.b.terminate(this.resumeBlock, { kind: 'unwindResume' }, this.b.span);
    }
    return this.resumeBlock;
  }

  private emitExit(depth: number, span: Span): void {
    const scope = this.stack[depth];
    if (!scope) return;
    for (let i = scope.drops.length - 1; i >= 0; i--) {
      const d = scope.drops[i]!;
      if (d.drop) {
        const next = this.b.newBlock();
        this.b.terminate(this.b.current, {
          kind: 'drop', place: place(d.local), target: next, unwind: this.unwindFrom(depth, i), reason: d.reason, span,
        }, span);
        this.b.current = next;
      }
      if (this.b.localDecls[d.local]?.kind !== 'arg') this.b.storageDead(d.local, span);
    }
  }
}
