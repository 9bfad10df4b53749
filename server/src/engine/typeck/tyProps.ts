// What the builder must know of a type that type checking does not record per expression: whether
// a use of a place of this type copies or moves it, and whether a value of it needs dropping.
// Both follow rustc's rules for the types the product models; a type the answer depends on and
// the program does not fix (a generic parameter, an unknown type) moves and needs dropping, as in
// the generic MIR rustc builds before monomorphisation.
import { fnScope, implHeader } from './traits';
import type { AdtDef, FnDef, TraitDef } from './defs';
import { boundsOf, superTraitsOf } from './lower';
import type { Program } from './program';
import { adtFieldTys } from './lower';
import { someTy, substitute, type Def, type TraitRef, type Ty } from './ty';

const NO_PARAMS: ReadonlySet<Ty> = new Set();

/**
 * The generic parameters of a fn (its impl's or trait's included) that its bounds make `Copy`
 * (`T: Copy`, or a trait whose supertraits include `Copy`): in its body a value of such a
 * parameter is copied, never moved, and has no drop glue, as rustc's param env says.
 */
export function copyParams(p: Program, def: FnDef): ReadonlySet<Ty> {
  const out = new Set<Ty>();
  if (def.generics.count === 0 && def.owner?.kind !== 'trait') return out;
  const scope = fnScope({ p }, def);
  const isCopy = (r: TraitRef, seen: Set<Def>): boolean => {
    if (r.def.std === true && r.def.name === 'Copy') return true;
    if (seen.has(r.def)) return false;
    seen.add(r.def);
    return superTraitsOf(p, r.def as TraitDef).some((s) => isCopy(s, seen));
  };
  for (let i = 0; i < def.generics.count; i++) {
    const name = def.generics.names[i] ?? '';
    const param = p.tcx.param(i, name);
    if (boundsOf(p, param, scope).some((r) => isCopy(r, new Set()))) out.add(param);
  }
  return out;
}

/** Std types whose values own a resource; their drop glue runs code (frees, decrements a count). */
const STD_OWNERS = new Set([
  'String', 'Vec', 'Box', 'Rc', 'Arc', 'Weak', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque',
  'BinaryHeap', 'LinkedList', 'Mutex', 'RwLock', 'MutexGuard', 'RwLockReadGuard', 'RwLockWriteGuard',
  'Ref', 'RefMut', 'JoinHandle', 'Sender', 'Receiver', 'SyncSender', 'IntoIter', 'Drain', 'Condvar',
  'Barrier', 'PathBuf', 'OsString', 'File', 'Entry', 'OccupiedEntry', 'VacantEntry', 'Stdin', 'Thread',
  'ScopedJoinHandle', 'Lines', 'StdinLock', 'StdoutLock', 'Args', 'Chars', 'CString', 'Cow',
]);

/** Std types that are `Copy` when their type arguments are (zero arguments: always). Ranges with a start and std's iterators are not: they are iterators. */
const STD_COPY = new Set([
  'Option', 'Result', 'RangeTo', 'RangeToInclusive', 'RangeFull', 'Ordering', 'Duration', 'Instant', 'Wrapping', 'Reverse',
]);

/** Std types that are `Copy` whatever their type arguments. */
const STD_ALWAYS_COPY = new Set(['PhantomData', 'NonNull']);

/** Std types whose own fields hold their arguments (drop needed exactly when an argument needs it). */
const STD_TRANSPARENT = new Set(['Option', 'Result', 'Cell', 'RefCell', 'Reverse', 'Wrapping', 'ManuallyDrop', 'Range', 'RangeInclusive', 'Once', 'OnceCell', 'UnsafeCell']);

export class TyProps {
  private readonly dropImpls = new Set<Def>();
  private readonly copyImpls = new Set<Def>();
  private readonly needsDropCache = new Map<Ty, boolean>();

  constructor(private readonly p: Program) {
    for (const impl of p.impls) {
      if (impl.std) continue;
      const traitName = impl.node.trait?.segments.at(-1)?.ident.name;
      if (traitName !== 'Drop' && traitName !== 'Copy') continue;
      const { selfTy } = implHeader(p, impl);
      if (selfTy.k !== 'adt') continue;
      (traitName === 'Drop' ? this.dropImpls : this.copyImpls).add(selfTy.def);
    }
  }

  /** Whether the ADT has its own `impl Drop` (rustc's `has_significant_drop` of the type itself). */
  hasDropImpl(def: Def): boolean {
    return this.dropImpls.has(def);
  }

  /** `copyParams`: the body's generic parameters its bounds make `Copy` (copyParams below). */
  isCopy(ty: Ty, copyParams: ReadonlySet<Ty> = NO_PARAMS, depth = 0): boolean {
    if (depth > 8) return false;
    switch (ty.k) {
      case 'bool': case 'char': case 'int': case 'float': case 'never': case 'ptr': case 'fnDef': case 'fnPtr':
        return true;
      case 'ref': return !ty.mut;
      case 'param': return copyParams.has(ty);
      case 'tuple': return ty.elems.every((e) => this.isCopy(e, copyParams, depth + 1));
      case 'array': return this.isCopy(ty.elem, copyParams, depth + 1);
      case 'closure': return ty.upvars.every((u) => this.isCopy(u, copyParams, depth + 1));
      case 'adt': {
        const def = ty.def as Partial<AdtDef>;
        if (def.std) return STD_ALWAYS_COPY.has(ty.def.name) || (STD_COPY.has(ty.def.name) && ty.args.every((a) => this.isCopy(a, copyParams, depth + 1)));
        return (def.derives?.has('Copy') ?? false) || this.copyImpls.has(ty.def);
      }
      default: return false;
    }
  }

  /**
   * rustc's `needs_drop`: dropping a value of this type runs some code. A generic parameter its
   * body's bounds make `Copy` (`copyParams`) has no drop glue: a `Copy` type cannot implement `Drop`.
   */
  needsDrop(ty: Ty, copyParams: ReadonlySet<Ty> = NO_PARAMS): boolean {
    if (copyParams.size > 0 && someTy(ty, (t) => copyParams.has(t))) return this.computeNeedsDrop(ty, copyParams);
    let v = this.needsDropCache.get(ty);
    if (v === undefined) {
      this.needsDropCache.set(ty, false); // a recursive type through a pointer needs its pointer's drop anyway
      v = this.computeNeedsDrop(ty);
      this.needsDropCache.set(ty, v);
    }
    return v;
  }

  private computeNeedsDrop(ty: Ty, copyParams: ReadonlySet<Ty> = NO_PARAMS): boolean {
    switch (ty.k) {
      case 'bool': case 'char': case 'int': case 'float': case 'never': case 'ptr': case 'fnDef': case 'fnPtr':
      case 'ref': case 'str':
        return false;
      case 'param': if (copyParams.has(ty)) return false; break;
      case 'tuple': return ty.elems.some((e) => this.needsDrop(e, copyParams));
      case 'array': case 'slice': return this.needsDrop(ty.elem, copyParams);
      case 'closure': return ty.upvars.some((u) => this.needsDrop(u, copyParams));
      case 'adt': {
        const def = ty.def as AdtDef;
        if (def.std) {
          if (STD_OWNERS.has(def.name)) return true;
          if (STD_TRANSPARENT.has(def.name) || def.variants?.some((v) => v.fields.length > 0)) return ty.args.some((a) => this.needsDrop(a, copyParams));
          return false;
        }
        if (this.dropImpls.has(def)) return true;
        if (def.kind !== 'adt') return true;
        const fields = adtFieldTys(this.p, def);
        return fields.some((vs) => vs.some((f) => this.needsDrop(substitute(this.p.tcx, f, ty.args), copyParams)));
      }
      default: break;
    }
    // The type is not known here: its drop may run code, as rustc assumes for a generic `T`.
    return true;
  }

  /** The field types of variant `variant` of an ADT instance, its arguments substituted. */
  fieldTys(ty: Ty, variant: number): Ty[] {
    if (ty.k === 'tuple') return [...ty.elems];
    if (ty.k !== 'adt') return [];
    const def = ty.def as AdtDef;
    if (def.kind !== 'adt') return [];
    return (adtFieldTys(this.p, def)[variant] ?? []).map((f) => substitute(this.p.tcx, f, ty.args));
  }
}
