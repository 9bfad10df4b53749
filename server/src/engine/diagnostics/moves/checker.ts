// The state of the move check while it walks one function: the flow state, the names in scope,
// the enclosing loops, and the uses of moved places it found. Uses are filtered the way rustc
// filters E0382: per body, one report per set of moves, and a later use of the same (or a
// containing) place with the same moves is not reported again.
import type { Span } from '../../diagnostic';
import type { SyntaxNode } from '../syntax';
import { fieldTy, type ItemIndex } from './items';
import { FILE_VIEW, spanIn, type SnippetCache, type View } from './macros';
import { MoveState, type Conflict, type Local, type MoveSite } from './state';
import { UNKNOWN, derefTy, isCopy, type CopyFacts, type Ty } from './ty';

/** A place expression the check can follow: a local and a path of fields into it. */
export interface Place {
  local: Local;
  path: string[];
  /** The type of the place at `path`. */
  ty: Ty;
  /** The expression reads through a reference: nothing can be moved out of it. */
  behindRef: boolean;
  /** The type of the whole expression (differs from `ty` when reading through a reference). */
  valueTy: Ty;
  text: string;
}

export type UseAction = 'use' | 'borrow' | 'assign' | 'capture';

/** A use of a place that a move may have reached: one `use-after-move` diagnostic. */
export interface UseFinding {
  span: Span;
  place: Place;
  action: UseAction;
  conflict: Conflict;
}

interface Reported {
  key: string;
  path: string[];
  finding: UseFinding;
}

/** `peek`: the closure mentions the place without capturing it (`let S = x;` on a unit struct). */
export type CaptureMode = 'peek' | 'use' | 'move' | 'unknown';

export interface Capture {
  local: Local;
  path: string[];
  ty: Ty;
  mode: CaptureMode;
}

/** A function body or a closure body: its own rustc error buffer, and for a closure its captures. */
export class BodyCx {
  /** Uses of moved places, in the order the check met them. */
  found: UseFinding[] = [];
  captures = new Map<string, Capture>();
  constructor(readonly id: number, readonly parent: BodyCx | undefined) {}
}

export interface LoopFrame {
  label: string | undefined;
  breaks: (MoveState | null)[];
  continues: (MoveState | null)[];
  /** A labelled block: only `break 'label` leaves it. */
  block: boolean;
}

const CAPTURE_RANK: Record<CaptureMode, number> = { peek: -1, use: 0, unknown: 1, move: 2 };

export class MoveChecker {
  st: MoveState | null = new MoveState();
  reporting = true;
  view: View = FILE_VIEW;
  scopes: Map<string, Local>[] = [];
  loops: LoopFrame[] = [];
  body: BodyCx;
  bodies: BodyCx[] = [];
  selfTy: Ty = UNKNOWN;
  /** Generic parameters in scope (of the function and its `impl`). */
  typeParams = new Set<string>();
  private nextBody = 0;
  private nextLocal = 0;
  private localsByDecl = new Map<string, Local>();

  constructor(readonly items: ItemIndex, readonly facts: CopyFacts, readonly cache: SnippetCache) {
    this.body = this.newBody(undefined);
  }

  newBody(parent: BodyCx | undefined): BodyCx {
    const b = new BodyCx(this.nextBody++, parent);
    this.bodies.push(b);
    return b;
  }

  span(node: SyntaxNode): Span {
    return spanIn(this.view, node);
  }

  copy(ty: Ty) {
    return isCopy(ty, this.facts);
  }

  // ---- names ----

  /** Declares a binding; the same declaration met again (the next loop iteration) is the same local. */
  declare(nameNode: SyntaxNode, ty: Ty): Local {
    const decl = this.span(nameNode);
    const key = `${this.body.id}@${decl.start.line}:${decl.start.character}`;
    let local = this.localsByDecl.get(key);
    if (!local) {
      local = { id: this.nextLocal++, name: nameNode.text, ty, decl, body: this.body.id };
      this.localsByDecl.set(key, local);
    } else {
      local.ty = ty;
    }
    this.scopes[this.scopes.length - 1]?.set(local.name, local);
    this.st?.reinit(local, []);
    return local;
  }

  lookup(name: string): Local | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const l = this.scopes[i]!.get(name);
      if (l) return l;
    }
    return undefined;
  }

  withScope<T>(run: () => T): T {
    this.scopes.push(new Map());
    try {
      return run();
    } finally {
      this.scopes.pop();
    }
  }

  // ---- places ----

  /** The place an expression names, or null when it is not a path into a local. */
  placeOf(node: SyntaxNode): Place | null {
    switch (node.type) {
      case 'identifier':
      case 'self': {
        const local = this.lookup(node.text);
        if (!local) return null;
        return { local, path: [], ty: local.ty, behindRef: false, valueTy: local.ty, text: node.text };
      }
      case 'parenthesized_expression': {
        const inner = node.firstNamedChild;
        return inner ? this.placeOf(inner) : null;
      }
      case 'field_expression': {
        const value = node.childForFieldName('value');
        const field = node.childForFieldName('field')?.text;
        if (!value || field === undefined) return null;
        const base = this.placeOf(value);
        if (!base) return null;
        const text = `${base.text}.${field}`;
        if (base.behindRef || base.valueTy.k === 'ref') {
          return { ...base, behindRef: true, valueTy: fieldTy(this.items, derefTy(base.valueTy), field), text };
        }
        if (base.ty.k !== 'adt' && base.ty.k !== 'tuple') {
          // A field of a value of unknown type (perhaps a `Box` or a reference): not followed.
          return { ...base, behindRef: true, valueTy: UNKNOWN, text };
        }
        if (base.ty.k === 'adt' && !this.items.types.get(base.ty.name)?.fields) {
          // A field reached through a standard pointer (`rc.field` is `(*rc).field`): it cannot
          // be moved out, only read or borrowed, and the use is a use of the pointer.
          return { ...base, behindRef: true, valueTy: UNKNOWN, text };
        }
        const ty = fieldTy(this.items, base.ty, field);
        return { local: base.local, path: [...base.path, field], ty, behindRef: false, valueTy: ty, text };
      }
      default:
        return null;
    }
  }

  // ---- uses and moves ----

  capture(place: Place, mode: CaptureMode): void {
    if (place.local.body === this.body.id) return;
    const key = `${place.local.id}:${place.path.join('.')}`;
    const old = this.body.captures.get(key);
    if (!old || CAPTURE_RANK[mode] > CAPTURE_RANK[old.mode]) {
      this.body.captures.set(key, { local: place.local, path: place.path, ty: place.ty, mode });
    }
  }

  /** A read or borrow of `place` at `span`. */
  use(place: Place, span: Span, action: UseAction): void {
    if (!this.st) return;
    this.capture(place, 'use');
    const conflict = this.st.conflict(place.local, place.path);
    if (conflict && this.reporting) this.report({ span, place, action, conflict });
  }

  /** A use rustc may or may not check: if the place may be moved, later uses are not judged either. */
  unsureUse(place: Place, span: Span): void {
    if (!this.st) return;
    this.capture(place, 'peek');
    const conflict = this.st.conflict(place.local, place.path);
    if (!conflict || !this.reporting) return;
    const unsure: MoveSite = { id: `unknown@${span.start.line}:${span.start.character}`, span, kind: 'unknown', label: '' };
    this.report({ span, place, action: 'use', conflict: { ...conflict, sites: [...conflict.sites, unsure] } });
  }

  /** `place` is used by value: it moves unless its type is `Copy`. */
  moveOut(place: Place, span: Span, label: string, kind: MoveSite['kind'] = 'move', siteSpan: Span = span): void {
    if (!this.st) return;
    this.use(place, span, kind === 'closure' ? 'capture' : 'use');
    if (place.behindRef) return;
    const copy = this.copy(place.ty);
    if (copy === 'yes') return;
    const siteKind = copy === 'no' ? kind : 'unknown';
    this.capture(place, copy === 'no' ? 'move' : 'unknown');
    this.st.move(place.local, place.path, { id: `${siteKind}@${siteSpan.start.line}:${siteSpan.start.character}`, span: siteSpan, kind: siteKind, label });
  }

  /** Something the check cannot see through may have moved `place`: later uses are not judged. */
  poison(place: Place, span: Span): void {
    if (!this.st || place.behindRef) return;
    this.capture(place, 'unknown');
    this.st.move(place.local, place.path, { id: `unknown@${span.start.line}:${span.start.character}`, span, kind: 'unknown', label: '' });
  }

  private report(f: UseFinding): void {
    this.body.found.push(f);
  }

  /**
   * The uses rustc reports: per body, in the order its borrow checker visits them (`order`), the
   * first use that runs into a given set of moves; a later use with the same moves is dropped
   * when it uses the same place or one containing it, and otherwise replaces the earlier report.
   */
  findings(order: (span: Span) => number): UseFinding[] {
    // Closures are checked together with the function that contains them: one list.
    const out: UseFinding[] = [];
    for (const body of [{ found: this.bodies.flatMap((b) => b.found) }]) {
      const keyed = body.found.map((f, i) => ({ f, i, rank: order(f.span) }));
      keyed.sort((a, b) => a.rank - b.rank || a.f.span.start.line - b.f.span.start.line || a.f.span.start.character - b.f.span.start.character || a.i - b.i);
      const list: Reported[] = [];
      // A use whose moves include one the check cannot see through is never reported, but rustc
      // may have reported it: then it would not report a later use of the same place with the
      // same moves. Such later uses are left out too (a missing report rather than a wrong one).
      const uncertain: UseFinding[] = [];
      for (const { f } of keyed) {
        if (f.conflict.sites.some((s) => s.kind === 'unknown')) {
          uncertain.push(f);
          continue;
        }
        if (uncertain.some((u) => u.place.local === f.place.local && isPrefix(f.place.path, u.place.path))) continue;
        const key = f.conflict.sites.map((s) => s.id).sort().join('|');
        const i = list.findIndex((r) => r.key === key);
        if (i !== -1) {
          const prev = list[i]!;
          if (isPrefix(f.place.path, prev.path) && f.place.local === prev.finding.place.local) continue;
          list.splice(i, 1);
        }
        list.push({ key, path: f.place.path, finding: f });
      }
      out.push(...list.map((r) => r.finding));
    }
    return out;
  }

  // ---- control flow ----

  /** Runs `branch` from a copy of the current state and returns the state it ends in. */
  branch(run: () => void, from: MoveState | null = this.st): MoveState | null {
    const saved = this.st;
    this.st = from?.clone() ?? null;
    try {
      run();
      return this.st;
    } finally {
      this.st = saved;
    }
  }
}

export function isPrefix(prefix: readonly string[], path: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((seg, i) => path[i] === seg);
}
