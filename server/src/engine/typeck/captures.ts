// Closure capture analysis as rustc's `upvar.rs` does it for edition 2021 (RFC 2229), run on a
// body once its types are final. Each use of a place rooted at a variable of an enclosing body
// is one of: a move (a value that is not `Copy`), a copy or shared borrow, a mutable borrow or an
// assignment. The place is then cut where capturing more precisely is impossible or useless
// (at an index, at a raw pointer's deref, after the last deref of a shared reference; a
// by-value capture at its first deref and at a field of a type with its own `Drop`), a `move`
// closure takes every place by value, and the places of one variable are merged so that none is
// an ancestor of another. The result, per closure, is the captured places in first-use order.
import type * as A from '../syntax/ast';
import { closureUses } from './closureUses';
import { type CapturePlace, placeKey, placeTy, tyBefore, truncated } from './capturePlace';
import type { Names } from './names';
import type { Program } from './program';
import type { TypeckResults } from './results';
import { mapTy, someTy, type Ty } from './ty';
import { TyProps } from './tyProps';

/** How a place is captured: by value, or by a `&mut`, a unique `&` or a shared `&` borrow. */
export type CaptureMode = 'ByValue' | 'ByMutRef' | 'ByUniqueImmRef' | 'ByRef';
export type ClosureKind = 'Fn' | 'FnMut' | 'FnOnce';

export interface CapturedPlace {
  readonly place: CapturePlace;
  readonly mode: CaptureMode;
  /** The use that decided the mode (rustc's `capture_kind_expr_id`). */
  readonly span: A.Span;
}

export type ClosureCaptures =
  /** `closureKind` is undefined when a use's kind is not known (a `move` closure's captures still are). */
  | { readonly kind: 'captures'; readonly captures: readonly CapturedPlace[]; readonly closureKind?: ClosureKind }
  /** A use the analysis does not model: no answer rather than a guess. */
  | { readonly kind: 'unsupported'; readonly what: string; readonly span: A.Span };

/** One use of a place the closure body makes, before any adjustment. */
export interface PlaceUse {
  readonly place: CapturePlace;
  readonly mode: CaptureMode;
  readonly span: A.Span;
}

const RANK: Record<CaptureMode, number> = { ByRef: 0, ByUniqueImmRef: 1, ByMutRef: 2, ByValue: 3 };

export interface CaptureCx {
  readonly p: Program;
  readonly names: Names;
  readonly results: TypeckResults;
  readonly props: TyProps;
  /** The generic parameters the enclosing fn's bounds make `Copy` (a use of one copies it). */
  readonly copyParams: ReadonlySet<Ty>;
}

export function captureCx(p: Program, results: TypeckResults): CaptureCx {
  return { p, names: p.namesFor(false), results, props: new TyProps(p), copyParams: new Set() };
}

/**
 * Analyses every closure of `body`, innermost first, into `results.closureCaptures`; `copyParams`:
 * the generic parameters the body's bounds make `Copy`.
 */
export function analyzeClosures(program: CaptureCx, root: unknown, copyParams: ReadonlySet<Ty>): void {
  const cx = copyParams.size ? { ...program, copyParams } : program;
  forEachClosure(root, (e) => {
    const c = closureCaptures(cx, e);
    cx.results.closureCaptures.set(e.id, c);
    const ty = cx.results.typeOfExpr(e.id);
    if (c.kind === 'captures' && c.closureKind && ty?.k === 'closure') cx.results.closureKinds.set(ty.def, c.closureKind);
  });
}

/** Post-order: a nested closure is analysed before the closure around it uses its captures. */
function forEachClosure(n: unknown, f: (e: A.ClosureExpr) => void): void {
  if (!n || typeof n !== 'object') return;
  if (Array.isArray(n)) {
    for (const x of n) forEachClosure(x, f);
    return;
  }
  const node = n as { kind?: string };
  if (node.kind === 'ItemStmt') return;
  // `for…in`, not `Object.entries`: no array per node on a walk over every body (the nodes are plain objects).
  for (const k in n) {
    const v = (n as Record<string, unknown>)[k];
    if (k !== 'span' && v && typeof v === 'object') forEachClosure(v, f);
  }
  if (node.kind === 'Closure') f(n as A.ClosureExpr);
}

function closureCaptures(cx: CaptureCx, e: A.ClosureExpr): ClosureCaptures {
  const found = closureUses(cx, e);
  if (!('uses' in found)) return found;
  const { uses, kindKnown } = found;
  let closureKind: ClosureKind = 'Fn';
  // rustc's `process_collected_capture_information`: adjust each use, keep one entry per place.
  const processed = new Map<string, CapturedPlace>();
  for (const u of uses) {
    let [place, mode] = restrictPrecision(u.place, u.mode);
    [place, mode] = truncateForOptimization(place, mode);
    if (mode === 'ByValue') closureKind = 'FnOnce';
    else if (mode !== 'ByRef' && closureKind === 'Fn') closureKind = 'FnMut';
    if (e.isMove) {
      const d = firstDeref(place);
      if (d >= 0) [place, mode] = truncate(place, mode, d);
      mode = 'ByValue';
    } else if (mode === 'ByValue') {
      const d = firstDeref(place);
      if (d >= 0) [place, mode] = truncate(place, mode, d);
    }
    [place, mode] = restrictForDropTypes(cx, place, mode);
    const key = placeKey(place);
    const old = processed.get(key);
    if (!old) processed.set(key, { place, mode, span: u.span });
    else if (RANK[mode] > RANK[old.mode]) processed.set(key, { place: old.place, mode, span: u.span });
  }
  // rustc fixes the kind from the expected bound before the body is seen; what the body does then
  // only has to fit it (the borrow checker's E0507/E0594/E0596 where it does not).
  const kind = cx.results.closureBoundKinds.get(e.id) ?? (kindKnown ? closureKind : undefined);
  return { kind: 'captures', captures: minCaptures([...processed.values()]), ...(kind ? { closureKind: kind } : {}) };
}

/** rustc's `compute_min_captures`: no captured place is an ancestor of another of the same variable. */
function minCaptures(processed: readonly CapturedPlace[]): CapturedPlace[] {
  const byVar = new Map<A.NodeId, CapturedPlace[]>();
  for (const c of processed) {
    let { place, mode } = c;
    const list = byVar.get(place.binding);
    if (!list) {
      byVar.set(place.binding, [c]);
      continue;
    }
    let updated: CapturedPlace = c;
    let descendantFound = false;
    for (let i = list.length - 1; i >= 0; i--) {
      const d = list[i]!;
      if (!isStrictAncestor(place, d.place)) continue;
      descendantFound = true;
      const [, dm] = truncate(d.place, d.mode, place.projections.length);
      updated = merge(updated, { ...d, mode: dm });
      list.splice(i, 1);
    }
    let ancestorFound = false;
    if (!descendantFound) {
      for (let i = 0; i < list.length; i++) {
        const a = list[i]!;
        if (placeKey(a.place) === placeKey(place)) {
          list[i] = merge(a, c);
          ancestorFound = true;
          break;
        }
        if (isStrictAncestor(a.place, place)) {
          [place, mode] = truncate(place, mode, a.place.projections.length);
          list[i] = merge(a, { place, mode, span: c.span });
          ancestorFound = true;
          break;
        }
      }
    }
    if (!ancestorFound) list.push({ place: c.place, mode: updated.mode, span: updated.span });
  }
  // Each variable's places in the order of their fields, as the closure's upvars are laid out.
  return [...byVar.values()].flatMap((list) => list.sort(byFields));
}

function byFields(a: CapturedPlace, b: CapturedPlace): number {
  const fa = a.place.projections.filter((j) => j.kind === 'field');
  const fb = b.place.projections.filter((j) => j.kind === 'field');
  for (let i = 0; i < fa.length && i < fb.length; i++) {
    if (fa[i]!.index !== fb[i]!.index) return fa[i]!.index - fb[i]!.index;
  }
  return 0;
}

/** The type of each upvar: the place's own for a by-value capture, else a reference to it. */
export function upvarTy(tcx: Program['tcx'], c: CapturedPlace): Ty {
  const t = placeTy(c.place);
  return c.mode === 'ByValue' ? t : tcx.ref(t, c.mode !== 'ByRef');
}

/** Upvar types by the closure's `Def` (a `Map`, or a `WeakMap` kept across programs). */
export interface UpvarTable {
  get(def: object): readonly Ty[] | undefined;
  set(def: object, upvars: readonly Ty[]): unknown;
}

/**
 * Each closure type's upvar types (`&T`, `&mut T` or the captured place's type, in capture order),
 * by the closure's `Def`, written into `into`: the checker's closure types leave them out, its
 * capture analysis has them. A closure whose captures it does not model is missing.
 */
export function closureUpvars<T extends UpvarTable>(results: TypeckResults, tcx: Program['tcx'], into: T): T {
  for (const [id, c] of results.closureCaptures) {
    const t = results.exprTypes.get(id);
    if (t?.k === 'closure' && c.kind === 'captures') into.set(t.def, c.captures.map((x) => upvarTy(tcx, x)));
  }
  return into;
}

/** `ty` with each closure in it given its upvars from `upvars`, as rustc lays a closure out. */
export function withUpvars(tcx: Program['tcx'], upvars: Pick<UpvarTable, 'get'>, ty: Ty, depth = 0): Ty {
  if (depth > 8 || !someTy(ty, (t) => t.k === 'closure')) return ty;
  return mapTy(tcx, ty, (t) => {
    if (t.k !== 'closure' || t.upvars.length) return undefined;
    const own = upvars.get(t.def);
    return own?.length ? tcx.closure(t.def, t.sig, own.map((u) => withUpvars(tcx, upvars, u, depth + 1)), t.args) : t;
  });
}

/** A captured place as rustc's capture analysis prints it: `p[Deref,(1, 0)] -> Mutable`. */
export function describeCapture(c: CapturedPlace): string {
  const proj = c.place.projections.map((j) => (j.kind === 'deref' ? 'Deref' : `(${j.index}, 0)`)).join(',');
  const mode = { ByValue: 'ByValue', ByRef: 'Immutable', ByMutRef: 'Mutable', ByUniqueImmRef: 'UniqueImmutable' }[c.mode];
  return `${c.place.name}[${proj}] -> ${mode}`;
}

function isStrictAncestor(a: CapturePlace, d: CapturePlace): boolean {
  return a.binding === d.binding && a.projections.length < d.projections.length && placeKey(d, a.projections.length) === placeKey(a);
}

/** rustc's `determine_capture_info`: the stronger mode; on a tie, the first. */
function merge(a: CapturedPlace, b: CapturedPlace): CapturedPlace {
  return RANK[b.mode] > RANK[a.mode] ? { place: a.place, mode: b.mode, span: b.span } : a;
}

function firstDeref(p: CapturePlace): number {
  return p.projections.findIndex((j) => j.kind === 'deref');
}

/** Cuts `place` to `len` projections; a `&mut` borrow through a cut `&mut` deref becomes unique. */
function truncate(place: CapturePlace, mode: CaptureMode, len: number): [CapturePlace, CaptureMode] {
  if (mode === 'ByMutRef') {
    for (let i = len; i < place.projections.length; i++) {
      const before = tyBefore(place, i);
      if (place.projections[i]!.kind === 'deref' && before.k === 'ref' && before.mut) {
        mode = 'ByUniqueImmRef';
        break;
      }
    }
  }
  return [truncated(place, len), mode];
}

/** Raw pointers are not followed (unsafe), and an indexed array is captured whole. */
function restrictPrecision(place: CapturePlace, mode: CaptureMode): [CapturePlace, CaptureMode] {
  for (let i = 0; i < place.projections.length; i++) {
    if (place.projections[i]!.kind === 'deref' && tyBefore(place, i).k === 'ptr') return truncate(place, mode, i);
  }
  return [place, mode];
}

/** Fields read through a shared reference are always read by copy or `&`: the reference is enough. */
function truncateForOptimization(place: CapturePlace, mode: CaptureMode): [CapturePlace, CaptureMode] {
  let idx = -1;
  place.projections.forEach((j, i) => {
    if (j.kind === 'deref') idx = i;
  });
  const before = idx >= 0 ? tyBefore(place, idx) : undefined;
  return before?.k === 'ref' && !before.mut ? truncate(place, mode, idx + 1) : [place, mode];
}

/** A value cannot be moved out of a field of a type with its own `Drop`: the whole is captured. */
function restrictForDropTypes(cx: CaptureCx, place: CapturePlace, mode: CaptureMode): [CapturePlace, CaptureMode] {
  if (mode !== 'ByValue' || cx.props.isCopy(placeTy(place), cx.copyParams)) return [place, mode];
  for (let i = 0; i < place.projections.length; i++) {
    const t = tyBefore(place, i);
    if (t.k === 'adt' && cx.props.hasDropImpl(t.def)) return truncate(place, mode, i);
  }
  return [place, mode];
}
