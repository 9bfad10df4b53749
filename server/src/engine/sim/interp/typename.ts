// The Rust type of a runtime value, as text (`Vec<i32>`, `Option<String>`, `&str`), for the
// trace, messages and `type_name`. Generic arguments that the value cannot show (an empty `Vec`
// without annotation) print as `_`.
import { Arr, BoxV, Char, Closure, Enum, Float, FnV, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, VecV, type Value } from '../values';
import { adtShownName } from '../items';

/** The name of a value whose type is a primitive, `&str` or `String`; undefined for the rest. */
export function scalarTypeName(v: Value): string | undefined {
  if (v instanceof Int) return v.ty.name;
  if (v instanceof Float) return v.ty;
  if (typeof v === 'boolean') return 'bool';
  if (v instanceof Char) return 'char';
  if (v instanceof Str) return '&str';
  if (v instanceof StringV) return 'String';
  return undefined;
}

export function typeNameOf(v: Value, depth = 0): string {
  if (depth > 6) return '_';
  const scalar = scalarTypeName(v);
  if (scalar !== undefined) return scalar;
  if (v instanceof VecV) return `Vec<${v.elemTy ? v.elemTy.text : v.block.items[0] !== undefined ? typeNameOf(v.block.items[0], depth + 1) : '_'}>`;
  if (v instanceof BoxV) {
    if (v.block.dyn) return `Box<dyn ${v.block.dyn}>`;
    return `Box<${typeNameOf(v.block.items[0], depth + 1)}>`;
  }
  if (v instanceof Tuple) return v.items.length === 1 ? `(${typeNameOf(v.items[0], depth + 1)},)` : `(${v.items.map((x) => typeNameOf(x, depth + 1)).join(', ')})`;
  if (v instanceof Arr) return `[${v.items.length ? typeNameOf(v.items[0], depth + 1) : '_'}; ${v.items.length}]`;
  if (v instanceof Ref) {
    const t = v.arr[v.idx];
    return `&${v.mut ? 'mut ' : ''}${t instanceof Str ? 'str' : typeNameOf(t, depth + 1)}`;
  }
  if (v instanceof Slice) return `&${v.mut ? 'mut ' : ''}[${v.len ? typeNameOf(v.arr[v.start], depth + 1) : '_'}]`;
  if (v instanceof Struct) return adtName(adtShownName(v.def), v.def.generics.length);
  if (v instanceof Enum) {
    const d = v.def;
    if (d.builtin && (d.name === 'Option' || d.name === 'Result')) {
      if (d.name === 'Option') return `Option<${v.vi === 1 ? typeNameOf(v.f[0], depth + 1) : '_'}>`;
      return v.vi === 0 ? `Result<${typeNameOf(v.f[0], depth + 1)}, _>` : `Result<_, ${typeNameOf(v.f[0], depth + 1)}>`;
    }
    return adtName(adtShownName(d), d.generics.length);
  }
  if (v instanceof Closure) return `{closure}`;
  if (v instanceof FnV) return `fn ${v.fn.name}`;
  if (v instanceof Native) return v.cls.typeName(v.data);
  if (v === undefined) return '(moved)';
  return '?';
}

function adtName(name: string, generics: number): string {
  return generics ? `${name}<${new Array(generics).fill('_').join(', ')}>` : name;
}
