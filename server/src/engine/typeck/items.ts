// Errors in the user's item signatures, found before any body is checked: E0106 (a reference with
// no lifetime where elision cannot supply one) and E0072 (a type that contains itself inline).
// Both are reported only where the syntax leaves no doubt; a type whose lifetimes are hidden (a
// path to a type with lifetime parameters, `impl Trait`, `Self`) makes elision unknown.
import type * as A from '../syntax/ast';
import type { AdtDef, FnDef } from './defs';
import { adtFieldTys } from './lower';
import type { Program } from './program';
import type { TypeError } from './results';
import type { Ty } from './ty';

/** Types known to have no lifetime parameter (a path to one hides no elided lifetime). */
const NO_LIFETIMES = new Set([
  'bool', 'char', 'str', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64',
  'String', 'Vec', 'Box', 'Option', 'Result', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'Rc', 'Arc', 'RefCell', 'Cell', 'Mutex',
]);

interface Scan {
  readonly elided: A.RefType[];
  /** A lifetime is named or hidden: elision cannot be judged from the syntax. */
  unknown: boolean;
}

export function itemErrors(p: Program): TypeError[] {
  const errors: TypeError[] = [];
  const userAdts = new Map<string, AdtDef>();
  for (const def of p.byNode.values()) if (def.kind === 'adt' && !def.std) userAdts.set(def.name, def);
  const known = (name: string): boolean => NO_LIFETIMES.has(name) || (userAdts.get(name)?.node.generics.params.every((g) => g.kind !== 'LifetimeParam') ?? false);
  for (const def of p.byNode.values()) {
    if (def.std) continue;
    if (def.kind === 'fn') elision(def, known, errors);
    else if (def.kind === 'adt') {
      fieldRefs(def, known, errors);
      recursive(p, def, errors);
    }
  }
  return errors;
}

function scan(t: A.Type, s: Scan, known: (name: string) => boolean, typeParams: ReadonlySet<string>): void {
  switch (t.kind) {
    case 'RefType':
      if (!t.lifetime) s.elided.push(t);
      else if (t.lifetime.name !== 'static') s.unknown = true;
      scan(t.ty, s, known, typeParams);
      return;
    case 'PtrType': case 'ParenType': scan(t.ty, s, known, typeParams); return;
    case 'SliceType': case 'ArrayType': scan(t.elem, s, known, typeParams); return;
    case 'TupleType': for (const e of t.elems) scan(e, s, known, typeParams); return;
    case 'NeverType': case 'InferType': return;
    // A fn pointer's references are elided in its own scope.
    case 'FnPtrType': return;
    case 'PathType': {
      const segs = t.path.segments;
      const last = segs[segs.length - 1];
      if (t.path.qself || segs.length !== 1 || !last) {
        s.unknown = true;
        return;
      }
      const name = last.ident.name;
      if (!typeParams.has(name) && !known(name)) {
        s.unknown = true;
        return;
      }
      const args = last.args;
      if (args?.kind === 'ParenArgs') {
        s.unknown = true;
        return;
      }
      for (const a of args?.args ?? []) {
        if (a.kind === 'LifetimeArg') s.unknown ||= a.lifetime.name !== 'static';
        else if (a.kind === 'TypeArg') scan(a.ty, s, known, typeParams);
      }
      if (args?.constraints.length) s.unknown = true;
      return;
    }
    default:
      s.unknown = true;
  }
}

function typeParamsOf(...gs: (A.Generics | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const g of gs) for (const p of g?.params ?? []) if (p.kind === 'TypeParam') out.add(p.name.name);
  return out;
}

/** E0106 on a fn's return type: elided references with no input lifetime, or several, to take. */
function elision(def: FnDef, known: (name: string) => boolean, errors: TypeError[]): void {
  const sig = def.node.sig;
  if (!sig.ret || sig.isAsync) return;
  // `&self` gives its lifetime to the output; `self` by value or typed hides Self's lifetimes.
  if (sig.selfParam) return;
  const owner = def.owner?.node;
  if (owner) return;
  const params = typeParamsOf(def.node.generics);
  const input: Scan = { elided: [], unknown: false };
  for (const prm of sig.params) scan(prm.ty, input, known, params);
  if (input.unknown) return;
  const output: Scan = { elided: [], unknown: false };
  scan(sig.ret, output, known, params);
  const first = output.elided[0];
  if (!first || output.unknown || input.elided.length === 1) return;
  errors.push({ code: 'E0106', message: 'missing lifetime specifier', span: first.span });
}

/** E0106 on a struct or enum field: a reference with no lifetime. */
function fieldRefs(def: AdtDef, known: (name: string) => boolean, errors: TypeError[]): void {
  const params = typeParamsOf(def.node.generics);
  for (const v of def.variants) {
    for (const f of v.fields) {
      const s: Scan = { elided: [], unknown: false };
      scan(f.ty, s, known, params);
      const first = s.elided[0];
      if (first) errors.push({ code: 'E0106', message: 'missing lifetime specifier', span: first.span });
    }
  }
}

/**
 * E0072: a field that holds the type itself inline, directly or through tuples and `Option` (which
 * store their contents inline). Other containers may allocate, so they end the search.
 */
function recursive(p: Program, def: AdtDef, errors: TypeError[]): void {
  const holds = (t: Ty, depth: number): boolean => {
    if (depth > 8) return false;
    if (t.k === 'adt' && t.def === def) return true;
    if (t.k === 'tuple') return t.elems.some((e) => holds(e, depth + 1));
    if (t.k === 'adt' && t.def.std && t.def.name === 'Option') return !!t.args[0] && holds(t.args[0], depth + 1);
    return false;
  };
  if (adtFieldTys(p, def).some((fields) => fields.some((f) => holds(f, 0)))) {
    errors.push({ code: 'E0072', message: `recursive type \`${def.name}\` has infinite size`, span: def.node.name.span });
  }
}
