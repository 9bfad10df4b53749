// Conversions that hand a heap buffer to another type: `String::from_utf8` (and its unchecked
// form) takes the `Vec<u8>`'s buffer, `String::into_bytes` gives it back, `into_boxed_str` shrinks
// it into a `Box<str>` and `Box<str>::into_string` makes it a `String` again; the `From` impls
// between them do the same, and `Box<[T]>::into_vec` gives a boxed slice's buffer back to a `Vec`. std moves the pointer, so the allocator sees nothing (beyond the
// shrink): the block keeps its id and from that step on holds the new type (`Interp.retype`).
import type { Interp } from '../interp/interp';
import { stdTy } from '../layout';
import { BoxV, Int, Str, StringV, U8, VecV, num, type Value } from '../values';
import { ok } from './builtins';
import { defineMethods, definePath, method } from './registry';

/** `String::into_bytes`, `Vec::from(String)`: the string's buffer, as its bytes. */
export function bytesOfString(I: Interp, s: StringV): VecV {
  const b = s.block;
  b.items = Array.from(Buffer.from(b.text, 'utf8'), (x) => new Int(U8, x));
  b.setText('');
  b.bytes = 0;
  b.elemSize = 1;
  I.retype(b, 'vec', '[u8]');
  return new VecV(b, stdTy(I.prog, 'u8'));
}

/**
 * `String::from_utf8`: the vector's buffer as a `String`. Bytes that are not UTF-8 are its
 * `FromUtf8Error` (which hands the vector back), not modelled; for `from_utf8_unchecked` they
 * would be undefined behaviour.
 */
function stringOfBytes(I: Interp, v: Value, fn: string): StringV {
  if (!(v instanceof VecV)) return I.unsupported(`\`${fn}\` of \`${I.typeName(v)}\``);
  const b = v.block;
  const bytes = b.items.map((x) => num(x as Int));
  const text = Buffer.from(bytes).toString('utf8');
  const back = Buffer.from(text, 'utf8');
  if (back.length !== bytes.length || bytes.some((x, i) => back[i] !== x)) return I.unsupported(`\`${fn}\` of bytes that are not UTF-8${fn === 'String::from_utf8' ? ' (its `FromUtf8Error`)' : ''}`);
  b.items = [];
  b.setText(text);
  b.bytes = bytes.length;
  I.retype(b, 'string', 'str');
  return new StringV(b);
}

/** `into_boxed_str`, `Box<str>::from(String)`: the buffer shrinks to the length and becomes the box's allocation. */
export function boxStrOfString(I: Interp, s: StringV): BoxV {
  const b = s.block;
  if (b.cap > b.bytes) I.resize(b, b.bytes, 1);
  b.items = [new Str(b.text)];
  b.setText('');
  I.retype(b, 'box', 'str');
  return new BoxV(b);
}

/** A `Box<str>` whose allocation `boxStrOfString` made (a `String`'s buffer), else null. */
function boxedStr(v: Value): Str | null {
  if (!(v instanceof BoxV) || v.block.kind !== 'box') return null;
  const s = v.block.items[0];
  return s instanceof Str && v.block.type === 'str' ? s : null;
}

/** `Box<str>::into_string`, `String::from(Box<str>)`: the box's allocation, exactly its length, is the string's buffer. */
export function stringOfBoxStr(I: Interp, v: Value): StringV | null {
  const s = boxedStr(v);
  if (!s) return null;
  const b = (v as BoxV).block;
  const n = Buffer.byteLength(s.s, 'utf8');
  // Only a box whose block is the text's own bytes: another `Box<str>` is not drawn as its buffer.
  if (b.id !== 0 && b.size !== n) return I.unsupported('`Box<str>` made other than by `into_boxed_str`, turned into a `String`');
  b.items = [];
  b.setText(s.s);
  b.bytes = n;
  b.cap = n;
  I.retype(b, 'string', 'str');
  return new StringV(b);
}

definePath('String::from_utf8', (I, [v]) => ok(stringOfBytes(I, v as Value, 'String::from_utf8')));
definePath('String::from_utf8_unchecked', (I, [v]) => stringOfBytes(I, v as Value, 'String::from_utf8_unchecked'));

defineMethods('String', {
  into_bytes: method('value', (I, self) => bytesOfString(I, self as StringV)),
  into_boxed_str: method('value', (I, self) => boxStrOfString(I, self as StringV)),
});

// A boxed slice is held as the `Vec` whose buffer it took (`into_boxed_slice`): the vector takes it back.
defineMethods('Vec', {
  into_vec: method('value', (_I, self) => self),
});

defineMethods('Box', {
  into_string: method('value', (I, self) => stringOfBoxStr(I, self) ?? I.unsupported(`\`into_string\` on \`${I.typeName(self)}\``)),
});
