// Permissions as the Brown University edition of the Book teaches them (Aquascope): at each line
// of a body, whether each place the user wrote can be read (R), written (W) and owned, that is
// moved or dropped (O), and for every missing permission why, from the borrow checker's own facts:
//   R needs the place initialised and no live `&mut` loan over it;
//   W needs R, a mutable path (`let mut`, or through a `&mut`) and no live loan over it at all;
//   O needs R, no reference on the way to it and no live loan over it.
// "At line L" is the state just before the first thing line L does runs: what the code on that
// line may do. Pure data, computed once per body of a front end, and only for the bodies asked
// about (a hover needs one function of a long file, not all of them).
import type { FrontEnd } from '../frontEnd';
import { buildMir } from '../mir/build';
import type { Body, Place } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import { typeDiagnostics } from '../typeck/diagnostics';
import type { BitSet } from './bitSet';
import type { Location } from './cfg';
import { uncheckable } from './check';
import { permissionFacts, type PermissionFacts as BodyFacts } from './permissionRegions';
import { immutability } from './mutability';
import { PERMISSION_SIGNATURES, untracedBorrow } from './permissionGuard';
import { permissionPlaces, userVariables } from './permissionPlaces';
import { reachingMoves, storageLive } from './permissionFlow';
import { describePlace, isClosureBody, placesConflict, placeTy } from './places';
import type { Results } from './dataflow';

export type Permission = 'R' | 'W' | 'O';

/** Why a place lacks a permission. Lines are 0-based, as the engine's spans. */
export type Why =
  /** A live loan covers the place: `binding` holds it (when a named variable does) until `untilLine`. */
  | { readonly kind: 'loan'; readonly mutable: boolean; readonly binding?: string; readonly borrowSpan: Span; readonly untilLine: number }
  | { readonly kind: 'moved'; readonly span: Span }
  | { readonly kind: 'uninit' }
  /** The variable (or argument) is declared without `mut`. */
  | { readonly kind: 'notMut'; readonly binding: string; readonly argument: boolean }
  /** The place is reached through the reference `reference` (`&` or `&mut`). */
  | { readonly kind: 'behindRef'; readonly reference: string; readonly mutable: boolean }
  /** Through a raw pointer, or a path the checker cannot call mutable. */
  | { readonly kind: 'notWritable' };

export interface PermissionState {
  readonly read: boolean;
  readonly write: boolean;
  readonly own: boolean;
  /** One entry per missing permission, in R, W, O order. */
  readonly lost: readonly { readonly perm: Permission; readonly why: Why }[];
}

export interface PlaceChange {
  readonly line: number;
  readonly perm: Permission;
  readonly change: 'loses' | 'regains';
  readonly why?: Why;
}

export interface PlacePermissions {
  /** As the user writes it: `v`, `*r`, `p.x`. */
  readonly place: string;
  readonly local: number;
  /** The variable's declaration (its pattern). */
  readonly declSpan: Span;
  /** Every line of the body where the variable exists, in order. */
  readonly lines: readonly { readonly line: number; readonly state: PermissionState }[];
  /** Where it loses and regains each permission, after the first line where it exists. */
  readonly changes: readonly PlaceChange[];
}

export interface BodyPermissions {
  /** The function's name (`main`, `Point::norm`'s `norm`). */
  readonly name: string;
  readonly span: Span;
  /** Set when the body is not checked (a construct the checker does not model): no places then. */
  readonly unsupported?: string;
  readonly places: readonly PlacePermissions[];
}

const cache = new WeakMap<Body, BodyPermissions>();

/** The permissions of every place of every function body of the file; empty when the front end rejects it. */
export function filePermissions(fe: FrontEnd): BodyPermissions[] {
  return permissionsWithin(fe, 0, Infinity);
}

/** The permissions of the function bodies that overlap the lines `first..=last` (0-based). */
export function permissionsWithin(fe: FrontEnd, first: number, last: number): BodyPermissions[] {
  if (fe.diagnostics.some((d) => d.severity === 'error')) return [];
  if (typeDiagnostics(fe.types.results).some((d) => d.severity === 'error')) return [];
  const out: BodyPermissions[] = [];
  for (const body of buildMir(fe).bodies) {
    if (body.span.endLine < first || body.span.line > last) continue;
    let found = cache.get(body);
    if (!found) {
      // A closure's lines are its function's: the permissions shown there are the function's places.
      if (isClosureBody(body)) continue;
      const reason = uncheckable(body);
      found = reason ? { name: body.def.name, span: body.span, unsupported: reason, places: [] } : bodyPermissions(body, fe.ast.text);
      cache.set(body, found);
    }
    out.push(found);
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** The permissions of one checked body (`text` is the file, to tell the user's variables from a macro's). */
export function bodyPermissions(body: Body, text: string): BodyPermissions {
  const f = permissionFacts(body, PERMISSION_SIGNATURES);
  const untraced = untracedBorrow(f);
  if (untraced) return { name: body.def.name, span: body.span, unsupported: untraced, places: [] };
  const storage = storageLive(f.cfg);
  const moved = reachingMoves(f.cfg, f.moves);
  const lines = firstLocationOfEachLine(f);
  const scopes = new Map<number, BitSet>(lines.map(([line, at]) => [line, f.regions.inScope(at)]));
  const until = new Map<number, number>();
  const untilLine = (loan: number) => {
    let last = until.get(loan);
    if (last !== undefined) return last;
    last = f.borrows.loans[loan]!.span.line;
    for (const [line, scope] of scopes) if (scope.has(loan) && line > last) last = line;
    until.set(loan, last);
    return last;
  };
  const variables = userVariables(body, text);
  const places: PlacePermissions[] = [];
  for (const place of permissionPlaces(body, variables)) {
    const text = describePlace(body, place);
    if (!text) continue;
    const rows: { line: number; state: PermissionState }[] = [];
    for (const [line, at] of lines) {
      if (!storage.at(at).has(place.local)) continue;
      const state = stateAt(f, place, at, scopes.get(line)!, moved, variables, untilLine);
      // Past a point the checker cannot be sure of, the place's lines stop: no answer, not a guess.
      if (!state) break;
      rows.push({ line, state });
    }
    if (rows.length === 0) continue;
    places.push({ place: text, local: place.local, declSpan: body.localDecls[place.local]!.span, lines: rows, changes: changes(rows) });
  }
  return { name: body.def.name, span: body.span, places };
}

/** Each source line the body runs code on, with the first location of that line in execution order. */
function firstLocationOfEachLine(f: BodyFacts): [number, Location][] {
  const seen = new Map<number, Location>();
  for (const block of f.cfg.reversePostOrder) {
    const data = f.body.basicBlocks[block]!;
    if (data.isCleanup) continue;
    data.statements.forEach((s, index) => {
      if (!seen.has(s.span.line)) seen.set(s.span.line, { block, index });
    });
    const t = data.terminator;
    if (!t || seen.has(t.span.line)) continue;
    // The `return` is spanned over the whole function: at the signature's line, the parameters
    // are as they enter, not as they leave (a returned closure still borrowing one).
    const entering = t.kind === 'return' && t.span.line === f.body.span.line && t.span.endLine > t.span.line;
    seen.set(t.span.line, entering ? { block: 0, index: 0 } : f.cfg.terminatorLocation(block));
  }
  return [...seen].sort((a, b) => a[0] - b[0]);
}

function stateAt(
  f: BodyFacts, place: Place, at: Location, scope: BitSet, moved: Results, variables: ReadonlySet<number>, untilLine: (loan: number) => number,
): PermissionState | undefined {
  const lost: { perm: Permission; why: Why }[] = [];
  const empty = emptiness(f, place, at, moved);
  if (empty === 'unknown') return undefined;
  if (empty) return { read: false, write: false, own: false, lost: (['R', 'W', 'O'] as const).map((perm) => ({ perm, why: empty })) };
  let mutLoan: Why | undefined;
  let anyLoan: Why | undefined;
  for (const i of scope) {
    const loan = f.borrows.loans[i]!;
    if (!placesConflict(f.body, loan.borrowed, place, 'deep')) continue;
    const mutable = loan.kind === 'mut' || (loan.kind === 'twoPhase' && !reserved(f, i, at));
    const why: Why = { kind: 'loan', mutable, binding: holder(f, i, at, variables), borrowSpan: loan.span, untilLine: untilLine(i) };
    anyLoan ??= why;
    if (mutable) mutLoan ??= why;
  }
  if (mutLoan) lost.push({ perm: 'R', why: mutLoan });
  const notWritable = writeBlocker(f.body, place);
  if (notWritable ?? (mutLoan ?? anyLoan)) lost.push({ perm: 'W', why: notWritable ?? (mutLoan ?? anyLoan)! });
  const notOwned = ownBlocker(f.body, place);
  if (notOwned ?? (mutLoan ?? anyLoan)) lost.push({ perm: 'O', why: notOwned ?? (mutLoan ?? anyLoan)! });
  const has = (p: Permission) => !lost.some((l) => l.perm === p);
  return { read: has('R'), write: has('W'), own: has('O'), lost };
}

/** Why the place holds no value here (moved out, or never assigned), if it may hold none. */
function emptiness(f: BodyFacts, place: Place, at: Location, moved: Results): Why | 'unknown' | undefined {
  const md = f.moves;
  const root = md.nearest(place);
  const uninit = f.init.maybeUninit.at(at);
  const paths = md.descendants(root);
  for (let p = md.paths[root]!.parent; p !== undefined; p = md.paths[p]!.parent) paths.push(p);
  if (!paths.some((p) => uninit.has(p))) return undefined;
  const related = new Set(paths);
  for (const m of moved.at(at)) {
    const move = md.moves[m]!;
    if (move.byDrop || !related.has(move.path)) continue;
    // rustc reborrows a `&mut` passed where a `&mut` is expected instead of moving it; the MIR
    // here moves it either way, so whether the reference is still there is not known.
    const ty = placeTy(f.body, md.paths[move.path]!.place);
    if (ty?.k === 'ref' && ty.mut) return 'unknown';
    const data = f.body.basicBlocks[move.location.block]!;
    const span = move.location.index < data.statements.length ? data.statements[move.location.index]!.span : data.terminator!.span;
    return { kind: 'moved', span };
  }
  return { kind: 'uninit' };
}

/** A two-phase borrow not activated yet: until its call, it lets others read. */
function reserved(f: BodyFacts, loan: number, at: Location): boolean {
  const l = f.borrows.loans[loan]!;
  if (l.kind !== 'twoPhase' || !l.activation) return false;
  if (l.activation.block === at.block && l.activation.index === at.index) return false;
  return f.live.has(at, l.assignedTo) && f.regions.holds(at, l.assignedTo, loan);
}

/** The user variable that holds the loan just before `at`, if one does. */
function holder(f: BodyFacts, loan: number, at: Location, variables: ReadonlySet<number>): string | undefined {
  const live = f.live.at(at);
  for (const x of variables) if (live.has(x) && f.regions.holds(at, x, loan)) return f.body.localDecls[x]!.name;
  for (const x of variables) if (f.regions.holds(at, x, loan)) return f.body.localDecls[x]!.name;
  return undefined;
}

function writeBlocker(body: Body, place: Place): Why | undefined {
  const why = immutability(body, place);
  if (!why) return undefined;
  if (why.kind === 'local') {
    const decl = body.localDecls[why.local]!;
    return { kind: 'notMut', binding: decl.name ?? '_', argument: decl.kind === 'arg' };
  }
  if (why.kind === 'sharedRef') return { kind: 'behindRef', reference: describePlace(body, why.reference) ?? '_', mutable: false };
  return { kind: 'notWritable' };
}

/** Owning needs a path of owners: no reference or raw pointer on the way (a `Box` owns what it points to). */
function ownBlocker(body: Body, place: Place): Why | undefined {
  for (let n = place.projection.length - 1; n >= 0; n--) {
    if (place.projection[n]!.kind !== 'deref') continue;
    const base = placeTy(body, place, n);
    if (base?.k === 'ref') return { kind: 'behindRef', reference: describePlace(body, { local: place.local, projection: place.projection.slice(0, n) }) ?? '_', mutable: base.mut };
    if (base?.k !== 'adt') return { kind: 'notWritable' };
  }
  return undefined;
}

function changes(rows: readonly { line: number; state: PermissionState }[]): PlaceChange[] {
  const out: PlaceChange[] = [];
  for (let i = 1; i < rows.length; i++) {
    const before = rows[i - 1]!.state;
    const now = rows[i]!.state;
    for (const [perm, key] of [['R', 'read'], ['W', 'write'], ['O', 'own']] as const) {
      if (before[key] && !now[key]) out.push({ line: rows[i]!.line, perm, change: 'loses', why: now.lost.find((l) => l.perm === perm)!.why });
      else if (!before[key] && now[key]) out.push({ line: rows[i]!.line, perm, change: 'regains' });
    }
  }
  return out;
}

/** `R W O`, `R -- --`: the three permissions in Aquascope's order, a dash pair for each missing one. */
export function permissionLabel(s: PermissionState): string {
  return `${s.read ? 'R' : '--'} ${s.write ? 'W' : '--'} ${s.own ? 'O' : '--'}`;
}
