// An access against the loans live at its location, as rustc's `check_access_for_conflict`
// decides, and the error each conflict is (E0499, E0502, E0503, E0505, E0506, E0597, E0716).
import type { DropReason, Place } from '../mir/syntax';
import type { FnDef } from '../typeck/defs';
import type * as A from '../syntax/ast';
import type { Span } from '../syntax/ast';
import type { BitSet } from './bitSet';
import type { Loan } from './borrowSet';
import { captureLoan, type ClosureSource } from './capturedLoans';
import type { Location } from './cfg';
import type { BorrowError, BorrowLabel, ErrorSink } from './errors';
import type { BodyFacts } from './facts';
import { captureUse } from './captureUse';
import { laterUseAt } from './laterUse';
import { locationKey } from './movePaths';
import { closureOutlives } from './outlives';
import { type AccessDepth, describePlace, placesConflict } from './places';

export type Access =
  | { readonly kind: 'copy' }
  | { readonly kind: 'sharedBorrow' }
  | { readonly kind: 'mutBorrow' }
  /** A two-phase borrow where it is created: as harmless as a shared borrow to other readers. */
  | { readonly kind: 'reservation' }
  | { readonly kind: 'activation'; readonly loan: number }
  | { readonly kind: 'move' }
  | { readonly kind: 'assign' }
  | { readonly kind: 'storageDead'; readonly reason?: DropReason };

export interface AccessSite {
  readonly location: Location;
  readonly place: Place;
  readonly depth: AccessDepth;
  readonly access: Access;
  readonly span: Span;
}

/** A two-phase borrow not yet activated: its temporary still holds it, before the call. */
function reserved(f: BodyFacts, loan: Loan, at: Location): boolean {
  if (loan.kind !== 'twoPhase' || !loan.activation) return false;
  if (loan.activation.block === at.block && loan.activation.index === at.index) return false;
  return f.live.has(at, loan.assignedTo) && f.regions.holds(at, loan.assignedTo, loan.index);
}

export function checkAccess(f: BodyFacts, site: AccessSite, inScope: BitSet, sink: ErrorSink, source?: ClosureSource): void {
  const live = inScope.members();
  for (let k = 0; k < live.length; k++) {
    const i = live[k]!;
    const loan = f.borrows.loans[i]!;
    if (!placesConflict(f.body, loan.borrowed, site.place, site.depth)) continue;
    const a = site.access;
    const shared = loan.kind === 'shared';
    switch (a.kind) {
      case 'copy': case 'sharedBorrow':
        if (shared || reserved(f, loan, site.location)) continue;
        break;
      case 'reservation':
        if (shared) continue;
        break;
      case 'activation':
        if (a.loan === i || reserved(f, loan, site.location)) continue;
        break;
      default:
        break;
    }
    report(f, site, loan, sink, source);
  }
}

function report(f: BodyFacts, site: AccessSite, loan: Loan, sink: ErrorSink, source: ClosureSource | undefined): void {
  const accessed = describePlace(f.body, site.place);
  const borrowed = describePlace(f.body, loan.borrowed);
  const outliving = f.regions.outlivesBody(loan.index);
  const next = outliving ? undefined : laterUseAt(f, site.location, loan.index);
  // Reaching the `return` with a borrow through a parameter that a path returns: rustc explains it
  // by the returned value's lifetime rather than by a use.
  const throughReturn = next !== undefined && isReturn(f, next.location) && f.regions.mayBeReturned(loan.index);
  const returning = throughReturn && borrowed ? returningLabels(f, loan, borrowed) : [];
  const later = throughReturn ? undefined : next;
  // The read of a `let`-bound closure just made: rustc's "later captured here by closure".
  const capturedLater = later !== undefined && readsLetClosure(f, later.location);
  const laterLabel = (what: string): BorrowLabel[] => (later
    ? [{ span: later.span, message: capturedLater || later.byClosure ? what.replace('used here', 'captured here by closure') : later.byCall ? what.replace('used here', 'used by call') : what }]
    : outliving && borrowed ? outlivingLabels(f, outliving, borrowed) : returning);
  const a = site.access;
  const loanMut = loan.kind !== 'shared';
  if (a.kind === 'storageDead') {
    const decl = f.body.localDecls[site.place.local]!;
    const dropped = { span: site.span, message: '' };
    if (outliving) {
      // A closure given to `Scope::spawn` that borrows a local of this body: rustc says the
      // closure may outlive the function; a borrow it got another way is left unreported.
      const closure = capturingClosure(f, loan.index);
      if (closure !== undefined && capturedBy(f, loan, closure)) {
        sink.once(`dead${loan.index}`, () => {
          const e = closureOutlives(f, closure);
          const scope = borrowed ? outlivingLabels(f, outliving, borrowed).slice(0, -1) : [];
          return e && { ...e, related: [...e.related, ...scope] };
        });
      } else if (closure === undefined && outliving.param !== undefined && accessed && decl.kind === 'user') {
        // Stored through a `&mut` parameter: it must live as long as the lifetime in that type.
        sink.once(`dead${loan.index}`, () => ({
          code: 'E0597', span: loan.span, message: `\`${accessed}\` does not live long enough`,
          label: 'borrowed value does not live long enough',
          related: [
            { ...dropped, message: `\`${accessed}\` dropped here while still borrowed` },
            { span: decl.span, message: `binding \`${accessed}\` declared here` },
            ...outlivingLabels(f, outliving, accessed),
          ],
        }));
      }
      return;
    }
    if (f.regions.holds(site.location, 0, loan.index)) {
      sink.once(`dead${loan.index}`, () => returnsLocal(f, loan, site.place.local));
      return;
    }
    if (decl.kind === 'temp') {
      // A temporary whose life the builder extended to the block (`let r = &make();`, a `ref`
      // binding of a `let`) is dead only at the block's end, where E0597's rules apply.
      if (decl.extended) return;
      sink.once(`dead${loan.index}`, () => ({
        code: 'E0716', span: loan.span, message: 'temporary value dropped while borrowed',
        label: 'creates a temporary value which is freed while still in use',
        related: [{ ...dropped, message: 'temporary value is freed at the end of this statement' }, ...laterLabel('borrow later used here')],
      }));
    } else if (accessed && decl.kind === 'user') {
      const capture = captureLoan(f.body, loan, source);
      if (capture === 'unknown') return;
      if (capture && capturedLater) {
        // The closure leaves the block that owns the variable as the block's value.
        sink.once(`dead${loan.index}`, () => ({
          code: 'E0373', span: capture.closure,
          message: `closure may outlive the current block, but it borrows \`${accessed}\`, which is owned by the current block`,
          label: `may outlive borrowed value \`${accessed}\``,
          related: [{ span: capture.use, message: `\`${accessed}\` is borrowed here` }],
        }));
        return;
      }
      // The closure reaches the returned value (pushed into a `Vec` that is returned) while the
      // variable dies earlier (a loop's binding): its borrow must outlive the function, which
      // rustc reports as the closure outliving the function rather than the variable's death.
      const closure = capture && returnedHolder(f, site.location, loan.index) ? capturingClosure(f, loan.index) : undefined;
      if (closure !== undefined) {
        sink.once(`dead${loan.index}`, () => closureOutlives(f, closure));
        return;
      }
      sink.once(`dead${loan.index}`, () => ({
        code: 'E0597', span: capture?.use ?? loan.span, message: `\`${accessed}\` does not live long enough`,
        label: 'borrowed value does not live long enough',
        related: [
          { ...dropped, message: `\`${accessed}\` dropped here while still borrowed` },
          ...(capture ? [{ span: capture.closure, message: 'value captured here' }] : []),
          { span: decl.span, message: `binding \`${accessed}\` declared here` },
          ...(capture ? [] : storingVec(f, later?.holder)),
          ...laterLabel('borrow later used here'),
        ],
      }));
    }
    return;
  }
  if (!accessed || !borrowed) return;
  const firstBorrow = { span: loan.span, message: '' };
  // A closure's capture: the use in its body that made the loan (and the access's own, for a second capture).
  const firstUse = captureUse(f, loan);
  const siteLoan = f.borrows.createdAt.get(locationKey(site.location));
  const secondUse = siteLoan === undefined ? undefined : captureUse(f, f.borrows.loans[siteLoan]!);
  const inClosure = (use: Span | undefined, message: string): BorrowLabel[] => (use ? [{ span: use, message }] : []);
  const bothInClosure = (): BorrowLabel[] => (siteLoan === loan.index
    ? inClosure(firstUse, `borrows occur due to use of \`${borrowed}\` in closure`)
    : [...inClosure(firstUse, `first borrow occurs due to use of \`${borrowed}\` in closure`), ...inClosure(secondUse, `second borrow occurs due to use of \`${accessed}\` in closure`)]);
  // rustc reports one conflict per statement (`x += 1` reads, then writes `x`): an access is
  // reported once per span, and every other conflicting access on its own.
  const keys = [`at${site.span.start}`];
  const report = (e: BorrowError) => sink.report(e, keys);
  switch (a.kind) {
    case 'copy':
      report({
        code: 'E0503', span: site.span, message: `cannot use \`${accessed}\` because it was mutably borrowed`,
        label: `use of borrowed \`${borrowed}\``,
        related: [{ ...firstBorrow, message: `\`${borrowed}\` is borrowed here` }, ...inClosure(firstUse, `borrow occurs due to use of \`${borrowed}\` in closure`), ...laterLabel('borrow later used here')],
      });
      return;
    case 'sharedBorrow':
      report({
        code: 'E0502', span: site.span, message: `cannot borrow \`${accessed}\` as immutable because it is also borrowed as mutable`,
        label: 'immutable borrow occurs here',
        related: [{ ...firstBorrow, message: 'mutable borrow occurs here' }, ...bothInClosure(), ...laterLabel('mutable borrow later used here')],
      });
      return;
    case 'mutBorrow': case 'reservation': case 'activation':
      if (loanMut && siteLoan === loan.index) {
        // The same borrow made again by a loop while the last iteration's is still live.
        const later = laterLabel('first borrow used here, in later iteration of loop').filter((l) => l.span.start !== site.span.start);
        report({
          code: 'E0499', span: site.span, message: `cannot borrow \`${accessed}\` as mutable more than once at a time`,
          label: `\`${accessed}\` was mutably borrowed here in the previous iteration of the loop`,
          related: [...bothInClosure(), ...later],
        });
      } else if (loanMut) {
        report({
          code: 'E0499', span: site.span, message: `cannot borrow \`${accessed}\` as mutable more than once at a time`,
          label: 'second mutable borrow occurs here',
          related: [{ ...firstBorrow, message: 'first mutable borrow occurs here' }, ...bothInClosure(), ...laterLabel('first borrow later used here')],
        });
      } else {
        report({
          code: 'E0502', span: site.span, message: `cannot borrow \`${accessed}\` as mutable because it is also borrowed as immutable`,
          label: 'mutable borrow occurs here',
          related: [{ ...firstBorrow, message: 'immutable borrow occurs here' }, ...bothInClosure(), ...laterLabel('immutable borrow later used here')],
        });
      }
      return;
    case 'move': {
      const decl = f.body.localDecls[site.place.local]!;
      report({
        code: 'E0505', span: site.span, message: `cannot move out of \`${accessed}\` because it is borrowed`,
        label: `move out of \`${accessed}\` occurs here`,
        related: [
          { ...firstBorrow, message: `borrow of \`${borrowed}\` occurs here` },
          ...inClosure(firstUse, 'borrow occurs due to use in closure'),
          { span: decl.span, message: `binding \`${describePlace(f.body, { local: site.place.local, projection: [] })}\` declared here` },
          ...laterLabel('borrow later used here'),
        ],
      });
      return;
    }
    case 'assign':
      report({
        code: 'E0506', span: site.span, message: `cannot assign to \`${accessed}\` because it is borrowed`,
        label: `\`${accessed}\` is assigned to here but it was already borrowed`,
        related: [{ ...firstBorrow, message: `\`${borrowed}\` is borrowed here` }, ...inClosure(firstUse, 'borrow occurs due to use in closure'), ...laterLabel('borrow later used here')],
      });
      return;
  }
}

/**
 * rustc 1.95 names the `Vec` variable whose later use keeps a stored borrow (`names.push(&name)`
 * in a loop): "variable `names` declared here", at its pattern (`mut names`).
 */
function storingVec(f: BodyFacts, holder: number | undefined): BorrowLabel[] {
  const decl = holder === undefined ? undefined : f.body.localDecls[holder];
  if (decl?.kind !== 'user' || !decl.name || decl.ty.k !== 'adt' || !decl.ty.def.std || decl.ty.def.path !== 'vec::Vec') return [];
  return [{ span: decl.span, message: `variable \`${decl.name}\` declared here` }];
}

function isReturn(f: BodyFacts, at: Location): boolean {
  const data = f.body.basicBlocks[at.block]!;
  return at.index === data.statements.length && data.terminator?.kind === 'return';
}

/** Whether the statement at `at` is the read rustc makes of a `let`-bound closure after its initialiser. */
function readsLetClosure(f: BodyFacts, at: Location): boolean {
  const s = f.body.basicBlocks[at.block]!.statements[at.index];
  return s?.kind === 'fakeRead' && s.cause === 'forLet' && s.place.projection.length === 0 && f.body.localDecls[s.place.local]!.ty.k === 'closure';
}

/** E0515: the returned value holds a loan of a local (or a temporary) that dies as the function returns. */
function returnsLocal(f: BodyFacts, loan: Loan, local: number): BorrowError | undefined {
  const store = returnStore(f, loan.index);
  if (!store) return undefined;
  const closure = capturingClosure(f, loan.index);
  if (closure !== undefined) return closureOutlives(f, closure);
  const decl = f.body.localDecls[local]!;
  const name = describePlace(f.body, { local, projection: [] });
  const direct = loan.borrowed.projection.length === 0 && store.direct;
  const what = decl.kind === 'temp' ? 'temporary value' : decl.kind === 'arg' ? `function parameter \`${name}\`` : `local variable \`${name}\``;
  if (decl.kind !== 'temp' && !name) return undefined;
  return {
    code: 'E0515', span: store.span,
    message: direct ? `cannot return reference to ${what}` : `cannot return value referencing ${what}`,
    label: direct ? 'returns a reference to data owned by the current function' : 'returns a value referencing data owned by the current function',
    // rustc points at the borrow only when the returned value is not the reference itself.
    related: decl.kind === 'temp' ? [{ span: decl.span, message: 'temporary value created here' }] : direct ? [] : [{ span: loan.span, message: `\`${name}\` is borrowed here` }],
  };
}

/** Where the return place receives the loan: the returned expression. */
function returnStore(f: BodyFacts, loan: number): { span: Span; direct: boolean } | undefined {
  const blocks = f.body.basicBlocks;
  for (const block of f.cfg.reversePostOrder) {
    const data = blocks[block]!;
    for (let index = 0; index < data.statements.length; index++) {
      const s = data.statements[index]!;
      if (s.kind !== 'assign' || s.place.local !== 0 || s.place.projection.length > 0) continue;
      if (!f.regions.holds({ block, index: index + 1 }, 0, loan)) continue;
      // The returned value is the loan's own reference (`&s`, or the local it was made into), not a
      // reborrow of what a call gave (`&v[..]` is `&*Index::index(&v, ..)`: "value referencing").
      const direct = (s.rvalue.kind === 'ref' && f.borrows.createdAt.get(locationKey({ block, index })) === loan)
        || (s.rvalue.kind === 'use' && s.rvalue.operand.kind !== 'constant' && f.borrows.loans[loan]!.assignedTo === s.rvalue.operand.place.local);
      return { span: s.span, direct };
    }
    const t = data.terminator;
    if (t?.kind === 'call' && t.destination.local === 0 && t.destination.projection.length === 0 && t.target !== undefined && f.regions.holds({ block: t.target, index: 0 }, 0, loan)) {
      return { span: t.span, direct: false };
    }
  }
  return undefined;
}

/**
 * Why a loan given to `Scope::spawn` is still live: the scope's region, named `'1` as rustc names
 * the first region of the closure's signature, which the call requires the borrow to last for.
 */
function outlivingLabels(f: BodyFacts, by: { call: Span; receiver: number | undefined; param?: number }, borrowed: string): BorrowLabel[] {
  if (by.param !== undefined) {
    const lifetime = storedLifetime(f, by.param);
    return lifetime ? [...lifetime.labels, { span: by.call, message: `argument requires that \`${borrowed}\` is borrowed for \`${lifetime.name}\`` }] : [];
  }
  const out: BorrowLabel[] = [];
  const decl = by.receiver === undefined ? undefined : f.body.localDecls[by.receiver];
  const scope = decl?.kind === 'arg' && decl.ty.k === 'ref' && decl.ty.inner.k === 'adt' && decl.ty.inner.def.name === 'Scope';
  if (scope) out.push({ span: decl.span, message: "has type `&'1 Scope<'1, '_>`" });
  out.push({ span: by.call, message: `argument requires that \`${borrowed}\` is borrowed for \`'1\`` });
  return out;
}

/**
 * The lifetime a borrow stored through the `&mut` parameter `param` must live for: the first
 * reference in what the parameter points to (`&mut Vec<&'a i32>`), shown where `'a` is declared,
 * or an elided one named `'1` at that reference, as rustc names them.
 */
function storedLifetime(f: BodyFacts, param: number): { name: string; labels: BorrowLabel[] } | undefined {
  const fn = (f.body.def as Partial<FnDef>).node;
  const sig = fn?.sig;
  if (!fn || !sig) return undefined;
  const first = sig.selfParam ? 2 : 1;
  if (f.body.argCount !== sig.params.length + first - 1 || param < first) return undefined;
  const ty = sig.params[param - first]?.ty;
  const inner = ty?.kind === 'RefType' && ty.isMut ? firstRef(ty.ty) : undefined;
  if (!inner) return undefined;
  if (!inner.lifetime || inner.lifetime.name === '_') return { name: "'1", labels: [{ span: inner.span, message: "let's call the lifetime of this reference `'1`" }] };
  const name = inner.lifetime.name.replace(/^'/, '');
  if (name === 'static') return undefined;
  const declared = fn.generics.params.find((p) => p.kind === 'LifetimeParam' && p.name.name.replace(/^'/, '') === name);
  return declared ? { name: `'${name}`, labels: [{ span: declared.span, message: `lifetime \`'${name}\` defined here` }] } : undefined;
}

/** The first reference type written in `t` (`&'a i32` of `Vec<&'a i32>`). */
function firstRef(t: A.Type): A.RefType | undefined {
  switch (t.kind) {
    case 'RefType': return t;
    case 'PathType':
      for (const seg of t.path.segments) {
        if (seg.args?.kind !== 'AngleArgs') continue;
        for (const a of seg.args.args) {
          const found = a.kind === 'TypeArg' ? firstRef(a.ty) : undefined;
          if (found) return found;
        }
      }
      return undefined;
    case 'SliceType': case 'ArrayType': return firstRef(t.elem);
    case 'ParenType': return firstRef(t.ty);
    default: return undefined;
  }
}

/**
 * Why a borrow through a parameter is live where nothing uses it later: a path returns it, so it
 * lasts for the lifetime of the parameter's reference, which rustc names `'1` at the parameter's
 * type. A named lifetime (`&'m mut T`) is shown where it is declared; where rustc then says the
 * returned value is (the whole tail expression) is not known here, so that label is left out.
 */
function returningLabels(f: BodyFacts, loan: Loan, borrowed: string): BorrowLabel[] {
  const fn = (f.body.def as Partial<FnDef>).node;
  const sig = fn?.sig;
  const store = returnStore(f, loan.index);
  if (!fn || !sig || !store) return [];
  const self = sig.selfParam;
  const first = self ? 2 : 1;
  if (f.body.argCount !== sig.params.length + first - 1) return [];
  const local = loan.borrowed.local;
  let reference: Span | undefined;
  if (self && local === 1) reference = self.mode !== 'value' && !self.lifetime && !self.ty ? self.span : undefined;
  else {
    const ty = sig.params[local - first]?.ty;
    if (ty?.kind === 'RefType' && ty.lifetime && ty.lifetime.name !== 'static' && ty.lifetime.name !== '_') {
      const name = ty.lifetime.name.replace(/^'/, '');
      const declared = fn.generics.params.find((p) => p.kind === 'LifetimeParam' && p.name.name.replace(/^'/, '') === name);
      return declared ? [{ span: declared.span, message: `lifetime \`'${name}\` defined here` }] : [];
    }
    reference = ty?.kind === 'RefType' && !ty.lifetime ? ty.span : undefined;
  }
  if (!reference) return [];
  return [
    { span: reference, message: "let's call the lifetime of this reference `'1`" },
    { span: store.span, message: `returning this value requires that \`${borrowed}\` is borrowed for \`'1\`` },
  ];
}

/** Whether the loan is one the closure made to capture a place (its operand is the loan's temporary). */
function capturedBy(f: BodyFacts, loan: Loan, closure: number): boolean {
  for (const b of f.body.basicBlocks) {
    for (const s of b.statements) {
      if (s.kind === 'assign' && s.place.local === closure && s.place.projection.length === 0 && s.rvalue.kind === 'aggregate'
        && s.rvalue.operands.some((o) => o.kind !== 'constant' && o.place.local === loan.assignedTo)) return true;
    }
  }
  return false;
}

/** A closure that captures the loan and is returned is rustc's E0373, not E0515: the closure's local. */
/** Whether a local holding the loan at `at` is itself what the function returns (`out` of `return out;`, `Some(out)`). */
function returnedHolder(f: BodyFacts, at: Location, loan: number): boolean {
  const returned = new Set<number>();
  for (const b of f.body.basicBlocks) {
    if (b.isCleanup) continue;
    for (const s of b.statements) {
      if (s.kind !== 'assign' || s.place.local !== 0 || s.place.projection.length > 0) continue;
      const operands = s.rvalue.kind === 'use' ? [s.rvalue.operand] : s.rvalue.kind === 'aggregate' ? s.rvalue.operands : [];
      for (const o of operands) if (o.kind === 'move' && o.place.projection.length === 0) returned.add(o.place.local);
    }
  }
  for (const x of returned) if (f.regions.holds(at, x, loan)) return true;
  return false;
}

function capturingClosure(f: BodyFacts, loan: number): number | undefined {
  const holders = f.regions.holders(loan);
  for (const b of f.body.basicBlocks) {
    for (const s of b.statements) {
      if (s.kind === 'assign' && s.rvalue.kind === 'aggregate' && s.rvalue.aggregate.kind === 'closure'
        && s.rvalue.operands.some((o) => o.kind !== 'constant' && holders.has(o.place.local))) return s.place.local;
    }
  }
  return undefined;
}
