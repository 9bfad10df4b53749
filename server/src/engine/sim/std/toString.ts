// `ToString::to_string` sizes its `String` as std's specializations do (golden
// runtime/heap_to_string.rs): string slices (behind any number of `&`), `String`, `char` and
// `bool` exactly; unsigned integers exactly; signed integers to the widest value of their type
// (`i32`: 10 bytes, 11 for a negative one). Every other type goes through `Display` into a
// `String` that starts empty and grows at each write.
import type { Interp } from '../interp/interp';
import { CapRef, Char, Int, Ref, Str, StringV, type Value } from '../values';
import { display, PLAIN } from './fmt';
import { writeDisplay } from './fmtWrites';
import { newString, stringPushStr } from './string';

export function toString(I: Interp, self: Value): StringV {
  let v = self;
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  if (v instanceof Int) {
    const text = display(I, v);
    // An integer whose type the program never fixed is an `i32`.
    if (v.ty.signed || v.ty.flex) return newString(I, text, signedCapacity(v.ty.flex ? 32 : v.ty.bits, text));
    return newString(I, text, null);
  }
  if (v instanceof Str || v instanceof StringV || v instanceof Char || typeof v === 'boolean') return newString(I, display(I, v), null);
  const s = newString(I, '', 0);
  writeDisplay(I, self, PLAIN, (t) => stringPushStr(I, s, t));
  return s;
}

/** The digits of the type's largest value, and one more for the sign of a negative number. */
function signedCapacity(bits: number, text: string): number {
  const digits = (2n ** BigInt(bits - 1) - 1n).toString().length;
  return text.startsWith('-') ? digits + 1 : digits;
}
