// Collects the program's items from the front end's Ast (at any depth: items inside function
// bodies are hoisted, inline modules prefix their names) and lowers every function body to IR.
import type * as A from '../../syntax/ast';
import { Unsupported } from '../errors';
import type { FnIR, Pat, Span } from '../ir';
import { newAdt, type AdtDef, type Program, type TraitDef, type VariantDef } from '../items';
import type { AdtDef as CheckedAdt } from '../../typeck/defs';
import type { Ty } from '../types';
import { BodyLowerer, type LowerSource } from './body';
import { lowerPattern } from './pattern';
import { checkedTypes, positionKey } from './checkedTypes';
import type { FrontEnd } from '../../frontEnd';
import { FnScope } from './scope';
import { SourceText, spanOf } from './span';
import { lowerType, type TypeScope } from './types';
import { buildTypeEnv, TyLayouts } from '../../layout/index';
import { buildMir } from '../../mir/build';
import { ProgramFrames } from '../../mir/frame';
import { Instances } from './instances';
import { revealed } from '../../typeck/reveal';
import { elaborateDrops } from '../../mir/drops/elaborate';
import { MirLayouts } from '../../mir/tyLayout';
import { frameAt } from './frames';
import { AdtKeys } from './adtKeys';

interface PendingFn {
  /** An async fn is known only by its span and name: the front end does not model it. */
  item: A.FnItem | { kind: 'Unsupported'; span: A.Span; name: string; error: Unsupported };
  qual: string;
  generics: string[];
  selfTy: Ty | null;
  register: (f: FnIR) => void;
}

interface Collected {
  pending: PendingFn[];
  impls: A.ImplItem[];
  consts: { item: A.ConstItem | A.StaticItem; owner?: Ty }[];
}

/** The program of the front end's Ast, its items collected and every body lowered to IR. */
export function lowerProgram(fe: FrontEnd, builtins: (prog: Program) => void, file: string): Program {
  const source = fe.ast.text;
  const typeEnv = buildTypeEnv(fe);
  const tyLayouts = new TyLayouts(typeEnv, fe.types.program);
  const adtKeys = new AdtKeys(fe.resolution);
  const keyOf = (def: CheckedAdt): string => adtKeys.ofItem(def.node.id, def.name);
  const { callInstances, writtenTypes, ...checked } = checkedTypes(fe, keyOf);
  const prog: Program = {
    adts: new Map(), fns: new Map(), traits: new Map(), consts: new Map(), uses: new Map(), blanket: new Map(), source,
    ...checked,
    typeEnv,
    tyLayouts,
    frames: mirFrames(fe, tyLayouts),
    instances: new Instances(fe.types.program.tcx, fe.types.results, callInstances, keyOf),
    typeck: fe.types.program,
  };
  builtins(prog);
  const from: LowerSource = { fe, src: new SourceText(source, adtKeys, writtenTypes), file };
  const c: Collected = { pending: [], impls: [], consts: [] };
  collect(fe.ast.root.items, '', prog, c, from);
  for (const impl of c.impls) collectImpl(impl, prog, c, from);
  const noGenerics: TypeScope = { generics: new Set(), selfTy: null };
  for (const { item, owner } of c.consts) {
    // Associated constants are named `Type::NAME`; `Self::NAME` inside the impl resolves to it.
    const scope: TypeScope = owner ? { generics: new Set(), selfTy: owner } : noGenerics;
    const L = new BodyLowerer(prog, scope, 'const', new FnScope(null, false), from);
    const bare = item.name.name;
    const name = owner && owner.k === 'path' ? `${owner.name}::${bare}` : bare;
    if (!item.value) throw new Unsupported('constant without a value', spanOf(item.span));
    prog.consts.set(name, {
      name,
      ty: lowerType(item.ty, scope, from.src),
      expr: L.expr(item.value),
      isStatic: item.kind === 'Static',
      mutable: item.kind === 'Static' && item.isMut,
      sp: spanOf(item.span),
    });
  }
  for (const p of c.pending) p.register(lowerFnOrError(prog, p, from));
  return prog;
}

/** Frames from the MIR after drop elaboration, which is what codegen lays out. */
function mirFrames(fe: FrontEnd, layouts: TyLayouts): ProgramFrames {
  const mir = buildMir(fe);
  const tcx = fe.types.program.tcx;
  return new ProgramFrames(mir.bodies.map((b) => elaborateDrops(b, mir.needsDrop)), new MirLayouts(layouts), tcx, (t) => revealed(tcx, fe.types.results, t), mir.closureTys);
}

/** The names of an item's type and const parameters, in order. */
function generics(g: A.Generics): string[] {
  const out: string[] = [];
  for (const p of g.params) if (p.kind !== 'LifetimeParam') out.push(p.name.name);
  return out;
}

function derivesOf(attrs: readonly A.Attribute[]): string[] {
  const out: string[] = [];
  for (const a of attrs) {
    if (a.meta.kind !== 'MetaList' || a.meta.path !== 'derive') continue;
    for (const m of a.meta.items) if ('path' in m && m.kind === 'MetaWord') out.push(m.path.split('::').pop()!);
  }
  return out;
}

function hasAttr(attrs: readonly A.Attribute[], name: string): boolean {
  return attrs.some((a) => a.meta.kind === 'MetaWord' && a.meta.path === name);
}

function collect(items: readonly A.Item[], mod: string, prog: Program, c: Collected, from: LowerSource): void {
  for (const item of items) {
    switch (item.kind) {
      case 'Fn': {
        const qual = mod + item.name.name;
        c.pending.push({ item, qual, generics: generics(item.generics), selfTy: null, register: (f) => prog.fns.set(qual, f) });
        if (item.body) collectNested(item.body, mod, prog, c, from);
        break;
      }
      case 'Union':
        throw new Unsupported('`union`', spanOf(item.span));
      case 'Struct': {
        const adt = declaredAdt(item, 'struct', from);
        const ts: TypeScope = { generics: new Set(adt.generics), selfTy: null };
        if (item.data.kind !== 'Unit') {
          adt.shape = item.data.kind === 'Named' ? 'named' : 'tuple';
          fieldsInto(item.data, adt, ts, from);
        }
        for (const d of derivesOf(item.attrs)) adt.derives.add(d);
        adt.copy = adt.derives.has('Copy');
        defineAdt(prog, adt, item.span);
        break;
      }
      case 'Enum': {
        const adt = declaredAdt(item, 'enum', from);
        const ts: TypeScope = { generics: new Set(adt.generics), selfTy: null };
        let discr = 0n;
        for (const v of item.variants) {
          if (hasAttr(v.attrs, 'default')) adt.defaultVariant = adt.variants.length;
          if (v.discriminant) discr = discriminant(v.discriminant);
          const variant: VariantDef = { name: v.name.name, shape: 'unit', fieldNames: [], fieldTys: [], discr };
          discr++;
          if (v.data.kind !== 'Unit') {
            variant.shape = v.data.kind === 'Named' ? 'named' : 'tuple';
            fieldsInto(v.data, variant, ts, from);
          }
          adt.variants.push(variant);
        }
        for (const d of derivesOf(item.attrs)) adt.derives.add(d);
        adt.copy = adt.derives.has('Copy');
        defineAdt(prog, adt, item.span);
        break;
      }
      case 'Impl':
        c.impls.push(item);
        break;
      case 'Trait': {
        const name = item.name.name;
        const trait: TraitDef = { name, defaults: new Map(), methods: new Set(), supertraits: item.supertraits.map((b) => from.src.of(b.span)) };
        prog.traits.set(name, trait);
        for (const m of item.items) {
          if (m.kind !== 'Fn') continue;
          const mname = m.name.name;
          trait.methods.add(mname);
          if (!m.body) continue;
          c.pending.push({
            item: m, qual: `${name}::${mname}`, generics: generics(m.generics),
            selfTy: { k: 'param', name: 'Self', text: 'Self' },
            register: (f) => trait.defaults.set(mname, f),
          });
        }
        break;
      }
      case 'Const': case 'Static':
        c.consts.push({ item });
        break;
      case 'Use':
        collectUse(item.tree, [], prog);
        break;
      case 'Mod':
        if (!item.items) throw new Unsupported('module in another file', spanOf(item.span));
        collect(item.items, mod + item.name.name + '::', prog, c, from);
        break;
      case 'MacroRules':
        throw new Unsupported('`macro_rules!` definitions', spanOf(item.span));
      case 'TypeAlias': {
        if (!item.ty) break;
        const t = lowerType(item.ty, { generics: new Set(), selfTy: null }, from.src);
        if (t.k === 'path') prog.uses.set(item.name.name, t.segs);
        break;
      }
      case 'Unsupported':
        unsupportedItem(item, mod, prog, c, from);
        break;
      default:
        break;
    }
  }
}

/** An item the front end does not model: an `async fn` fails when called; `extern` items stop the run. */
function unsupportedItem(item: A.Unsupported, mod: string, prog: Program, c: Collected, from: LowerSource): void {
  if (item.what === 'async fn') {
    const name = from.src.of(item.span);
    const qual = mod + name;
    const span = item.itemSpan ?? item.span;
    c.pending.push({ item: { kind: 'Unsupported', span, name, error: new Unsupported('`async fn`', spanOf(span)) }, qual, generics: [], selfTy: null, register: (f) => prog.fns.set(qual, f) });
  } else if (item.what === 'extern crate') throw new Unsupported('extern crate declaration', spanOf(item.span));
  else if (item.what === 'extern block') throw new Unsupported('foreign mod item', spanOf(item.span));
}

/** An explicit discriminant: an integer literal, possibly negated; anything else is not evaluated here. */
function discriminant(e: A.Expr): bigint {
  const negated = e.kind === 'Unary' && e.op === 'Neg';
  const lit = negated ? e.expr : e;
  if (lit.kind !== 'Lit' || lit.lit.kind !== 'Int') throw new Unsupported('non-literal enum discriminant', spanOf(e.span));
  return negated ? -lit.lit.value : lit.lit.value;
}

function fieldsInto(data: Exclude<A.VariantData, { kind: 'Unit' }>, into: { fieldNames: string[]; fieldTys: Ty[] }, ts: TypeScope, from: LowerSource): void {
  for (const f of data.fields) {
    into.fieldNames.push(f.name ? f.name.name : String(into.fieldNames.length));
    into.fieldTys.push(lowerType(f.ty, ts, from.src));
  }
}

/** Items declared inside a function body, in any block of it (closures' included). */
function collectNested(body: A.Block, mod: string, prog: Program, c: Collected, from: LowerSource): void {
  const stack: unknown[] = [body];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) {
      for (const x of n) stack.push(x);
      continue;
    }
    const node = n as { kind?: string };
    if (node.kind === 'Block') {
      const items = (n as A.Block).stmts.flatMap((s) => (s.kind === 'ItemStmt' ? [s.item] : []));
      if (items.length) collect(items, mod, prog, c, from);
    }
    if (node.kind === 'ItemStmt') continue;
    const o = n as Record<string, unknown>;
    for (const k in o) {
      const v = o[k];
      if (k !== 'span' && v && typeof v === 'object') stack.push(v);
    }
  }
}

/** A struct's or enum's definition before its fields or variants: its key, path, span and generics. */
function declaredAdt(item: A.StructItem | A.EnumItem, kind: 'struct' | 'enum', from: LowerSource): AdtDef {
  const keys = from.src.adtKeys!;
  const adt = newAdt(keys.ofItem(item.id, item.name.name), kind, item.span.line + 1);
  const path = keys.pathOf(item.id);
  if (path !== undefined) adt.path = path;
  adt.sp = spanOf(item.span);
  adt.generics = generics(item.generics);
  return adt;
}

function defineAdt(prog: Program, adt: AdtDef, span: A.Span): void {
  const existing = prog.adts.get(adt.name);
  if (existing && !existing.builtin) throw new Unsupported(`two types named \`${adt.name}\``, spanOf(span));
  prog.adts.set(adt.name, adt);
}

function collectUse(t: A.UseTree, prefix: string[], prog: Program): void {
  const segs = [...prefix, ...t.prefix.map((i) => i.name)];
  switch (t.use.kind) {
    case 'Simple': {
      if (t.use.rename) {
        prog.uses.set(t.use.rename.name, segs);
        break;
      }
      const last = segs[segs.length - 1]!;
      if (last === 'self') {
        segs.pop();
        prog.uses.set(segs[segs.length - 1]!, segs);
      } else prog.uses.set(last, segs);
      break;
    }
    case 'Nested':
      for (const sub of t.use.trees) collectUse(sub, segs, prog);
      break;
    case 'Glob': {
      // `use Enum::*` brings the variants in scope; std glob imports bring nothing the simulator needs by name.
      const enumName = segs[segs.length - 1];
      if (enumName) prog.uses.set(`*${enumName}`, segs);
      break;
    }
  }
}

function collectImpl(impl: A.ImplItem, prog: Program, c: Collected, from: LowerSource): void {
  const gens = generics(impl.generics);
  const ts: TypeScope = { generics: new Set(gens), selfTy: null };
  const selfTy = lowerType(impl.selfTy, ts, from.src);
  // Impls are keyed by the trait's last path segment plus its generic arguments (`From<ParseIntError>`),
  // so `fmt::Display` and `Display` are the same trait and two `From` impls do not collide.
  const traitText = impl.trait ? from.src.of(impl.trait.span) : null;
  const traitBase = traitText !== null ? traitText.split('<')[0]!.split('::').pop()!.trim() : null;
  const traitArgs = traitText?.includes('<') ? traitText.slice(traitText.indexOf('<')).replace(/\s+/g, '') : '';
  const traitName = traitBase ? traitBase + traitArgs : null;
  let methods: Map<string, FnIR>;
  if (selfTy.k === 'param') {
    if (!traitName) throw new Unsupported('inherent impl on a type parameter', spanOf(impl.span));
    methods = new Map();
    prog.blanket.set(traitName, methods);
  } else {
    const adt = selfTy.k === 'path' ? prog.adts.get(selfTy.name) : undefined;
    if (!adt || adt.builtin) {
      // Trait impls for std types (e.g. `impl Display for Vec<..>` is impossible; `impl MyTrait for i32` is not).
      const key = selfTy.k === 'path' ? selfTy.name : selfTy.k === 'ref' ? '&' + selfTy.inner.text : selfTy.text;
      let foreign = prog.adts.get(`#${key}`);
      if (!foreign) {
        foreign = newAdt(`#${key}`, 'struct', impl.span.line + 1);
        foreign.builtin = true;
        prog.adts.set(`#${key}`, foreign);
      }
      methods = foreign.traitImpls.get(traitName ?? '#inherent') ?? new Map();
      foreign.traitImpls.set(traitName ?? '#inherent', methods);
    } else if (traitName) {
      methods = adt.traitImpls.get(traitName) ?? new Map();
      adt.traitImpls.set(traitName, methods);
      if (traitBase === 'Copy') adt.copy = true;
    } else {
      methods = adt.methods;
    }
  }
  for (const item of impl.items) {
    if (item.kind === 'Const') {
      if (selfTy.k !== 'path' || gens.length) throw new Unsupported('associated constants of generic types', spanOf(item.span));
      c.consts.push({ item, owner: selfTy });
      continue;
    }
    if (item.kind !== 'Fn' || !item.body) continue;
    const mname = item.name.name;
    c.pending.push({
      item,
      qual: `${selfTy.k === 'path' ? selfTy.name : selfTy.text}::${mname}`,
      generics: [...gens, ...generics(item.generics)],
      selfTy,
      register: (f) => methods.set(mname, f),
    });
  }
}

function lowerFnOrError(prog: Program, p: PendingFn, from: LowerSource): FnIR {
  try {
    if (p.item.kind === 'Unsupported') throw p.item.error;
    return lowerFn(prog, p.item, p, from);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    const sp = spanOf(p.item.span);
    const body = { sp, stmts: [], tail: null, locals: [] };
    return {
      name: p.item.kind === 'Unsupported' ? p.item.name : p.item.name.name, qual: p.qual, sp, params: [], paramTys: [], self: null, ret: null,
      body, nslots: 0, slotNames: [], generics: p.generics, frameSize: 16, selfTy: p.selfTy, error: e,
    };
  }
}

/** The checker's type of a method's `self` slot, as a binding's (lower/pattern.ts `bind`). */
function typeSelfSlot(prog: Program, scope: FnScope, slot: number, sp: Span): void {
  const key = positionKey(sp.l, sp.c, sp.el, sp.ec);
  const checked = prog.bindingTypes.get(key);
  if (checked) scope.setSlotType(slot, checked);
  else {
    const generic = prog.genericBindingTypes.get(key);
    if (generic) scope.setGenericSlotType(slot, generic);
  }
}

function lowerFn(prog: Program, n: A.FnItem, p: PendingFn, from: LowerSource): FnIR {
  if (n.sig.abi !== undefined) throw new Unsupported('`extern` functions', spanOf(n.span));
  const ts: TypeScope = { generics: new Set(p.generics), selfTy: p.selfTy };
  const scope = new FnScope(null, false);
  const L = new BodyLowerer(prog, ts, p.qual, scope, from);
  const params: Pat[] = [];
  const paramTys: Ty[] = [];
  let self: FnIR['self'] = null;
  const sp = n.sig.selfParam;
  if (sp) {
    if (sp.ty) {
      // `self: Box<Self>`: the binding is the `self` token.
      const ty = lowerType(sp.ty, ts, from.src);
      self = 'value';
      const slot = scope.declare('self');
      typeSelfSlot(prog, scope, slot, spanOf(sp.span));
      const at = from.src.text.indexOf('self', sp.span.start);
      params.push({ k: 'bind', sp: from.src.span(at, at + 4), name: 'self', slot, mut: false, byRef: null, sub: null });
      paramTys.push(ty);
    } else {
      const isRef = sp.mode !== 'value';
      const isMut = sp.mode === 'refMut' || sp.isMut;
      self = isRef ? (isMut ? 'mut' : 'ref') : 'value';
      const slot = scope.declare('self');
      const at = spanOf(sp.span);
      params.push({ k: 'bind', sp: at, name: 'self', slot, mut: isMut && !isRef, byRef: null, sub: null });
      typeSelfSlot(prog, scope, slot, at);
      paramTys.push(p.selfTy ? (isRef ? { k: 'ref', mut: isMut, inner: p.selfTy, text: `&${isMut ? 'mut ' : ''}${p.selfTy.text}` } : p.selfTy) : { k: 'infer', text: 'Self' });
    }
  }
  for (const param of n.sig.params) {
    const ty = lowerType(param.ty, ts, from.src);
    params.push(lowerPattern(L, param.pat, true));
    paramTys.push(ty);
  }
  if (!n.body) throw new Unsupported('function without a body', spanOf(n.span));
  const body = L.block(n.body);
  const ret = n.sig.ret ? lowerType(n.sig.ret, ts, from.src) : null;
  const fn: FnIR = {
    name: n.name.name, qual: p.qual, sp: spanOf(n.span), params, paramTys, self, ret, body,
    nslots: scope.nslots, slotNames: scope.slotNames, generics: p.generics, frameSize: 0, selfTy: p.selfTy,
  };
  const frame = frameAt(prog, n.span);
  fn.frameSize = frame.size;
  fn.frameParts = frame.parts;
  return fn;
}
