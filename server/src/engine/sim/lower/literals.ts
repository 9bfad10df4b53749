// The Ast's literals → simulator values. Unsuffixed numbers take the type checker's type; one it
// could not type becomes a "flex" value that takes its type from context.
import type * as A from '../../syntax/ast';
import { Char, FLEX_INT, Float, INT_TYPES, Int, Str, normInt, U8, Arr, Ref, type Value } from '../values';
import { Unsupported } from '../errors';
import { spanOf } from './span';
import { positionKey, type LiteralTypes } from './checkedTypes';

/** The type checker's type for an unsuffixed literal, if it has one. */
function checkedType(lit: A.Lit, types: LiteralTypes): string | undefined {
  const s = lit.span;
  return types.get(positionKey(s.line, s.character, s.endLine, s.endCharacter));
}

export function literalValue(lit: A.Lit, types: LiteralTypes): Value {
  switch (lit.kind) {
    case 'Int': {
      const ty = lit.suffix ? INT_TYPES[lit.suffix]! : (INT_TYPES[checkedType(lit, types) ?? ''] ?? FLEX_INT);
      return normInt(ty, lit.value);
    }
    case 'Float': {
      const ty = lit.suffix ?? checkedType(lit, types);
      if (ty === 'f32') return new Float('f32', Math.fround(lit.value));
      if (ty === 'f64') return new Float('f64', lit.value);
      return new Float('f64', lit.value, true);
    }
    case 'Bool':
      return lit.value;
    case 'Char':
      return new Char(lit.value.codePointAt(0)!);
    case 'Byte':
      return new Int(U8, lit.value);
    case 'Str':
      return new Str(lit.value);
    case 'ByteStr':
      return byteString(lit.value);
    case 'CStr':
      throw new Unsupported('C string literal', spanOf(lit.span));
  }
}

/** `b"..."` is a `&[u8; N]`: a reference to a static array of bytes. */
function byteString(bytes: Uint8Array): Value {
  const items: Value[] = [];
  for (const b of bytes) items.push(new Int(U8, b));
  return new Ref([new Arr(items)], 0, false, null);
}
