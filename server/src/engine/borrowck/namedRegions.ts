// "lifetime may not live long enough", an error rustc gives no code: a reference parameter typed
// with one named lifetime (`b: &'b str`) flows where the signature requires another (`'a`): into
// the result (`-> &'a str`) or, through a `&mut` parameter, into a place typed with it
// (`*slot = b` with `slot: &mut &'a str`, `self.s = b` in `impl<'a> Wrap<'a>`), or into a `let`
// annotated with another (`let t: &'b str = a;`), and nothing makes `'b` outlive `'a`. A `let`
// annotated `&'b str` is a source like a parameter: whatever it holds has lifetime `'b`.
// Only where that is certain:
// - the given lifetime is a parameter of the function or of its impl; the required one is too, or
//   `'static` (a result typed `&'static str` or `Box<dyn Trait>`, whose default object lifetime is
//   `'static`; a field declared `&'static str` written through a `&mut` parameter);
// - no declared bound (`'b: 'a`, `where 'b: 'a`, transitively) relates them, and no type of the
//   signature or the impl header names both (its well-formedness may imply the bound: `&'a &'b T`);
// - the parameter's own value is what flows, within one expression (`b`, `&b[..]`,
//   `&self.name[..]`, a call whose signature ties its result to `b`: through compiler temporaries
//   only) and the parameter is never reassigned: the span and wording of a flow through other
//   variables depend on which constraint rustc blames, so those are left out.
// The flow itself is paramRegions.ts's, restricted to temporaries.
import type { Body, Place } from '../mir/syntax';
import type * as A from '../syntax/ast';
import type { Span } from '../syntax/ast';
import type { AdtDef, FnDef } from '../typeck/defs';
import type { Ty } from '../typeck/ty';
import { BitSet } from './bitSet';
import { iterateToFixpoint } from './dataflow';
import type { BorrowError, ErrorSink } from './errors';
import type { BodyFacts } from './facts';
import type { CallSignatures } from './loanFlow';
import { lifetimesIn, ParamFlow, requiredLifetime, walkParamFlows } from './paramRegions';
import { mayCarryLoans } from './regionTypes';

export const NAMED_REGION_CODE = 'lifetime-may-not-live-long-enough';

interface Source {
  readonly local: number;
  readonly lifetime: string;
  /** How many times the body assigns the local whole: never a parameter, once a `let` with its value. */
  readonly assignments: 0 | 1;
  /** A `let`'s type annotation. */
  readonly annotation?: Span;
}

/** The type annotation of the `let` that declares a binding (by the binding's span). */
export type LetAnnotation = (binding: Span) => A.Type | undefined;

interface NamedSignature {
  /** Where each named lifetime parameter is declared. */
  readonly declared: ReadonlyMap<string, Span>;
  /** `long:short` for each pair where `'long: 'short` is declared, or implied, or cannot be ruled out. */
  readonly related: ReadonlySet<string>;
  readonly sources: readonly Source[];
  readonly result: string | undefined;
  readonly mutTargets: ReadonlyMap<number, string>;
  readonly placeRequirement: (place: Place) => string | undefined;
  /** rustc's word for the function in "… was supposed to return data". */
  readonly what: 'function' | 'method' | 'associated function';
}

function genericsOf(def: FnDef): A.Generics[] {
  const owner = def.owner as { node?: { generics?: A.Generics } } | undefined;
  return owner?.node?.generics ? [def.node.generics, owner.node.generics] : [def.node.generics];
}

/** The impl's self type, when the function is a method of an inherent or trait impl. */
function implSelfTy(def: FnDef): A.Type | undefined {
  return def.owner?.kind === 'impl' ? def.owner.node.selfTy : undefined;
}

function readNamedSignature(body: Body, annotation: LetAnnotation | undefined): NamedSignature | undefined {
  const def = body.def as Partial<FnDef>;
  if (def.kind !== 'fn' || !def.node) return undefined;
  const fn = def as FnDef;
  const sig = fn.node.sig;
  const first = sig.selfParam ? 2 : 1;
  if (body.argCount !== sig.params.length + first - 1) return undefined;

  const declared = new Map<string, Span>();
  const bounds: [string, string][] = [];
  for (const g of genericsOf(fn)) {
    for (const p of g.params) {
      if (p.kind !== 'LifetimeParam') continue;
      declared.set(p.name.name, p.name.span);
      for (const b of p.bounds) bounds.push([p.name.name, b.name]);
    }
    for (const w of g.where) {
      if (w.kind === 'RegionPredicate') for (const b of w.bounds) bounds.push([w.lifetime.name, b.name]);
      // `where T: 'a` or a bound under `for<'x>`: what it implies is not worked out here.
      else return undefined;
    }
  }
  if (declared.size === 0) return undefined;

  const selfTy = implSelfTy(fn);
  const types: (A.Type | undefined)[] = [...sig.params.map((p) => p.ty), sig.ret, sig.selfParam?.ty, selfTy];
  const related = new Set<string>();
  for (const [long, short] of bounds) related.add(`${long}:${short}`);
  // `&'b self` is `&'b Doc<'a>`: its well-formedness implies `'a: 'b` (and not `'b: 'a`).
  const selfLifetime = sig.selfParam && !sig.selfParam.ty && sig.selfParam.mode !== 'value' ? sig.selfParam.lifetime?.name : undefined;
  if (selfLifetime) for (const l of lifetimesIn(selfTy)) if (l !== undefined) related.add(`${l}:${selfLifetime}`);
  for (const t of types) {
    const names = [...new Set(lifetimesIn(t).filter((l): l is string => l !== undefined))];
    for (const a of names) for (const b of names) if (a !== b) related.add(`${a}:${b}`);
  }
  // `'static` outlives every lifetime.
  for (const a of declared.keys()) related.add(`static:${a}`);
  const traitRef = def.owner?.kind === 'impl' ? def.owner.node.trait : undefined;
  if (traitRef && lifetimesIn({ kind: 'PathType', path: traitRef } as A.Type).some((l) => l !== undefined)) return undefined;
  closeTransitively(related, [...declared.keys(), 'static']);

  const sources: Source[] = [];
  const mutTargets = new Map<number, string>();
  const consider = (local: number, ty: A.Type | undefined, refLifetime: string | undefined, isMut: boolean) => {
    const decl = body.localDecls[local]!;
    if (decl.ty.k !== 'ref' || !ty) return;
    if (refLifetime && declared.has(refLifetime) && lifetimesIn(ty).length === 0 && !mayCarryLoans(decl.ty.inner)) {
      sources.push({ local, lifetime: refLifetime, assignments: 0 });
    }
    if (isMut && !staticInside(decl.ty.inner)) {
      const required = requiredLifetime(ty);
      if (required && declared.has(required)) mutTargets.set(local, required);
    }
  };
  const self = sig.selfParam;
  if (self && !self.ty && self.mode !== 'value' && selfTy) consider(1, selfTy, self.lifetime?.name, self.mode === 'refMut');
  sig.params.forEach((p, k) => {
    if (p.ty.kind === 'RefType') consider(first + k, p.ty.ty, p.ty.lifetime?.name, p.ty.isMut);
  });
  // `let t: &'b str = …;`: every value `t` holds has the annotation's lifetime.
  body.localDecls.forEach((d, local) => {
    const t = d.kind === 'user' ? annotation?.(d.span) : undefined;
    if (t?.kind !== 'RefType' || !t.lifetime || !declared.has(t.lifetime.name) || lifetimesIn(t.ty).length > 0) return;
    if (d.ty.k === 'ref' && !mayCarryLoans(d.ty.inner)) sources.push({ local, lifetime: t.lifetime.name, assignments: 1, annotation: t.span });
  });
  const result = resultRequirement(sig.ret, body.localDecls[0]!.ty);
  if (sources.length === 0) return undefined;
  return {
    declared, related, sources, result: result && (result === 'static' || declared.has(result)) ? result : undefined, mutTargets,
    placeRequirement: (place) => staticField(body, place),
    what: sig.selfParam ? 'method' : fn.owner ? 'associated function' : 'function',
  };
}

/**
 * The lifetime a result of this type requires: the one it names (`&'a str`), or `'static` for a
 * type that names only `'static` or a box of a trait object with no lifetime bound of its own
 * (`Box<dyn Fn() -> usize>`, whose default object lifetime is `'static`).
 */
function resultRequirement(ret: A.Type | undefined, ty: Ty): string | undefined {
  const all = lifetimesIn(ret);
  if (all.length > 0 && all.every((l) => l === 'static')) return 'static';
  if (boxedDyn(ret) && ty.k === 'adt' && ty.def.std && ty.def.name === 'Box') return 'static';
  return requiredLifetime(ret);
}

function boxedDyn(t: A.Type | undefined): boolean {
  if (t?.kind !== 'PathType' || t.path.segments.length !== 1) return false;
  const args = t.path.segments[0]!.args;
  if (args?.kind !== 'AngleArgs' || args.args.length !== 1) return false;
  const arg = args.args[0]!;
  // A trait with generic arguments may declare the lifetime its objects default to (`dyn Trait<'a>`).
  return arg.kind === 'TypeArg' && arg.ty.kind === 'DynTrait'
    && arg.ty.bounds.every((b) => b.kind === 'TraitBound' && b.path.segments.every((s) => s.args?.kind !== 'AngleArgs'));
}

/** A write to a struct's field declared with `'static` alone (`fixed: &'static str`) through a `&mut` parameter requires `'static`. */
function staticField(body: Body, place: Place): string | undefined {
  const [deref, field] = place.projection;
  if (place.projection.length !== 2 || deref?.kind !== 'deref' || field?.kind !== 'field') return undefined;
  const decl = body.localDecls[place.local]!;
  if (decl.kind !== 'arg' || decl.ty.k !== 'ref' || !decl.ty.mut || decl.ty.inner.k !== 'adt') return undefined;
  const def = decl.ty.inner.def as Partial<AdtDef>;
  if (def.std || def.adt !== 'struct' || def.node?.kind !== 'Struct' || def.node.data.kind === 'Unit') return undefined;
  const all = lifetimesIn(def.node.data.fields[field.index]?.ty);
  return all.length > 0 && all.every((l) => l === 'static') ? 'static' : undefined;
}

/**
 * Whether a struct or enum behind a `&mut` declares a `'static` anywhere: a field typed
 * `&'static str` requires `'static`, not the one lifetime its type names, and rustc says so.
 */
function staticInside(ty: Ty): boolean {
  if (ty.k !== 'adt' || (ty.def as Partial<AdtDef>).std) return false;
  const stack: unknown[] = [(ty.def as Partial<AdtDef>).node];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      stack.push(...node);
      continue;
    }
    const o = node as Record<string, unknown>;
    if (o.kind === 'Lifetime' && o.name === 'static') return true;
    for (const k in o) if (k !== 'span' && o[k] && typeof o[k] === 'object') stack.push(o[k]);
  }
  return false;
}

function closeTransitively(related: Set<string>, names: readonly string[]): void {
  for (const k of names) {
    for (const i of names) {
      if (!related.has(`${i}:${k}`)) continue;
      for (const j of names) if (related.has(`${k}:${j}`)) related.add(`${i}:${j}`);
    }
  }
}

/** Whether a statement anywhere assigns a parameter's local as a whole (`b = other`). */
export function reassigned(body: Body, local: number, allowed = 0): boolean {
  let n = 0;
  for (const b of body.basicBlocks) {
    for (const s of b.statements) if (s.kind === 'assign' && s.place.local === local && s.place.projection.length === 0) n++;
    if (b.terminator?.kind === 'call' && b.terminator.destination.local === local) n++;
  }
  return n > allowed;
}

export function checkNamedRegions(f: BodyFacts, calls: CallSignatures, sink: ErrorSink, annotation?: LetAnnotation): void {
  const sig = readNamedSignature(f.body, annotation);
  if (!sig) return;
  // Nothing requires a lifetime: no named result, no `&mut` parameter to store through, no annotated `let`.
  const mutParam = f.body.localDecls.some((d, l) => l > 0 && l <= f.body.argCount && d.ty.k === 'ref' && d.ty.mut);
  if (!sig.result && !mutParam && !sig.sources.some((s) => s.annotation)) return;
  if (sig.sources.some((s) => reassigned(f.body, s.local, s.assignments))) return;
  const flow = new ParamFlow(f.body, sig.sources, calls, true);
  const results = iterateToFixpoint(f.cfg, flow);
  const report = (source: number, required: string, span: Span, label: (given: string) => string) => {
    const given = sig.sources[source]!.lifetime;
    if (given === required || sig.related.has(`${given}:${required}`)) return;
    sink.once(`outlives:${given}:${required}`, (): BorrowError => ({
      code: NAMED_REGION_CODE,
      span,
      message: 'lifetime may not live long enough',
      label: label(given),
      related: [
        { span: sig.declared.get(given)!, message: `lifetime \`'${given}\` defined here` },
        ...(required === 'static' ? [] : [{ span: sig.declared.get(required)!, message: `lifetime \`'${required}\` defined here` }]),
      ],
    }));
  };
  walkParamFlows(f, flow, (l) => results.at(l), sig, (source, span, required, kind) => {
    if (kind === 'call-store') return;
    report(source, required, span, (given) => kind !== 'result'
      ? `assignment requires that \`'${given}\` must outlive \`'${required}\``
      : required === 'static'
        ? `returning this value requires that \`'${given}\` must outlive \`'static\``
        : `${sig.what} was supposed to return data with lifetime \`'${required}\` but it is returning data with lifetime \`'${given}\``);
  });
  // A `let t: &'b str = x;` requires the value's lifetime to outlive the annotation's.
  const flowing = new BitSet(flow.sourceCount);
  sig.sources.forEach((target, t) => {
    if (!target.annotation) return;
    for (const block of f.cfg.reversePostOrder) {
      const data = f.body.basicBlocks[block]!;
      data.statements.forEach((s, index) => {
        if (s.kind !== 'assign' || s.place.local !== target.local || s.place.projection.length > 0) return;
        flowing.clear();
        flow.rvalue(results.at({ block, index }), s.rvalue, flowing);
        for (const i of flowing) {
          if (i !== t) report(i, target.lifetime, target.annotation!, (given) => `type annotation requires that \`'${given}\` must outlive \`'${target.lifetime}\``);
        }
      });
    }
  });
}
