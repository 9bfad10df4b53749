// How rustc's codegen passes a value of a type around (its `BackendRepr`): nothing, one scalar,
// a pair of scalars or memory. Only a value in memory needs a stack slot of its own at
// `-C opt-level=0`; the others live in registers and take a slot only when they spill.
import type { SizeAlign } from './tyLayout';
import { INTS, type Ty } from '../typeck/ty';

/** The size of a scalar type, where the type alone tells it. */
function layoutSize(ty: Ty): number | undefined {
  switch (ty.k) {
    case 'int': return ({ i8: 1, u8: 1, i16: 2, u16: 2, i32: 4, u32: 4, i64: 8, u64: 8, i128: 16, u128: 16, isize: 8, usize: 8 } as Record<string, number>)[ty.name];
    case 'float': return ty.name === 'f32' ? 4 : 8;
    case 'bool': return 1;
    case 'char': return 4;
    case 'ref': case 'ptr': case 'fnPtr': return 8;
    default: return undefined;
  }
}

export type Abi = 'zst' | 'scalar' | 'pair' | 'memory';

/** How codegen passes a value of this type around: rustc's `BackendRepr`, by the type's structure. */
export function abiOf(ty: Ty, layout: SizeAlign | undefined, depth = 0): Abi {
  if (layout && layout.size === 0) return 'zst';
  if (depth > 4) return 'memory';
  switch (ty.k) {
    case 'int': case 'float': case 'bool': case 'char': case 'fnPtr': return 'scalar';
    case 'ref': case 'ptr': return layout && layout.size === 16 ? 'pair' : 'scalar';
    case 'tuple': {
      if (ty.elems.length === 0) return 'zst';
      const parts = ty.elems.filter((e) => e.k !== 'tuple' || e.elems.length > 0);
      if (parts.length === 1) return abiOf(parts[0]!, undefined, depth + 1);
      if (parts.length === 2 && parts.every((p) => abiOf(p, undefined, depth + 1) === 'scalar')) return 'pair';
      return 'memory';
    }
    case 'adt': {
      const name = ty.def.name;
      if (ty.def.std) {
        if (name === 'Box' || name === 'Rc' || name === 'Arc' || name === 'NonNull') return layout && layout.size === 16 ? 'pair' : 'scalar';
        if (name === 'Option' && ty.args[0]) {
          const inner = abiOf(ty.args[0], undefined, depth + 1);
          const a = ty.args[0];
          // `Arguments` is two words whose first is a non-null pointer: its `Option` is still a pair.
          const niche = a.k === 'ref' || (a.k === 'adt' && ['Box', 'Rc', 'Arc', 'NonNull', 'Arguments'].includes(a.def.name));
          return inner === 'scalar' ? (niche ? 'scalar' : 'pair') : inner === 'pair' && niche ? 'pair' : 'memory';
        }
        if (ty.def.path === 'fmt::Error') return 'zst';
        if (name === 'Result' && ty.args.length === 2) {
          // A tag and one scalar of the same size in each variant: a pair (`Result<u64, u64>`).
          const [ok, err] = ty.args.map((a) => ({ abi: abiOf(a, undefined, depth + 1), size: layoutSize(a) }));
          const scalars = [ok!, err!].filter((v) => v.abi !== 'zst');
          // Only a tag (`fmt::Result`): one scalar.
          if (scalars.length === 0) return 'scalar';
          if (scalars.every((v) => v.abi === 'scalar') && scalars.length > 0 && scalars.every((v) => v.size !== undefined && v.size === scalars[0]!.size)) return 'pair';
          return 'memory';
        }
        if (name === 'Arguments' || name === 'Iter' || name === 'IterMut') return 'pair';
        if (name === 'AssertKind' || name === 'Ordering') return 'scalar';
        if (name === 'Range' && ty.args[0] && abiOf(ty.args[0], undefined, depth + 1) === 'scalar') return 'pair';
        const fields = adapterFields(ty);
        if (fields) return structAbi(fields, depth);
        return 'memory';
      }
      const def = ty.def as { adt?: string; variants?: readonly { fields: readonly unknown[] }[]; fieldTys?: Ty[][] };
      if (def.adt === 'enum' && def.variants?.every((v) => v.fields.length === 0)) return 'scalar';
      // A struct (or an enum of one variant) that is not generic is passed as its fields are: a
      // newtype of a pair is a pair.
      const fields = def.fieldTys?.[0];
      const oneVariant = def.adt === 'struct' || (def.adt === 'enum' && def.variants?.length === 1);
      if (oneVariant && ty.args.length === 0 && fields && fields.every((f) => f.k !== 'param')) {
        const abi = structAbi(fields, depth);
        if (abi !== 'memory') return abi;
      }
      if (def.adt === 'struct' && def.variants?.[0]?.fields.length === 1 && layout && layout.size <= 8) return 'scalar';
      return 'memory';
    }
    case 'closure': return ty.upvars.length === 0 ? 'zst' : ty.upvars.length === 1 ? abiOf(ty.upvars[0]!, undefined, depth + 1) : ty.upvars.length === 2 && ty.upvars.every((u) => abiOf(u, undefined, depth + 1) === 'scalar') ? 'pair' : 'memory';
    case 'never': case 'fnDef': return 'zst';
    default: return 'memory';
  }
}

/** The fields of a std wrapper of one value (an iterator adapter, a cell), by its declared path. */
function adapterFields(ty: Extract<Ty, { k: 'adt' }>): Ty[] | undefined {
  const [inner, f] = ty.args;
  if (!inner) return undefined;
  switch (ty.def.path) {
    case 'iter::Map': case 'iter::Filter': case 'iter::FilterMap': case 'iter::Inspect': case 'iter::MapWhile':
      return f ? [inner, f] : undefined;
    case 'iter::Enumerate': case 'iter::Skip': case 'iter::Take': return [inner, INTS.usize];
    case 'iter::Rev': case 'iter::Cloned': case 'iter::Copied': return [inner];
    // The cells are their value, a `RefCell` its borrow count first.
    case 'cell::Cell': case 'cell::UnsafeCell': return [inner];
    case 'cell::RefCell': return [INTS.isize, inner];
    default: return undefined;
  }
}

/**
 * A struct's `BackendRepr` from its fields: zero-sized fields do not count, one field left is
 * passed as that field is, two scalars make a pair.
 */
function structAbi(fields: readonly Ty[], depth: number): Abi {
  const abis = fields.map((t) => abiOf(t, undefined, depth + 1)).filter((a) => a !== 'zst');
  if (abis.length === 0) return 'zst';
  if (abis.length === 1) return abis[0]!;
  return abis.length === 2 && abis.every((a) => a === 'scalar') ? 'pair' : 'memory';
}
