// Collects the program's items (at any depth: items inside function bodies are hoisted, inline
// modules prefix their names) and lowers every function body to IR.
import type { SyntaxNode, Tree } from '../../parse/parser';
import { Unsupported } from '../errors';
import type { FnIR, Pat } from '../ir';
import { newAdt, type AdtDef, type Program, type TraitDef } from '../items';
import type { Ty } from '../types';
import { BodyLowerer, named, pathSegs } from './body';
import { lowerPattern } from './pattern';
import { checkedTypes } from './checkedTypes';
import { frontEnd } from '../../frontEnd';
import { FnScope } from './scope';
import { spanOf } from './span';
import { lowerType, type TypeScope } from './types';
import { buildTypeEnv } from '../../layout/index';
import { buildMir } from '../../mir/build';
import { ProgramFrames } from '../../mir/frame';
import { Instances } from './instances';
import { revealed } from '../../typeck/reveal';
import { elaborateDrops } from '../../mir/drops/elaborate';
import { MirLayouts } from '../../mir/tyLayout';
import { frontEndNames } from './frontEndNames';
import { simCaptures } from './captures';
import { frameOfNode } from './frames';

interface PendingFn {
  node: SyntaxNode;
  qual: string;
  generics: string[];
  selfTy: Ty | null;
  register: (f: FnIR) => void;
}

export function lowerProgram(tree: Tree, source: string, builtins: (prog: Program) => void): Program {
  const fe = frontEnd(tree, source);
  const typeEnv = buildTypeEnv(fe);
  const { callInstances, ...checked } = checkedTypes(fe);
  const prog: Program = {
    adts: new Map(), fns: new Map(), traits: new Map(), consts: new Map(), uses: new Map(), blanket: new Map(), source,
    ...checked,
    typeEnv,
    names: frontEndNames(tree, source),
    closureCaptures: simCaptures(fe),
    frames: mirFrames(fe),
    instances: new Instances(fe.types.program.tcx, fe.types.results, callInstances),
  };
  builtins(prog);
  const pending: PendingFn[] = [];
  const impls: { node: SyntaxNode; mod: string }[] = [];
  const constNodes: { node: SyntaxNode; mod: string; owner?: Ty }[] = [];
  collect(tree.rootNode, '', prog, pending, impls, constNodes);
  for (const { node } of impls) collectImpl(node, prog, pending, constNodes);
  const noGenerics: TypeScope = { generics: new Set(), selfTy: null };
  for (const { node, owner } of constNodes) {
    // Associated constants are named `Type::NAME`; `Self::NAME` inside the impl resolves to it.
    const scope: TypeScope = owner ? { generics: new Set(), selfTy: owner } : noGenerics;
    const L = new BodyLowerer(prog, scope, 'const', new FnScope(null, false));
    const bare = node.childForFieldName('name')!.text;
    const name = owner && owner.k === 'path' ? `${owner.name}::${bare}` : bare;
    const tyNode = node.childForFieldName('type');
    const value = node.childForFieldName('value');
    if (!value || !tyNode) throw new Unsupported('constant without a value', spanOf(node));
    prog.consts.set(name, {
      name,
      ty: lowerType(tyNode, scope),
      expr: L.expr(value),
      isStatic: node.type === 'static_item',
      mutable: node.children.some((c) => c?.type === 'mutable_specifier'),
      sp: spanOf(node),
    });
  }
  for (const p of pending) p.register(lowerFnOrError(prog, p));
  return prog;
}

/** Frames from the MIR after drop elaboration, which is what codegen lays out. */
function mirFrames(fe: ReturnType<typeof frontEnd>): ProgramFrames {
  const mir = buildMir(fe);
  const tcx = fe.types.program.tcx;
  // A layout environment of its own: the simulator's caches its own queries.
  return new ProgramFrames(mir.bodies.map((b) => elaborateDrops(b, mir.needsDrop)), new MirLayouts(buildTypeEnv(fe)), tcx, (t) => revealed(tcx, fe.types.results, t), mir.closureTys);
}

function generics(node: SyntaxNode | null): string[] {
  if (!node) return [];
  const out: string[] = [];
  for (const p of named(node)) {
    if (p.type === 'type_parameter' || p.type === 'constrained_type_parameter' || p.type === 'optional_type_parameter') {
      const name = p.childForFieldName('name') ?? p.childForFieldName('left') ?? named(p)[0];
      if (name) out.push(name.text);
    } else if (p.type === 'type_identifier') out.push(p.text);
    else if (p.type === 'const_parameter') out.push(p.childForFieldName('name')!.text);
  }
  return out;
}

function derivesOf(attrs: SyntaxNode[]): string[] {
  const out: string[] = [];
  for (const a of attrs) {
    const m = /^#\[\s*derive\s*\(([\s\S]*)\)\s*\]$/.exec(a.text);
    if (m) out.push(...m[1]!.split(',').map((s) => s.trim().split('::').pop()!).filter(Boolean));
  }
  return out;
}

function collect(node: SyntaxNode, mod: string, prog: Program, pending: PendingFn[], impls: { node: SyntaxNode; mod: string }[], consts: { node: SyntaxNode; mod: string }[]): void {
  let attrs: SyntaxNode[] = [];
  const stripped = prog.names?.stripped ?? [];
  for (const c of node.namedChildren) {
    // A comment between `#[derive(..)]` and its item does not detach the attribute.
    if (!c || c.type === 'line_comment' || c.type === 'block_comment') continue;
    if (stripped.some((s) => s.start === c.startIndex)) {
      attrs = [];
      continue;
    }
    if (c.type === 'attribute_item') {
      attrs.push(c);
      continue;
    }
    const these = attrs;
    attrs = [];
    switch (c.type) {
      case 'function_item': {
        const name = c.childForFieldName('name')!.text;
        const qual = mod + name;
        pending.push({
          node: c, qual, generics: generics(c.childForFieldName('type_parameters')), selfTy: null,
          register: (f) => {
            prog.fns.set(qual, f);
          },
        });
        const body = c.childForFieldName('body');
        if (body) collectNested(body, mod, prog, pending, impls, consts);
        break;
      }
      case 'struct_item': case 'union_item': {
        if (c.type === 'union_item') throw new Unsupported('`union`', spanOf(c));
        const name = c.childForFieldName('name')!.text;
        const adt = newAdt(name, 'struct', c.startPosition.row + 1);
        adt.sp = spanOf(c);
        adt.generics = generics(c.childForFieldName('type_parameters'));
        const body = c.childForFieldName('body');
        const ts: TypeScope = { generics: new Set(adt.generics), selfTy: null };
        if (body?.type === 'field_declaration_list') {
          adt.shape = 'named';
          for (const f of named(body)) {
            if (f.type !== 'field_declaration') continue;
            adt.fieldNames.push(f.childForFieldName('name')!.text);
            adt.fieldTys.push(lowerType(f.childForFieldName('type')!, ts));
          }
        } else if (body?.type === 'ordered_field_declaration_list') {
          adt.shape = 'tuple';
          for (const f of named(body)) {
            if (f.type === 'attribute_item' || f.type === 'visibility_modifier') continue;
            adt.fieldNames.push(String(adt.fieldNames.length));
            adt.fieldTys.push(lowerType(f, ts));
          }
        }
        for (const d of derivesOf(these)) adt.derives.add(d);
        adt.copy = adt.derives.has('Copy');
        defineAdt(prog, adt, c);
        break;
      }
      case 'enum_item': {
        const name = c.childForFieldName('name')!.text;
        const adt = newAdt(name, 'enum', c.startPosition.row + 1);
        adt.sp = spanOf(c);
        adt.generics = generics(c.childForFieldName('type_parameters'));
        const ts: TypeScope = { generics: new Set(adt.generics), selfTy: null };
        let discr = 0n;
        let markedDefault = false;
        for (const v of named(c.childForFieldName('body')!)) {
          if (v.type === 'attribute_item') {
            if (/^#\[\s*default\s*\]$/.test(v.text)) markedDefault = true;
            continue;
          }
          if (v.type !== 'enum_variant') continue;
          if (markedDefault || v.namedChildren.some((a) => a?.type === 'attribute_item' && /^#\[\s*default\s*\]$/.test(a.text))) {
            adt.defaultVariant = adt.variants.length;
            markedDefault = false;
          }
          const vbody = v.childForFieldName('body');
          const value = v.childForFieldName('value');
          if (value) {
            const t = value.text.replace(/_/g, '');
            if (/^-?\d+$/.test(t)) discr = BigInt(t);
            else throw new Unsupported('non-literal enum discriminant', spanOf(value));
          }
          const variant = { name: v.childForFieldName('name')!.text, shape: 'unit' as 'named' | 'tuple' | 'unit', fieldNames: [] as string[], fieldTys: [] as Ty[], discr };
          discr++;
          if (vbody?.type === 'field_declaration_list') {
            variant.shape = 'named';
            for (const f of named(vbody)) {
              if (f.type !== 'field_declaration') continue;
              variant.fieldNames.push(f.childForFieldName('name')!.text);
              variant.fieldTys.push(lowerType(f.childForFieldName('type')!, ts));
            }
          } else if (vbody?.type === 'ordered_field_declaration_list') {
            variant.shape = 'tuple';
            for (const f of named(vbody)) {
              if (f.type === 'attribute_item' || f.type === 'visibility_modifier') continue;
              variant.fieldNames.push(String(variant.fieldNames.length));
              variant.fieldTys.push(lowerType(f, ts));
            }
          }
          adt.variants.push(variant);
        }
        for (const d of derivesOf(these)) adt.derives.add(d);
        adt.copy = adt.derives.has('Copy');
        defineAdt(prog, adt, c);
        break;
      }
      case 'impl_item':
        impls.push({ node: c, mod });
        for (const f of c.descendantsOfType('block')) void f;
        break;
      case 'trait_item': {
        const name = c.childForFieldName('name')!.text;
        const trait: TraitDef = { name, defaults: new Map(), methods: new Set(), supertraits: [] };
        const bounds = c.childForFieldName('bounds');
        if (bounds) trait.supertraits = named(bounds).map((b) => b.text);
        prog.traits.set(name, trait);
        for (const item of named(c.childForFieldName('body')!)) {
          if (item.type === 'function_signature_item') trait.methods.add(item.childForFieldName('name')!.text);
          if (item.type === 'function_item') {
            const mname = item.childForFieldName('name')!.text;
            trait.methods.add(mname);
            pending.push({
              node: item, qual: `${name}::${mname}`, generics: generics(item.childForFieldName('type_parameters')),
              selfTy: { k: 'param', name: 'Self', text: 'Self' },
              register: (f) => trait.defaults.set(mname, f),
            });
          }
        }
        break;
      }
      case 'const_item': case 'static_item':
        consts.push({ node: c, mod });
        break;
      case 'use_declaration':
        collectUse(c.childForFieldName('argument')!, [], prog);
        break;
      case 'mod_item': {
        const body = c.childForFieldName('body');
        if (!body) throw new Unsupported('module in another file', spanOf(c));
        collect(body, mod + c.childForFieldName('name')!.text + '::', prog, pending, impls, consts);
        break;
      }
      case 'macro_definition':
        throw new Unsupported('`macro_rules!` definitions', spanOf(c));
      case 'type_item': {
        const name = c.childForFieldName('name')!.text;
        const t = lowerType(c.childForFieldName('type')!, { generics: new Set(), selfTy: null });
        if (t.k === 'path') prog.uses.set(name, t.segs);
        break;
      }
      case 'extern_crate_declaration': case 'foreign_mod_item':
        throw new Unsupported(c.type.replace(/_/g, ' '), spanOf(c));
      default:
        break;
    }
  }
}

/** Items declared inside a function body. */
function collectNested(body: SyntaxNode, mod: string, prog: Program, pending: PendingFn[], impls: { node: SyntaxNode; mod: string }[], consts: { node: SyntaxNode; mod: string }[]): void {
  const stack: SyntaxNode[] = [body];
  while (stack.length) {
    const n = stack.pop()!;
    const hasItems = n.namedChildren.some((c) => c && /_item$|use_declaration|macro_definition/.test(c.type) && c.type !== 'attribute_item');
    if (hasItems && (n.type === 'block' || n.type === 'declaration_list')) collect(n, mod, prog, pending, impls, consts);
    for (const c of n.namedChildren) {
      if (c && c.type !== 'function_item' && c.type !== 'impl_item' && c.type !== 'trait_item' && c.type !== 'mod_item') stack.push(c);
    }
  }
}

function defineAdt(prog: Program, adt: AdtDef, node: SyntaxNode): void {
  const existing = prog.adts.get(adt.name);
  if (existing && !existing.builtin) throw new Unsupported(`two types named \`${adt.name}\``, spanOf(node));
  prog.adts.set(adt.name, adt);
}

function collectUse(n: SyntaxNode, prefix: string[], prog: Program): void {
  switch (n.type) {
    case 'identifier': case 'scoped_identifier': case 'self': case 'crate': {
      const segs = [...prefix, ...pathSegs(n)];
      const last = segs[segs.length - 1]!;
      if (last === 'self') {
        segs.pop();
        prog.uses.set(segs[segs.length - 1]!, segs);
      } else prog.uses.set(last, segs);
      break;
    }
    case 'use_as_clause': {
      const path = n.childForFieldName('path')!;
      prog.uses.set(n.childForFieldName('alias')!.text, [...prefix, ...pathSegs(path)]);
      break;
    }
    case 'scoped_use_list': {
      const path = n.childForFieldName('path');
      const p = path ? [...prefix, ...pathSegs(path)] : prefix;
      collectUse(n.childForFieldName('list')!, p, prog);
      break;
    }
    case 'use_list':
      for (const c of named(n)) collectUse(c, prefix, prog);
      break;
    case 'use_wildcard': {
      const path = named(n)[0];
      const segs = path ? [...prefix, ...pathSegs(path)] : prefix;
      // `use Enum::*` brings the variants in scope; std glob imports bring nothing the simulator needs by name.
      const enumName = segs[segs.length - 1];
      if (enumName) prog.uses.set(`*${enumName}`, segs);
      break;
    }
    default:
      break;
  }
}

function collectImpl(node: SyntaxNode, prog: Program, pending: PendingFn[], consts: { node: SyntaxNode; mod: string; owner?: Ty }[]): void {
  const gens = generics(node.childForFieldName('type_parameters'));
  const typeNode = node.childForFieldName('type')!;
  const traitNode = node.childForFieldName('trait');
  const ts: TypeScope = { generics: new Set(gens), selfTy: null };
  const selfTy = lowerType(typeNode, ts);
  // Impls are keyed by the trait's last path segment plus its generic arguments (`From<ParseIntError>`),
  // so `fmt::Display` and `Display` are the same trait and two `From` impls do not collide.
  const traitBase = traitNode ? traitNode.text.split('<')[0]!.split('::').pop()!.trim() : null;
  const traitArgs = traitNode && traitNode.text.includes('<') ? traitNode.text.slice(traitNode.text.indexOf('<')).replace(/\s+/g, '') : '';
  const traitName = traitBase ? traitBase + traitArgs : null;
  let methods: Map<string, FnIR>;
  if (selfTy.k === 'param') {
    if (!traitName) throw new Unsupported('inherent impl on a type parameter', spanOf(node));
    methods = new Map();
    prog.blanket.set(traitName, methods);
  } else {
    const adt = selfTy.k === 'path' ? prog.adts.get(selfTy.name) : undefined;
    if (!adt || adt.builtin) {
      // Trait impls for std types (e.g. `impl Display for Vec<..>` is impossible; `impl MyTrait for i32` is not).
      const key = selfTy.k === 'path' ? selfTy.name : selfTy.k === 'ref' ? '&' + selfTy.inner.text : selfTy.text;
      let foreign = prog.adts.get(`#${key}`);
      if (!foreign) {
        foreign = newAdt(`#${key}`, 'struct', node.startPosition.row + 1);
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
  const body = node.childForFieldName('body');
  if (!body) return;
  for (const item of named(body)) {
    if (item.type !== 'function_item') {
      if (item.type === 'const_item') {
        if (selfTy.k !== 'path' || gens.length) throw new Unsupported('associated constants of generic types', spanOf(item));
        consts.push({ node: item, mod: '', owner: selfTy });
      }
      continue;
    }
    const mname = item.childForFieldName('name')!.text;
    pending.push({
      node: item,
      qual: `${selfTy.k === 'path' ? selfTy.name : selfTy.text}::${mname}`,
      generics: [...gens, ...generics(item.childForFieldName('type_parameters'))],
      selfTy,
      register: (f) => methods.set(mname, f),
    });
  }
}

function lowerFnOrError(prog: Program, p: PendingFn): FnIR {
  try {
    return lowerFn(prog, p);
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    const n = p.node;
    const body = { sp: spanOf(n), stmts: [], tail: null, locals: [] };
    return {
      name: n.childForFieldName('name')?.text ?? '?', qual: p.qual, sp: spanOf(n), params: [], paramTys: [], self: null, ret: null,
      body, nslots: 0, slotNames: [], generics: p.generics, frameSize: 16, selfTy: p.selfTy, error: e,
    };
  }
}

function lowerFn(prog: Program, p: PendingFn): FnIR {
  const n = p.node;
  const modifiers = n.namedChildren.find((c) => c?.type === 'function_modifiers');
  if (modifiers && /\basync\b/.test(modifiers.text)) throw new Unsupported('`async fn`', spanOf(n));
  if (modifiers && /\bextern\b/.test(modifiers.text)) throw new Unsupported('`extern` functions', spanOf(n));
  const ts: TypeScope = { generics: new Set(p.generics), selfTy: p.selfTy };
  const scope = new FnScope(null, false);
  const L = new BodyLowerer(prog, ts, p.qual, scope);
  const params: Pat[] = [];
  const paramTys: Ty[] = [];
  let self: FnIR['self'] = null;
  for (const param of named(n.childForFieldName('parameters')!)) {
    if (param.type === 'self_parameter') {
      const isRef = param.children.some((c) => c?.type === '&');
      const isMut = param.children.some((c) => c?.type === 'mutable_specifier');
      self = isRef ? (isMut ? 'mut' : 'ref') : 'value';
      const slot = scope.declare('self');
      params.push({ k: 'bind', sp: spanOf(param), name: 'self', slot, mut: isMut && !isRef, byRef: null, sub: null });
      paramTys.push(p.selfTy ? (isRef ? { k: 'ref', mut: isMut, inner: p.selfTy, text: `&${isMut ? 'mut ' : ''}${p.selfTy.text}` } : p.selfTy) : { k: 'infer', text: 'Self' });
      continue;
    }
    if (param.type === 'parameter') {
      const patNode = param.childForFieldName('pattern')!;
      const tyNode = param.childForFieldName('type')!;
      const ty = lowerType(tyNode, ts);
      if (patNode.type === 'self') {
        self = 'value';
        const slot = scope.declare('self');
        params.push({ k: 'bind', sp: spanOf(patNode), name: 'self', slot, mut: false, byRef: null, sub: null });
        paramTys.push(ty);
        continue;
      }
      params.push(lowerPattern(L, patNode));
      paramTys.push(ty);
      continue;
    }
    if (param.type === 'variadic_parameter') throw new Unsupported('variadic parameters', spanOf(param));
  }
  const retNode = n.childForFieldName('return_type');
  const bodyNode = n.childForFieldName('body');
  if (!bodyNode) throw new Unsupported('function without a body', spanOf(n));
  const body = L.block(bodyNode);
  const name = n.childForFieldName('name')!.text;
  const ret = retNode ? lowerType(retNode, ts) : null;
  const fn: FnIR = {
    name, qual: p.qual, sp: spanOf(n), params, paramTys, self, ret, body,
    nslots: scope.nslots, slotNames: scope.slotNames, generics: p.generics, frameSize: 0, selfTy: p.selfTy,
  };
  const frame = frameOfNode(prog, n);
  fn.frameSize = frame.size;
  fn.frameParts = frame.parts;
  return fn;
}

