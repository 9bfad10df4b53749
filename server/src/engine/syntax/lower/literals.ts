// Literal tokens → values. Escapes are decoded here, once; `unescape` also reports where each
// decoded character came from, so a name inside a format string gets its exact span.
import type { IntSuffix, Lit, Span } from '../ast';

const INT_SUFFIXES: readonly IntSuffix[] = ['i128', 'isize', 'i16', 'i32', 'i64', 'i8', 'u128', 'usize', 'u16', 'u32', 'u64', 'u8'];

/** The values of the small literals most programs write (`0`, `1`, `10`): no BigInt parse for them. */
const SMALL_INTS: readonly bigint[] = Array.from({ length: 1024 }, (_, i) => BigInt(i));

/** The value of a literal of decimal digits only and at most 15 of them; undefined for any other. */
function plainDecimal(text: string): bigint | undefined {
  if (text.length > 15) return undefined;
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return n < SMALL_INTS.length ? SMALL_INTS[n] : BigInt(n);
}

export function intLit(text: string, span: Span): Lit | undefined {
  const plain = text.length > 0 ? plainDecimal(text) : undefined;
  if (plain !== undefined) return { kind: 'Int', value: plain, suffix: undefined, span };
  let body = text.replace(/_/g, '');
  let suffix: IntSuffix | undefined;
  const isHex = /^0x/i.test(body);
  for (const s of INT_SUFFIXES) {
    if (body.endsWith(s) && body.length > s.length) {
      suffix = s;
      body = body.slice(0, -s.length);
      break;
    }
  }
  // `1f32` is a float literal spelled like an integer.
  if (!isHex && /^[0-9]+f(32|64)$/.test(body)) return floatLit(text, span);
  try {
    const value = /^0[bo]/i.test(body) ? BigInt(body.toLowerCase()) : BigInt(body);
    return { kind: 'Int', value, suffix, span };
  } catch {
    return undefined;
  }
}

export function floatLit(text: string, span: Span): Lit {
  let body = text.replace(/_/g, '');
  let suffix: 'f32' | 'f64' | undefined;
  if (body.endsWith('f32') || body.endsWith('f64')) {
    suffix = body.slice(-3) as 'f32' | 'f64';
    body = body.slice(0, -3);
  }
  return { kind: 'Float', value: Number(body), text, suffix, span };
}

export interface Unescaped {
  value: string;
  /**
   * `from[i]`: offset (in the literal's own text) of the source of `value[i]`; one extra entry for
   * the end. Undefined when the body has no escape: `value[i]` then comes from `base + i`.
   */
  from?: number[];
}

/** Decodes the escapes of a (byte) string or char body; `base` is where `body` starts inside the literal's text. */
export function unescape(body: string, base: number): Unescaped | undefined {
  // Most literals have no escape: the value is the body, each unit from its own offset.
  if (!/[\\\r]/.test(body)) return { value: body };
  let value = '';
  const from: number[] = [];
  const put = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) from.push(at);
    value += s;
  };
  for (let i = 0; i < body.length; ) {
    const ch = body[i]!;
    if (ch === '\r' && body[i + 1] === '\n') {
      // CRLF inside a literal is a newline in the value, as rustc reads it.
      put('\n', base + i);
      i += 2;
      continue;
    }
    if (ch !== '\\') {
      put(ch, base + i);
      i++;
      continue;
    }
    const at = base + i;
    const next = body[i + 1];
    switch (next) {
      case 'n': put('\n', at); i += 2; break;
      case 't': put('\t', at); i += 2; break;
      case 'r': put('\r', at); i += 2; break;
      case '0': put('\0', at); i += 2; break;
      case '\\': put('\\', at); i += 2; break;
      case "'": put("'", at); i += 2; break;
      case '"': put('"', at); i += 2; break;
      case 'x': {
        const hex = body.slice(i + 2, i + 4);
        if (!/^[0-9a-fA-F]{2}$/.test(hex)) return undefined;
        put(String.fromCharCode(parseInt(hex, 16)), at);
        i += 4;
        break;
      }
      case 'u': {
        const m = /^\{([0-9a-fA-F_]{1,8})\}/.exec(body.slice(i + 2));
        if (!m) return undefined;
        const cp = parseInt(m[1]!.replace(/_/g, ''), 16);
        if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
        put(String.fromCodePoint(cp), at);
        i += 2 + m[0].length;
        break;
      }
      case '\n':
      case '\r': {
        // A line continuation: the newline and the next line's leading whitespace are skipped.
        i += 1;
        while (i < body.length && /[ \t\n\r]/.test(body[i]!)) i++;
        break;
      }
      default:
        return undefined;
    }
  }
  from.push(base + body.length);
  return { value, from };
}

/** A string-like literal's text → its value and where its body starts (`"…"`, `r#"…"#`, `b"…"`, `c"…"`). */
export function stringBody(text: string): { prefix: string; raw: boolean; body: string; bodyStart: number } | undefined {
  const m = /^([bc]?)(r?)(#*)"/.exec(text);
  if (!m) return undefined;
  const open = m[0].length;
  const close = 1 + m[3]!.length;
  if (text.length < open + close) return undefined;
  return { prefix: m[1]!, raw: m[2] === 'r', body: text.slice(open, text.length - close), bodyStart: open };
}

/**
 * The value of each `"…"` literal text met lately: a program writes the same strings (its format
 * templates above all) many times, and a value depends on the text alone. Bounded.
 */
const strValues = new Map<string, { value: string; raw: boolean }>();
const STR_VALUES_MAX = 4096;

export function stringLit(text: string, span: Span): Lit | undefined {
  const known = strValues.get(text);
  if (known !== undefined) return { kind: 'Str', value: known.value, raw: known.raw, span };
  const s = stringBody(text);
  if (!s) return undefined;
  const decoded = s.raw ? { value: s.body.replace(/\r\n/g, '\n') } : unescape(s.body, s.bodyStart);
  if (!decoded) return undefined;
  if (s.prefix === '') {
    if (strValues.size >= STR_VALUES_MAX) strValues.clear();
    strValues.set(text, { value: decoded.value, raw: s.raw });
    return { kind: 'Str', value: decoded.value, raw: s.raw, span };
  }
  const bytes = s.prefix === 'b' ? Uint8Array.from(decoded.value, (ch) => ch.charCodeAt(0)) : new TextEncoder().encode(decoded.value);
  return s.prefix === 'b' ? { kind: 'ByteStr', value: bytes, raw: s.raw, span } : { kind: 'CStr', value: bytes, span };
}

export function charLit(text: string, span: Span): Lit | undefined {
  const isByte = text.startsWith('b');
  const body = text.slice(isByte ? 2 : 1, -1);
  const decoded = unescape(body, 0);
  if (!decoded) return undefined;
  if (isByte) return { kind: 'Byte', value: decoded.value.charCodeAt(0), span };
  return { kind: 'Char', value: decoded.value, span };
}
