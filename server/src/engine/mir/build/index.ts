// Builds the MIR of every function, method and closure of a file from the typed front end, once
// per front end. A body the builder cannot build whole still comes back, with what it could not
// model in `unsupported`: an analysis of it must not guess.
import type { FrontEnd } from '../../frontEnd';
import type * as A from '../../syntax/ast';
import type { FnDef } from '../../typeck/defs';
import { userNames } from '../../typeck/userNames';
import { type Def, mapTy, someTy, type Ty } from '../../typeck/ty';
import type { Body } from '../syntax';
import { buildBody, type ArgSpec } from './body';
import { Builder, type BuildContext, type LoweredSource, type StdTys } from './builder';
import { copyParams, TyProps } from '../../typeck/tyProps';

export interface MirProgram {
  /** Every body in source order of its function, each closure after the function it is in. */
  readonly bodies: readonly Body[];
  /** The body of each function item, by the `FnItem`'s node id. */
  readonly byFn: ReadonlyMap<A.NodeId, Body>;
  /** The closure bodies, by the closure expression's span start. */
  readonly byClosure: ReadonlyMap<number, Body>;
  /** Whether dropping a value of the type runs code (for drop elaboration). */
  readonly needsDrop: (ty: Ty) => boolean;
  /** Each closure's type with its captures' types (the checker's lists none), by the closure's `Def`. */
  readonly closureTys: ReadonlyMap<Def, Ty>;
  /** Whether the ADT has its own `impl Drop` (moving a field out of it is E0509). */
  readonly hasDropImpl: (def: Def) => boolean;
  /** Every `let`, closure and struct expression of the bodies built. */
  readonly lowered: LoweredSource;
}

const cache = new WeakMap<FrontEnd, MirProgram>();

export function buildMir(fe: FrontEnd): MirProgram {
  let mir = cache.get(fe);
  if (!mir) {
    mir = build(fe);
    cache.set(fe, mir);
  }
  return mir;
}

function build(fe: FrontEnd): MirProgram {
  const { program } = fe.types;
  const names = userNames(fe.resolution)(program);
  const props = new TyProps(program);
  const bodies: Body[] = [];
  const byFn = new Map<A.NodeId, Body>();
  const byClosure = new Map<number, Body>();
  const lowered: LoweredSource = { lets: [], closures: [], structs: [] };
  const closureTys = new Map<Def, Ty>();
  const stdTys: StdTys = {};
  const fns = [...program.byNode.values()].filter((d): d is FnDef => d.kind === 'fn' && !d.std && d.node.body !== undefined);
  fns.sort((a, b) => a.node.span.start - b.node.span.start);
  for (const def of fns) {
    const cx: BuildContext = { fe, names, props, closures: [], closureTys: new Map(), fn: def, copyParams: copyParams(program, def), lowered, stdTys };
    const body = buildFn(cx, def);
    withCaptures(cx, [body, ...cx.closures]);
    cx.closureTys.forEach((t, d) => closureTys.set(d, t));
    bodies.push(body);
    byFn.set(def.node.id, body);
    for (const c of cx.closures) {
      bodies.push(c);
      byClosure.set(c.span.start, c);
    }
  }
  return { bodies, byFn, byClosure, closureTys, needsDrop: (ty) => props.needsDrop(ty), hasDropImpl: (def) => props.hasDropImpl(def), lowered };
}

function buildFn(cx: BuildContext, def: FnDef): Body {
  const node = def.node;
  const sig = def.sig;
  // An `impl Trait` result is, in its own body, the type the body returns.
  const ret = cx.fe.types.results.hiddenTypes.get(node.id) ?? sig?.ret ?? cx.fe.types.program.tcx.unit;
  const b = new Builder(cx, def, node.span, ret);
  if (!sig || !node.body) {
    b.unsupportedAt(node.span, 'a function whose signature the type checker did not lower');
    return b.finish(0);
  }
  const args: ArgSpec[] = [];
  let i = 0;
  if (node.sig.selfParam) {
    args.push({ pat: undefined, ty: sig.params[i++] ?? cx.fe.types.program.tcx.unit, span: node.sig.selfParam.span, name: 'self', binding: node.sig.selfParam.id });
  }
  for (const p of node.sig.params) args.push({ pat: p.pat, ty: sig.params[i++] ?? cx.fe.types.program.tcx.unit, span: p.span, name: undefined });
  try {
    return buildBody(b, args, node.body);
  } catch (err) {
    // A bug in the builder must not take the analyses down: the body says it is incomplete.
    const fresh = new Builder(cx, def, node.span, ret);
    fresh.unsupportedAt(node.span, `the builder failed on this function (${err instanceof Error ? err.message : String(err)})`);
    return fresh.finish(args.length);
  }
}

/**
 * A closure inside another type (`Map<Range<u32>, {closure}>`, an `Option` holding one) has the
 * checker's type, which lists no captures: given the captures' types, such a local can carry the
 * closure's borrows and has the closure's layout, as the closure's own local already does.
 */
function withCaptures(cx: BuildContext, bodies: readonly Body[]): void {
  if (cx.closureTys.size === 0) return;
  const tcx = cx.fe.types.program.tcx;
  const known = (t: Ty) => t.k === 'closure' && t.upvars.length === 0 && cx.closureTys.has(t.def);
  for (const body of bodies) {
    body.localDecls.forEach((d, i) => {
      if (!someTy(d.ty, known)) return;
      body.localDecls[i] = { ...d, ty: mapTy(tcx, d.ty, (t) => (known(t) ? cx.closureTys.get((t as Ty & { k: 'closure' }).def) : undefined)) };
    });
  }
}
