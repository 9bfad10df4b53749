// Rust literal syntax → simulator values: integer and float suffixes, escapes in char and string
// literals, raw strings. Unsuffixed numbers take the type checker's type; one it could not type
// becomes a "flex" value that takes its type from context.
import type { SyntaxNode } from '../../parse/parser';
import { Char, FLEX_INT, Float, INT_TYPES, Int, Str, normInt, U8, Arr, Ref, type Value } from '../values';
import { Unsupported } from '../errors';
import { spanOf } from './span';
import { positionKey, type LiteralTypes } from './checkedTypes';

/** The type checker's type for an unsuffixed literal at `node`, if it has one. */
function checkedType(node: SyntaxNode, types: LiteralTypes): string | undefined {
  const a = node.startPosition;
  const b = node.endPosition;
  return types.get(positionKey(a.row, a.column, b.row, b.column));
}

const INT_SUFFIX = /(i8|i16|i32|i64|i128|isize|u8|u16|u32|u64|u128|usize)$/;
const FLOAT_SUFFIX = /(f32|f64)$/;

export function intLiteral(node: SyntaxNode, types: LiteralTypes): Value {
  let text = node.text.replace(/_/g, '');
  const isHex = /^0x/i.test(text);
  if (!isHex) {
    const f = FLOAT_SUFFIX.exec(text);
    if (f) return new Float(f[1] as 'f32' | 'f64', Number(text.slice(0, -3)));
  }
  const m = INT_SUFFIX.exec(text);
  const checked = m ? undefined : checkedType(node, types);
  const ty = m ? INT_TYPES[m[1]!]! : (checked && INT_TYPES[checked]) || FLEX_INT;
  if (m) text = text.slice(0, -m[1]!.length);
  let v: bigint;
  if (/^0[box]/i.test(text)) v = BigInt(text.toLowerCase().replace(/^0o/, '0o'));
  else v = BigInt(text);
  return normInt(ty, v);
}

export function floatLiteral(node: SyntaxNode, types: LiteralTypes): Value {
  let text = node.text.replace(/_/g, '');
  const f = FLOAT_SUFFIX.exec(text);
  if (f) {
    text = text.slice(0, -3);
    const v = Number(text);
    return new Float(f[1] as 'f32' | 'f64', f[1] === 'f32' ? Math.fround(v) : v);
  }
  const checked = checkedType(node, types);
  if (checked === 'f32' || checked === 'f64') return new Float(checked, checked === 'f32' ? Math.fround(Number(text)) : Number(text));
  return new Float('f64', Number(text), true);
}

/** Resolves the escapes of a (non-raw) string or char literal body. */
export function unescape(body: string, node: SyntaxNode): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const e = body[++i];
    switch (e) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case '0': out += '\0'; break;
      case '\\': out += '\\'; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case 'x': out += String.fromCharCode(parseInt(body.slice(i + 1, i + 3), 16)); i += 2; break;
      case 'u': {
        const end = body.indexOf('}', i);
        out += String.fromCodePoint(parseInt(body.slice(i + 2, end).replace(/_/g, ''), 16));
        i = end;
        break;
      }
      case '\n': case '\r': {
        // Line continuation: skip the newline and the next line's leading whitespace.
        while (i + 1 < body.length && /\s/.test(body[i + 1]!)) i++;
        break;
      }
      default:
        throw new Unsupported(`escape \\${e}`, spanOf(node));
    }
  }
  return out;
}

export function charLiteral(node: SyntaxNode): Value {
  const text = node.text;
  if (text.startsWith('b')) {
    const s = unescape(text.slice(2, -1), node);
    return new Int(U8, s.charCodeAt(0));
  }
  const s = unescape(text.slice(1, -1), node);
  return new Char(s.codePointAt(0)!);
}

export function stringLiteral(node: SyntaxNode): Value {
  const text = node.text;
  if (node.type === 'raw_string_literal') {
    const m = /^(b?)r(#*)"([\s\S]*)"\2$/.exec(text);
    if (!m) throw new Unsupported('raw string literal', spanOf(node));
    if (m[1]) return byteString(m[3]!);
    return new Str(m[3]!);
  }
  if (text.startsWith('b"')) return byteString(unescape(text.slice(2, -1), node));
  if (text.startsWith('c"')) throw new Unsupported('C string literal', spanOf(node));
  return new Str(unescape(text.slice(1, -1), node));
}

/** `b"..."` is a `&[u8; N]`: a reference to a static array of bytes. */
function byteString(s: string): Value {
  const items: Value[] = [];
  for (let i = 0; i < s.length; i++) items.push(new Int(U8, s.charCodeAt(i)));
  return new Ref([new Arr(items)], 0, false, null);
}
