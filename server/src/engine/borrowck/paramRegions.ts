// E0621: a reference parameter whose lifetime the signature leaves elided (`b: &str`) flows
// where the signature requires a named lifetime: into the result (`-> &'a str`), into a place
// behind a `&mut` parameter (`h.item = b` with `h: &mut Holder<'a>`), or through a call that
// stores it there (`list.push(b)` with `list: &mut Vec<&'a str>`). The elided lifetime is the
// caller's to choose and may be shorter than `'a`, so rustc asks for `'a` in the parameter's type.
// Which values carry the parameter's lifetime is a forward "may" dataflow over locals, as
// loanFlow.ts tracks loans; a flow it cannot establish is left out, so the check never guesses.
import type { Body, Operand, Place, Rvalue, Statement, Terminator } from '../mir/syntax';
import type * as A from '../syntax/ast';
import type { Span } from '../syntax/ast';
import type { FnDef } from '../typeck/defs';
import { BitSet } from './bitSet';
import type { Location } from './cfg';
import { type Analysis, iterateToFixpoint } from './dataflow';
import type { BorrowError, ErrorSink } from './errors';
import type { BodyFacts } from './facts';
import type { CallSignatures } from './loanFlow';
import { localsCarryLoans, mayCarryLoans } from './regionTypes';

/** The lifetimes a type names, in order; undefined for an elided one. */
export function lifetimesIn(t: A.Type | undefined, out: (string | undefined)[] = []): (string | undefined)[] {
  if (!t) return out;
  switch (t.kind) {
    case 'RefType':
      out.push(t.lifetime && t.lifetime.name !== '_' ? t.lifetime.name : undefined);
      lifetimesIn(t.ty, out);
      break;
    case 'PathType':
      for (const s of t.path.segments) {
        if (s.args?.kind !== 'AngleArgs') continue;
        for (const a of (s.args as A.AngleArgs).args ?? []) {
          if (a.kind === 'LifetimeArg') out.push(a.lifetime.name === '_' ? undefined : a.lifetime.name);
          else if (a.kind === 'TypeArg') lifetimesIn(a.ty, out);
        }
      }
      break;
    case 'SliceType': case 'ArrayType': lifetimesIn(t.elem, out); break;
    case 'TupleType': for (const e of t.elems) lifetimesIn(e, out); break;
    case 'ParenType': lifetimesIn(t.ty, out); break;
    default:
      // A type whose lifetimes are not read here (a trait object, `impl Trait`, a fn pointer).
      out.push(undefined);
      break;
  }
  return out;
}

/** The one named lifetime (not `'static`) a type requires, when it names exactly one and elides none. */
export function requiredLifetime(t: A.Type | undefined): string | undefined {
  const all = lifetimesIn(t);
  if (all.length === 0 || all.some((l) => l === undefined || l === 'static')) return undefined;
  return all.every((l) => l === all[0]) ? all[0] : undefined;
}

interface Signature {
  /** The parameter local of each elided-lifetime reference parameter, by source index. */
  readonly sources: readonly { local: number; name: string }[];
  /** The named lifetime the result requires, if it requires exactly one. */
  readonly result: string | undefined;
  /** `&mut X` parameters whose referent requires one named lifetime, by local. */
  readonly mutTargets: ReadonlyMap<number, string>;
}

function readSignature(body: Body): Signature | undefined {
  const def = body.def as Partial<FnDef>;
  if (def.kind !== 'fn' || !def.node) return undefined;
  const sig = def.node.sig;
  const first = sig.selfParam ? 2 : 1;
  if (body.argCount !== sig.params.length + first - 1) return undefined;
  const sources: { local: number; name: string }[] = [];
  const mutTargets = new Map<number, string>();
  sig.params.forEach((p, k) => {
    const local = first + k;
    const decl = body.localDecls[local]!;
    if (p.ty.kind !== 'RefType' || !decl.name) return;
    const inner = lifetimesIn(p.ty.ty);
    if (!p.ty.lifetime && inner.length === 0 && !mayCarryLoans(refInner(decl.ty))) sources.push({ local, name: decl.name });
    if (p.ty.isMut) {
      const required = requiredLifetime(p.ty.ty);
      if (required) mutTargets.set(local, required);
    }
  });
  if (sources.length === 0) return undefined;
  return { sources, result: requiredLifetime(sig.ret), mutTargets };
}

function refInner(t: Body['localDecls'][number]['ty']): Body['localDecls'][number]['ty'] {
  return t.k === 'ref' ? t.inner : t;
}

/** Which locals may hold a value whose lifetime is one of the source parameters'. */
export class ParamFlow implements Analysis {
  readonly direction = 'forward';
  readonly domainSize: number;
  private readonly n: number;
  private readonly carries: boolean[];

  /**
   * `tempsOnly`: a value flows through compiler temporaries alone, within one expression, never
   * into a user variable; each source then keeps its lifetime whatever it is assigned (a
   * parameter, a `let` annotated `&'b str`).
   */
  constructor(private readonly body: Body, private readonly sources: readonly { local: number }[], readonly calls: CallSignatures, private readonly pinned = false) {
    const tempsOnly = pinned;
    this.n = sources.length;
    this.domainSize = body.localDecls.length * this.n;
    this.carries = localsCarryLoans(body).map((c, local) => c && (!tempsOnly || body.localDecls[local]!.kind === 'temp' || local === 0));
  }

  get sourceCount(): number {
    return this.n;
  }

  initialize(entry: BitSet): void {
    this.sources.forEach((s, i) => entry.add(s.local * this.n + i));
  }

  held(state: BitSet, local: number, into: BitSet): void {
    const base = local * this.n;
    for (let i = 0; i < this.n; i++) if (state.has(base + i)) into.add(i);
  }

  rvalue(state: BitSet, r: Rvalue, into: BitSet): void {
    switch (r.kind) {
      case 'ref': case 'copyForDeref':
        // A reborrow through a parameter's reference has the parameter's lifetime.
        if (r.place.projection.some((e) => e.kind === 'deref')) this.held(state, r.place.local, into);
        return;
      case 'use': case 'repeat': this.operand(state, r.operand, into); return;
      case 'cast': if (r.cast === 'unsize') this.operand(state, r.operand, into); return;
      case 'aggregate': for (const o of r.operands) this.operand(state, o, into); return;
      default: return;
    }
  }

  operand(state: BitSet, o: Operand, into: BitSet): void {
    if (o.kind !== 'constant') this.held(state, o.place.local, into);
  }

  callResult(state: BitSet, t: Extract<Terminator, { kind: 'call' }>, into: BitSet): void {
    for (const i of this.calls.returnBorrowsFrom(t.func, t.args.length)) {
      const a = t.args[i];
      if (a) this.operand(state, a, into);
    }
  }

  statementEffect(state: BitSet, s: Statement): void {
    if (s.kind === 'storageDead' || s.kind === 'storageLive') {
      this.clear(state, s.local);
      return;
    }
    if (s.kind !== 'assign') return;
    const incoming = new BitSet(this.n);
    this.rvalue(state, s.rvalue, incoming);
    this.write(state, s.place, incoming);
  }

  terminatorEffect(state: BitSet, t: Terminator): void {
    if (t.kind !== 'call') return;
    const incoming = new BitSet(this.n);
    this.callResult(state, t, incoming);
    this.write(state, t.destination, incoming);
  }

  private write(state: BitSet, place: Place, incoming: BitSet): void {
    if (place.projection.some((e) => e.kind === 'deref')) return;
    if (place.projection.length === 0) this.clear(state, place.local);
    if (!this.carries[place.local]) return;
    for (const i of incoming) state.add(place.local * this.n + i);
  }

  private clear(state: BitSet, local: number): void {
    for (let i = 0; i < this.n; i++) if (!this.pinned || this.sources[i]!.local !== local) state.delete(local * this.n + i);
  }
}

export function checkParamRegions(f: BodyFacts, calls: CallSignatures, sink: ErrorSink): void {
  const sig = readSignature(f.body);
  if (!sig || (!sig.result && sig.mutTargets.size === 0)) return;
  const flow = new ParamFlow(f.body, sig.sources, calls);
  const results = iterateToFixpoint(f.cfg, flow);
  walkParamFlows(f, flow, (l) => results.at(l), sig, (source, span, lifetime) => {
    const { name } = sig.sources[source]!;
    sink.once(`lifetime${name}`, (): BorrowError => ({
      code: 'E0621', span, message: `explicit lifetime required in the type of \`${name}\``, label: `lifetime \`${lifetime}\` required`, related: [],
    }));
  });
}

/** Where a signature requires a named lifetime: the result, and places behind `&mut` parameters (by local). */
export interface RegionTargets {
  readonly result: string | undefined;
  readonly mutTargets: ReadonlyMap<number, string>;
  /** What a write to this place requires, when its own declaration says more than its `&mut` parameter's type (a field declared `&'static str`). */
  readonly placeRequirement?: (place: Place) => string | undefined;
}

/**
 * How a source's value reaches a target: assigned to the result (directly or as a call's
 * result), written through a `&mut` parameter, or stored there by a call (`list.push(b)`).
 */
export type FlowKind = 'result' | 'write' | 'call-store';

/** Calls `found` for each source whose value `flow` says reaches a target of `targets`, at the statement or call that puts it there. */
export function walkParamFlows(
  f: BodyFacts, flow: ParamFlow, stateAt: (l: Location) => BitSet, targets: RegionTargets,
  found: (source: number, span: Span, required: string, kind: FlowKind) => void,
): void {
  const flowing = new BitSet(flow.sourceCount);
  for (const block of f.cfg.reversePostOrder) {
    const data = f.body.basicBlocks[block]!;
    if (data.isCleanup) continue;
    data.statements.forEach((s, index) => {
      if (s.kind !== 'assign') return;
      const state = stateAt({ block, index });
      flowing.clear();
      flow.rvalue(state, s.rvalue, flowing);
      if (flowing.isEmpty()) return;
      const toResult = s.place.local === 0 && s.place.projection.every((e) => e.kind !== 'deref');
      const required = toResult ? targets.result : throughMutParam(targets, s.place);
      if (required) for (const i of flowing) found(i, s.span, required, toResult ? 'result' : 'write');
    });
    const t = data.terminator;
    if (t?.kind !== 'call') continue;
    const state = stateAt({ block, index: data.statements.length });
    if (t.destination.local === 0 && targets.result) {
      flowing.clear();
      flow.callResult(state, t, flowing);
      for (const i of flowing) found(i, t.span, targets.result, 'result');
    }
    for (const { from, into } of flow.calls.argumentStores?.(t.func) ?? []) {
      const src = t.args[from];
      const dst = t.args[into];
      if (!src || !dst || dst.kind === 'constant') continue;
      const required = targets.mutTargets.get(reborrowedParam(f.body, dst.place.local) ?? -1);
      if (!required) continue;
      flowing.clear();
      flow.operand(state, src, flowing);
      for (const i of flowing) found(i, t.span, required, 'call-store');
    }
  }
}

/** The named lifetime a write through a `&mut` parameter requires (`(*h).item = …`). */
function throughMutParam(targets: RegionTargets, place: Place): string | undefined {
  if (place.projection[0]?.kind !== 'deref' || place.projection.slice(1).some((e) => e.kind === 'deref')) return undefined;
  return targets.placeRequirement?.(place) ?? targets.mutTargets.get(place.local);
}

/** The `&mut` parameter a temporary reborrows whole (`_4 = &mut (*_1)`), or the parameter itself. */
function reborrowedParam(body: Body, local: number): number | undefined {
  if (body.localDecls[local]?.kind === 'arg') return local;
  let found: number | undefined;
  for (const data of body.basicBlocks) {
    for (const s of data.statements) {
      if (s.kind !== 'assign' || s.place.local !== local || s.place.projection.length > 0) continue;
      const r = s.rvalue;
      const p = r.kind === 'ref' ? r.place : r.kind === 'use' && r.operand.kind !== 'constant' ? r.operand.place : undefined;
      const whole = p && body.localDecls[p.local]?.kind === 'arg'
        && (r.kind === 'ref' ? p.projection.length === 1 && p.projection[0]!.kind === 'deref' : p.projection.length === 0);
      if (!whole || (found !== undefined && found !== p.local)) return undefined;
      found = p.local;
    }
  }
  return found;
}
