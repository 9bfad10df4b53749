// Which loans each local may hold, flow-sensitively: a `&` puts its loan in the local it is
// written to, an assignment copies what its operands hold (a reborrow `&mut *r` also keeps what
// `r` holds), a call's result holds what the arguments its signature ties it to hold (lifetime
// elision), and overwriting a local forgets what it held. With liveness this is the simplified
// NLL region of a loan: it is live where a live local still holds it. Every flow the checker
// cannot establish is left out, so regions are never larger than rustc's.
import type { Body, Operand, Place, Rvalue, Statement, Terminator } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import type { Def, Ty } from '../typeck/ty';
import { BitSet } from './bitSet';
import type { BorrowSet, Loan } from './borrowSet';
import type { Cfg, Location } from './cfg';
import { closureCapturedLoans } from './closureCaptures';
import { type Analysis, iterateToFixpoint, type Results } from './dataflow';
import { locationKey } from './movePaths';
import { placeTy } from './places';
import { localsCarryLoans, mayCarryLoans } from './regionTypes';

export interface CallSignatures {
  /** The arguments whose borrows a call's result may carry, by the callee's signature; [] when none or unknown. */
  returnBorrowsFrom(func: Operand, argCount: number): readonly number[];
  /** Arguments whose referents' borrows, not their own, the result carries (`Option<&T>::copied`). */
  returnBorrowsThrough?(func: Operand): readonly number[];
  /** Arguments whose borrows the call stores where a `&mut` argument points (`v.push(&x)`). */
  argumentStores?(func: Operand): readonly { readonly from: number; readonly into: number }[];
  /**
   * Whether the result carries what the receiver (passed by value, of type `receiver`) carries:
   * all of it, its items' (what it holds but its closures' captures), or of those only the loans
   * of places that hold no loans themselves (`'plain'`).
   */
  resultFromReceiver?(func: Operand, receiver: Ty | undefined, returnsArgument?: (closure: Def) => boolean): ItemFlow | undefined;
  /** Whether the result carries what the receiver's referent (`&mut iter` → `iter`, of type `referent`) carries, as for the receiver. */
  resultFromReferent?(func: Operand, referent: Ty | undefined, returnsArgument?: (closure: Def) => boolean): ItemFlow | undefined;
  /** Whether a closure built in the file may return what it is given (`|x| x`), by its body. */
  closureReturnsArgument?(closure: Def): boolean;
  /** Arguments whose borrows must last for a region the body got from its caller (`Scope::spawn`'s closure, for `'scope`). */
  outlivesBody?(func: Operand): readonly number[];
}

export type ItemFlow = 'all' | 'items' | 'plain';

export class HeldLoans implements Analysis {
  readonly direction = 'forward';
  readonly domainSize: number;
  private readonly n: number;
  private readonly carries: boolean[];
  /**
   * Only a local whose type can carry a loan has bits in the state (`carrier[local] * n + loan`;
   * -1 for the others, which never hold one): most temporaries are integers, units and owned
   * values, and the state is kept at every location.
   */
  private readonly carrier: Int32Array;
  /** The carrying locals, in the order of their bits. */
  private readonly carrierLocals: number[] = [];
  private readonly loansOfLocal: number[][];

  constructor(private readonly body: Body, private readonly borrows: BorrowSet, private readonly calls: CallSignatures) {
    this.n = borrows.loans.length;
    this.carries = localsCarryLoans(body);
    this.carrier = new Int32Array(this.carries.length).fill(-1);
    this.carries.forEach((c, local) => {
      if (c) this.carrier[local] = this.carrierLocals.push(local) - 1;
    });
    this.domainSize = this.carrierLocals.length * this.n;
    this.loansOfLocal = body.localDecls.map(() => []);
    this.incoming = new BitSet(this.n);
    for (const l of borrows.loans) this.loansOfLocal[l.borrowed.local]!.push(l.index);
  }

  initialize(): void {}

  /** The loans an assignment's value carries, reused from statement to statement: `write` only reads it. */
  private readonly incoming: BitSet;

  private captured: BitSet | undefined;

  private readonly returnsArgument = (closure: Def): boolean => this.calls.closureReturnsArgument?.(closure) ?? false;

  private capturedLoans(): BitSet {
    this.captured ??= closureCapturedLoans(this.body, this.borrows);
    return this.captured;
  }

  /** The loans `local` holds in `state`. */
  held(state: BitSet, local: number, into: BitSet): void {
    this.heldWords(state.words, 0, local, into);
  }

  /** Whether the local's type can hold a loan at all. */
  carriesLoans(local: number): boolean {
    return this.carries[local] === true;
  }

  /** The bit of "`local` holds `loan`" in a state, or -1 when the local cannot hold a loan. */
  bit(local: number, loan: number): number {
    const c = this.carrier[local]!;
    return c < 0 ? -1 : c * this.n + loan;
  }

  /** The locals that can hold a loan, in the order of their bits. */
  get carrying(): readonly number[] {
    return this.carrierLocals;
  }

  /** As `held`, from a state stored at `offset` (a word index) of `words`: no view is made. */
  heldWords(words: Uint32Array, offset: number, local: number, into: BitSet): void {
    const c = this.carrier[local]!;
    if (c < 0) return;
    const out = into.words;
    const base = offset * 32 + c * this.n;
    for (let l = 0; l < this.n; l++) {
      const i = base + l;
      if ((words[i >>> 5]! & (1 << (i & 31))) !== 0) out[l >>> 5]! |= 1 << (l & 31);
    }
  }

  statementEffect(state: BitSet, s: Statement, location: Location): void {
    if (s.kind === 'storageDead' || s.kind === 'storageLive') {
      this.overwrite(state, s.local);
      return;
    }
    if (s.kind !== 'assign') return;
    const incoming = this.incoming;
    incoming.clear();
    // A whole local that cannot hold a loan takes none of the value's: only its old value goes.
    if (s.place.projection.length === 0 && !this.carries[s.place.local]) {
      this.overwrite(state, s.place.local);
      return;
    }
    this.rvalueLoans(state, s.rvalue, location, incoming);
    this.write(state, s.place, incoming);
  }

  terminatorEffect(state: BitSet, t: Terminator): void {
    if (t.kind !== 'call') return;
    const incoming = this.incoming;
    incoming.clear();
    // As for an assignment: a result that cannot hold a loan needs no signature read.
    if (t.destination.projection.length > 0 || this.carries[t.destination.local]) this.resultLoans(state, t, incoming);
    // Stores through a `&mut` argument: into the place its fresh loan borrows (`&mut v` → `v`).
    const stores = this.calls.argumentStores?.(t.func);
    for (let k = 0; stores && k < stores.length; k++) {
      const { from, into } = stores[k]!;
      const src = t.args[from];
      const dst = t.args[into];
      if (!src || !dst || src.kind === 'constant' || dst.kind === 'constant') continue;
      const carried = new BitSet(this.n);
      this.held(state, src.place.local, carried);
      if (carried.isEmpty()) continue;
      for (const l of this.borrows.loans) {
        if (l.assignedTo !== dst.place.local || l.kind === 'shared' || l.borrowed.projection.some((e) => e.kind === 'deref')) continue;
        if (!this.carries[l.borrowed.local]) continue;
        const base = this.carrier[l.borrowed.local]! * this.n;
        for (const c of carried) state.add(base + c);
      }
    }
    this.write(state, t.destination, incoming);
  }

  /** The loans a call's result may hold, by the callee's signature, into `incoming`. */
  private resultLoans(state: BitSet, t: Extract<Terminator, { kind: 'call' }>, incoming: BitSet): void {
    for (const i of this.calls.returnBorrowsFrom(t.func, t.args.length)) {
      const a = t.args[i];
      if (a && a.kind !== 'constant') this.held(state, a.place.local, incoming);
    }
    for (const i of this.calls.returnBorrowsThrough?.(t.func) ?? []) {
      const a = t.args[i];
      if (!a || a.kind === 'constant') continue;
      const own = new BitSet(this.n);
      this.held(state, a.place.local, own);
      this.referentLoans(state, own, incoming);
    }
    const recv = t.args[0];
    const fromReceiver = recv && recv.kind !== 'constant' ? this.calls.resultFromReceiver?.(t.func, placeTy(this.body, recv.place), this.returnsArgument) : undefined;
    if (recv && recv.kind !== 'constant' && fromReceiver) {
      const carried = new BitSet(this.n);
      this.held(state, recv.place.local, carried);
      const captured = fromReceiver !== 'all' ? this.capturedLoans() : undefined;
      for (const l of carried) if (this.lendsItems(l, fromReceiver === 'plain') && !captured?.has(l)) incoming.add(l);
    }
    const result = placeTy(this.body, t.destination);
    if (recv && recv.kind !== 'constant' && this.calls.resultFromReferent && result && mayCarryLoans(result)) {
      const carried = new BitSet(this.n);
      this.held(state, recv.place.local, carried);
      for (const l of carried) {
        const referent = this.borrows.loans[l]!.borrowed;
        if (referent.projection.length > 0) continue;
        const flow = this.calls.resultFromReferent(t.func, this.body.localDecls[referent.local]!.ty, this.returnsArgument);
        if (flow === 'all') this.held(state, referent.local, incoming);
        else if (flow !== undefined) {
          const items = new BitSet(this.n);
          this.held(state, referent.local, items);
          // As from a receiver by value: not the closures' captures.
          const captured = this.capturedLoans();
          for (const i of items) if (this.lendsItems(i, flow === 'plain') && !captured.has(i)) incoming.add(i);
        }
      }
    }
  }

  /**
   * Whether an iterator's items may be what this loan lends: a shared loan, or a `&mut` of plain
   * data (`iter_mut()` of a `Vec<i32>`). A `&mut` of something that holds loans itself is an
   * iterator borrowed to drive it (`it.by_ref()`), whose items are what it lends, not the `&mut`.
   * `plainOnly`: a loan of plain data in any case.
   */
  private lendsItems(loan: number, plainOnly: boolean): boolean {
    const l = this.borrows.loans[loan]!;
    if (l.kind === 'shared' && !plainOnly) return true;
    const ty = placeTy(this.body, l.borrowed);
    return ty !== undefined && !mayCarryLoans(ty);
  }

  private rvalueLoans(state: BitSet, r: Rvalue, location: Location, into: BitSet): void {
    switch (r.kind) {
      case 'ref': {
        const loan = this.borrows.createdAt.get(locationKey(location));
        if (loan !== undefined) into.add(loan);
        if (r.place.projection.some((e) => e.kind === 'deref')) this.reborrowLoans(state, r.place, into);
        return;
      }
      case 'use': case 'repeat': this.operandLoans(state, r.operand, into); return;
      case 'copyForDeref': this.placeLoans(state, r.place, into); return;
      case 'cast': if (r.cast === 'unsize') this.operandLoans(state, r.operand, into); return;
      case 'aggregate': for (const o of r.operands) this.operandLoans(state, o, into); return;
      default: return;
    }
  }

  /**
   * A value whose type has no region carries no loan, whatever its local holds: a field read out
   * of a base's temporary (`count: copy (_5.1: usize)` of `View { first, ..view_of(&v) }`) does
   * not keep the base's borrows alive, since loans are held per local, not per field.
   */
  private operandLoans(state: BitSet, o: Operand, into: BitSet): void {
    if (o.kind === 'constant') return;
    if (o.place.projection.length > 0) {
      const ty = placeTy(this.body, o.place);
      if (ty && !mayCarryLoans(ty)) return;
    }
    this.placeLoans(state, o.place, into);
  }

  /**
   * A reborrow lives no longer than the references it goes through, as rustc's reborrow
   * constraints walk them from the last deref out: each one's loans, up to and including the
   * first shared reference (`&**w` of a `w: &&str` is bounded by the `&str`, not by `w`).
   */
  private reborrowLoans(state: BitSet, place: Place, into: BitSet): void {
    for (let i = place.projection.length - 1; i >= 0; i--) {
      if (place.projection[i]!.kind !== 'deref') continue;
      const base = { local: place.local, projection: place.projection.slice(0, i) };
      const ty = placeTy(this.body, base);
      if (ty?.k !== 'ref') continue;
      this.placeLoans(state, base, into);
      if (!ty.mut) return;
    }
  }

  /**
   * The loans the value at `place` may hold. Read through a reference it is the referent's value,
   * which holds what the borrowed places hold, not the reference's own loan: `*v.first().unwrap()`
   * of a `Vec<&'static str>` is a `&'static str`, no borrow of `v`. A loan through a deref is the
   * base's reborrow, whose base loans the reference holds too; where nothing says what the
   * referent holds (a parameter's), it holds nothing the body made.
   */
  private placeLoans(state: BitSet, place: Place, into: BitSet): void {
    if (!place.projection.some((e) => e.kind === 'deref')) {
      this.held(state, place.local, into);
      return;
    }
    let loans = new BitSet(this.n);
    this.held(state, place.local, loans);
    place.projection.forEach((e, i) => {
      if (e.kind !== 'deref' || placeTy(this.body, place, i)?.k !== 'ref') return;
      const referent = new BitSet(this.n);
      this.referentLoans(state, loans, referent);
      loans = referent;
    });
    for (const l of loans) into.add(l);
  }

  /** What the places `loans` borrow hold (a loan through a deref but a `Box`'s: its base's loans are among `loans`). */
  private referentLoans(state: BitSet, loans: BitSet, into: BitSet): void {
    for (const l of loans) {
      const borrowed = this.borrows.loans[l]!.borrowed;
      if (!borrowed.projection.some((b) => b.kind === 'deref') || this.intoOwnBox(borrowed)) this.held(state, borrowed.local, into);
    }
  }

  private write(state: BitSet, place: Place, incoming: BitSet): void {
    const local = place.local;
    if (place.projection.length === 0) this.overwrite(state, local);
    else {
      this.killLoansOf(state, place);
      if (place.projection.some((e) => e.kind === 'deref') && !this.intoOwnBox(place)) {
        this.storeThroughGuard(state, place, incoming);
        return;
      }
    }
    const ty = place.projection.length > 0 ? placeTy(this.body, place) : undefined;
    if (!this.carries[local] || (ty && !mayCarryLoans(ty))) return;
    const base = this.carrier[local]! * this.n;
    const words = incoming.words;
    for (let w = 0; w < words.length; w++) {
      for (let bits = words[w]!; bits !== 0; bits &= bits - 1) {
        const l = w * 32 + 31 - Math.clz32(bits & -bits);
        if (!this.overwritten(l, place)) state.add(base + l);
      }
    }
  }

  /** `*b = [..]` of a `Box` local (`vec![..]`'s buffer): the box owns what it points to, so the local holds the stored loans. */
  private intoOwnBox(place: Place): boolean {
    const ty = this.body.localDecls[place.local]!.ty;
    return place.projection[0]?.kind === 'deref' && !place.projection.slice(1).some((e) => e.kind === 'deref') && ty.k === 'adt' && ty.def.std === true && (ty.def.name === 'Box' || ty.def.name === 'Box<MaybeUninit>');
  }

  /**
   * `*child.parent.borrow_mut() = Some(&parent)`: a store through a `RefCell`'s `RefMut` (or a
   * lock's write guard) lands in the cell, inside the place the guard borrows, so that place's
   * local holds the stored loans as long as it lives (the cell's type is invariant).
   */
  private storeThroughGuard(state: BitSet, place: Place, incoming: BitSet): void {
    if (incoming.isEmpty() || place.projection[0]?.kind !== 'deref' || place.projection.slice(1).some((e) => e.kind === 'deref')) return;
    const through = new BitSet(this.n);
    this.held(state, place.local, through);
    for (const l of through) {
      const loan = this.borrows.loans[l]!;
      const guard = this.body.localDecls[loan.borrowed.local]!;
      if (loan.kind === 'shared' || loan.borrowed.projection.length > 0 || guard.kind !== 'temp' || !isWriteGuard(guard.ty)) continue;
      const cells = new BitSet(this.n);
      this.held(state, loan.borrowed.local, cells);
      for (const c of cells) {
        const cell = this.borrows.loans[c]!.borrowed;
        if (cell.projection.some((e) => e.kind === 'deref') || !this.carries[cell.local]) continue;
        const base = this.carrier[cell.local]! * this.n;
        for (const i of incoming) state.add(base + i);
      }
    }
  }

  /** The local's old value is gone: it holds nothing, and the loans of places in it end. */
  private overwrite(state: BitSet, local: number): void {
    const c = this.carrier[local]!;
    if (c >= 0) state.clearRange(c * this.n, this.n);
    // The whole local is replaced: every loan of a place in it ends (`killLoansOf` of the local).
    const loans = this.loansOfLocal[local]!;
    if (loans.length === 0) return;
    const words = state.words;
    const end = this.carrierLocals.length * this.n;
    for (let k = 0; k < loans.length; k++) for (let i = loans[k]!; i < end; i += this.n) words[i >>> 5]! &= ~(1 << (i & 31));
  }

  /**
   * rustc's `kill_borrows_on_place`: a loan of a place the write certainly replaces (the place
   * itself or a part of it) ends there, even one taken through a pointer that the write retargets.
   */
  private killLoansOf(state: BitSet, place: Place): void {
    for (const l of this.loansOfLocal[place.local]!) {
      if (!this.overwritten(l, place)) continue;
      const words = state.words;
      for (let i = l, end = this.carrierLocals.length * this.n; i < end; i += this.n) words[i >>> 5]! &= ~(1 << (i & 31));
    }
  }

  /** Whether a write to `place` ends `loan` (its borrowed place is `place` or a part of it). */
  killsLoan(loan: number, place: Place): boolean {
    return this.overwritten(loan, place);
  }

  private overwritten(loan: number, place: Place): boolean {
    const borrowed = this.borrows.loans[loan]!.borrowed;
    if (borrowed.local !== place.local || borrowed.projection.length < place.projection.length) return false;
    return place.projection.every((e, i) => {
      const b = borrowed.projection[i]!;
      if (e.kind === 'deref') return b.kind === 'deref';
      if (e.kind === 'field') return b.kind === 'field' && b.index === e.index;
      if (e.kind === 'downcast') return b.kind === 'downcast' && b.variant === e.variant;
      if (e.kind === 'constantIndex') return b.kind === 'constantIndex' && b.offset === e.offset && b.fromEnd === e.fromEnd;
      return false;
    });
  }
}

/** Which loans are live where: held by a local that is live there. */
export class LoanRegions {
  readonly held: Results;

  constructor(
    readonly body: Body,
    readonly cfg: Cfg,
    readonly borrows: BorrowSet,
    readonly live: Results,
    private readonly calls: CallSignatures,
  ) {
    this.flow = new HeldLoans(body, borrows, calls);
    this.held = iterateToFixpoint(cfg, this.flow);
  }
  private readonly flow: HeldLoans;

  /** The loans live just before `location` runs. */
  inScope(location: Location): BitSet {
    const out = new BitSet(this.borrows.loans.length);
    const held = this.held.offset(location);
    const live = this.live.offset(location);
    const liveWords = this.live.words;
    // Only a local whose type can hold a loan holds one.
    const carrying = this.flow.carrying;
    for (let c = 0; c < carrying.length; c++) {
      const x = carrying[c]!;
      if ((liveWords[live + (x >>> 5)]! & (1 << (x & 31))) !== 0) this.flow.heldWords(this.held.words, held, x, out);
    }
    this.escaping ??= [...this.returnedLoans(), ...this.outlivingLoans()];
    if (this.escaping.length === 0) return out;
    const key = locationKey(location);
    for (let i = 0; i < this.escaping.length; i++) if (this.escaping[i]!.after.has(key)) out.add(this.escaping[i]!.loan.index);
    return out;
  }

  private escaping: { loan: Loan; after: Set<number> }[] | undefined;

  /**
   * Loans the result may hold (`return v;` of `v = m.get(&k)`, a reborrow through a parameter):
   * the result's lifetime is the caller's, which includes every point of this body, so such a
   * loan is live from where it is made to the end on every path, returned there or not (NLL's
   * "problem case #3"). A loan of a parameter that the body reassigns is left out.
   */
  private returnedLoans(): { loan: Loan; after: Set<number> }[] {
    const out: { loan: Loan; after: Set<number> }[] = [];
    const toResult = this.holders0();
    for (const loan of this.borrows.loans) {
      if (!toResult.has(loan.index)) continue;
      const root = loan.borrowed.local;
      if (this.body.localDecls[root]?.kind !== 'arg' || loan.borrowed.projection[0]?.kind !== 'deref' || this.assigned(root)) continue;
      out.push({ loan, after: this.liveAfter(loan) });
      this.returned.add(loan.index);
    }
    return out;
  }

  /**
   * Loans an argument carries into a call that requires them to outlive a region of the caller
   * (a closure given to `Scope::spawn` must live for `'scope`, which spans this whole body): live
   * from the call to the end on every path, so a second spawn borrowing the same place conflicts.
   */
  private outlivingLoans(): { loan: Loan; after: Set<number> }[] {
    const out: { loan: Loan; after: Set<number> }[] = [];
    this.body.basicBlocks.forEach((data, block) => {
      const t = data.terminator;
      if (data.isCleanup || t?.kind !== 'call') return;
      for (const i of this.calls.outlivesBody?.(t.func) ?? []) {
        const a = t.args[i];
        if (!a || a.kind === 'constant') continue;
        const carried = new BitSet(this.borrows.loans.length);
        this.flow.held(this.held.at(this.cfg.terminatorLocation(block)), a.place.local, carried);
        const recv = t.args[0];
        for (const l of carried) {
          this.outliving.set(l, { call: t.span, receiver: recv && recv.kind !== 'constant' ? recv.place.local : undefined });
          out.push({ loan: this.borrows.loans[l]!, after: this.liveAfter(this.borrows.loans[l]!) });
        }
      }
      // A borrow stored where a `&mut` parameter points (`seen.push(&copy)` of `seen: &mut
      // Vec<&'a i32>`) lasts for the lifetime in the parameter's type, one of the caller's.
      for (const { from, into } of this.calls.argumentStores?.(t.func) ?? []) {
        const src = t.args[from];
        const dst = t.args[into];
        if (!src || !dst || src.kind === 'constant' || dst.kind === 'constant') continue;
        const at = this.held.at(this.cfg.terminatorLocation(block));
        const param = this.mutParamBehind(at, dst.place.local);
        if (param === undefined) continue;
        const carried = new BitSet(this.borrows.loans.length);
        this.flow.held(at, src.place.local, carried);
        for (const l of carried) {
          const loan = this.borrows.loans[l]!;
          if (loan.borrowed.projection.some((e) => e.kind === 'deref') || this.outliving.has(l)) continue;
          this.outliving.set(l, { call: t.span, receiver: undefined, param });
          out.push({ loan, after: this.liveAfter(loan) });
        }
      }
    });
    return out;
  }

  /** The `&mut` parameter (not a closure's environment) that `local`'s reborrow goes through (`&mut *seen`), if any. */
  private mutParamBehind(state: BitSet, local: number): number | undefined {
    const through = new BitSet(this.borrows.loans.length);
    this.flow.held(state, local, through);
    for (const l of through) {
      const b = this.borrows.loans[l]!.borrowed;
      const decl = this.body.localDecls[b.local]!;
      if (b.projection[0]?.kind === 'deref' && decl.kind === 'arg' && decl.name !== undefined && decl.ty.k === 'ref' && decl.ty.mut) return b.local;
    }
    return undefined;
  }

  /**
   * The loans `outlivingLoans` found, with the call that requires it and the local passed as its
   * receiver, or the `&mut` parameter it stores them through.
   */
  private readonly outliving = new Map<number, { call: Span; receiver: number | undefined; param?: number }>();

  private readonly returned = new Set<number>();

  /** Whether `loan` is live to the end because the result may hold it (a borrow through a parameter returned on some path). */
  mayBeReturned(loan: number): boolean {
    this.escaping ??= [...this.returnedLoans(), ...this.outlivingLoans()];
    return this.returned.has(loan);
  }

  /** The call that required `loan` to outlive this body, if one did. */
  outlivesBody(loan: number): { call: Span; receiver: number | undefined; param?: number } | undefined {
    this.escaping ??= [...this.returnedLoans(), ...this.outlivingLoans()];
    return this.outliving.get(loan);
  }

  /** The loans the return place holds somewhere. */
  private holders0(): Set<number> {
    const out = new BitSet(this.borrows.loans.length);
    if (!this.flow.carriesLoans(0)) return new Set();
    for (let i = 0; i < this.held.count; i++) this.flow.heldWords(this.held.words, this.held.offsetOfState(i), 0, out);
    return new Set(out);
  }

  private assigned(local: number): boolean {
    return this.body.basicBlocks.some((b) => b.statements.some((s) => s.kind === 'assign' && s.place.local === local && s.place.projection.length === 0)
      || (b.terminator?.kind === 'call' && b.terminator.destination.local === local));
  }

  /**
   * The locations (by `locationKey`) after `loan` is made, on every non-cleanup path, up to and
   * including a `StorageDead` or an overwrite of the borrowed place: rustc kills a loan there
   * whatever its region (`kill_borrows_on_place`), so a loop's next iteration does not see the
   * loan of the last iteration's binding.
   */
  private liveAfter(loan: Loan): Set<number> {
    const seen = new Set<number>();
    const blocks = this.body.basicBlocks;
    const stack: Location[] = [{ block: loan.location.block, index: loan.location.index + 1 }];
    while (stack.length > 0) {
      const at = stack.pop()!;
      const key = locationKey(at);
      if (seen.has(key) || blocks[at.block]!.isCleanup) continue;
      seen.add(key);
      const data = blocks[at.block]!;
      if (at.index < data.statements.length) {
        if (!this.kills(loan, data.statements[at.index]!)) stack.push({ block: at.block, index: at.index + 1 });
        continue;
      }
      const t = data.terminator;
      if (t?.kind === 'call' && this.flow.killsLoan(loan.index, t.destination)) continue;
      for (const b of this.cfg.successors[at.block]!) stack.push({ block: b, index: 0 });
    }
    return seen;
  }

  private kills(loan: Loan, s: Statement): boolean {
    if (s.kind === 'storageDead' || s.kind === 'storageLive') return s.local === loan.borrowed.local;
    return s.kind === 'assign' && this.flow.killsLoan(loan.index, s.place);
  }

  /** The locals that hold `loan` somewhere in the body. */
  holders(loan: number): Set<number> {
    const out = new Set<number>();
    const n = this.borrows.loans.length;
    const carrying = this.flow.carrying;
    for (const state of this.held.all()) {
      for (let c = 0; c < carrying.length; c++) if (state.has(c * n + loan)) out.add(carrying[c]!);
    }
    return out;
  }

  /** Whether `local` holds `loan` just before `location`. */
  holds(location: Location, local: number, loan: number): boolean {
    const bit = this.flow.bit(local, loan);
    return bit >= 0 && this.held.has(location, bit);
  }
}

const WRITE_GUARDS = new Set(['RefMut', 'MutexGuard', 'RwLockWriteGuard']);

function isWriteGuard(ty: Ty): boolean {
  return ty.k === 'adt' && ty.def.std === true && WRITE_GUARDS.has(ty.def.name);
}
