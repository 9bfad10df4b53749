// A lowered Ast as compact JSON, so a tree that never changes (std's declarations) is lowered once
// at build time instead of in every process. Objects become arrays that name their key list by
// index (a "shape"), and spans keep only their offsets: lines and characters are recomputed from
// the text on decoding. Decoding is one walk and a single JSON.parse, several times cheaper than
// parsing and lowering the text again.
import type { Ast, Span } from './ast';

/** Tags of the array forms that are not an object of a shape (shape indexes are ≥ 0). */
const ARRAY = -1;
const SPAN = -2;
const BIGINT = -3;
const UNDEFINED = -4;

const SPAN_KEYS = 'start,end,line,character,endLine,endCharacter';

type Encoded = null | boolean | number | string | Encoded[];

/**
 * One object layout: its keys in order, each written as how its value is stored. `@key` is a span
 * stored inline as two numbers (start as a difference from the previous span's start, and
 * length), `#key` a node id stored as the difference from the previous id (ids are dense and
 * mostly increasing), `=key` a string that is the same in every object of the shape (`kind`).
 */
type Shape = string[];

export interface EncodedAst {
  shapes: Shape[];
  text: string;
  /** The Ast without its text, each object as `[shape, ...values]`. */
  root: Encoded;
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).join(',') === SPAN_KEYS;
}

/** The Ast as a JSON string (`decodeAst` reads it back). The Ast must be a tree of plain data. */
export function encodeAst(ast: Ast): string {
  const shapes: Shape[] = [];
  const shapeIndex = new Map<string, number>();
  let lastStart = 0;
  let lastId = 0;
  const encode = (v: unknown): Encoded => {
    if (v === undefined) return [UNDEFINED];
    if (v === null || typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return v;
    if (typeof v === 'bigint') return [BIGINT, v.toString()];
    if (Array.isArray(v)) return [ARRAY, ...v.map(encode)];
    if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`encodeAst: not plain data: ${String(v)}`);
    const o = v as Record<string, unknown>;
    if (isSpan(o)) {
      const out: Encoded = [SPAN, o.start - lastStart, o.end - o.start];
      lastStart = o.start;
      return out;
    }
    const shape: Shape = [];
    const values: Encoded[] = [];
    for (const [k, x] of Object.entries(o)) {
      if (isSpan(x)) {
        shape.push(`@${k}`);
        values.push(x.start - lastStart, x.end - x.start);
        lastStart = x.start;
      } else if (k === 'id' && typeof x === 'number') {
        shape.push(`#${k}`);
        values.push(x - lastId);
        lastId = x;
      } else if (k === 'kind' && typeof x === 'string') {
        shape.push(`=${k}=${x}`);
      } else {
        shape.push(`:${k}`);
        values.push(encode(x));
      }
    }
    const joined = shape.join('\n');
    let index = shapeIndex.get(joined);
    if (index === undefined) {
      index = shapes.length;
      shapes.push(shape);
      shapeIndex.set(joined, index);
    }
    return [index, ...values];
  };
  const { text, ...rest } = ast;
  const root = encode(rest);
  const encoded: EncodedAst = { shapes, text, root };
  return JSON.stringify(encoded);
}

/** The Ast `encodeAst` wrote, equal to the one it was given. */
export function decodeAst(json: string): Ast {
  const { shapes, text, root } = JSON.parse(json) as EncodedAst;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  // Offsets are visited mostly in increasing order: try the last line found first.
  let lastLine = 0;
  const lineOf = (offset: number): number => {
    let lo = (lineStarts[lastLine] as number) <= offset ? lastLine : 0;
    if (lo + 1 >= lineStarts.length || (lineStarts[lo + 1] as number) > offset) return (lastLine = lo);
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return (lastLine = lo);
  };
  let lastStart = 0;
  let lastId = 0;
  const span = (delta: number, length: number): Span => {
    const start = lastStart + delta;
    lastStart = start;
    const end = start + length;
    const line = lineOf(start);
    const character = start - (lineStarts[line] as number);
    const endLine = lineOf(end);
    return { start, end, line, character, endLine, endCharacter: end - (lineStarts[endLine] as number) };
  };
  // Each shape's keys split once into how the value is stored, the key, and a constant value.
  const layouts = shapes.map((shape) => ({
    how: shape.map((k) => k[0] as string),
    keys: shape.map((k) => (k[0] === '=' ? k.slice(1, k.indexOf('=', 1)) : k.slice(1))),
    constants: shape.map((k) => (k[0] === '=' ? k.slice(k.indexOf('=', 1) + 1) : '')),
  }));
  const decode = (v: Encoded): unknown => {
    if (!Array.isArray(v)) return v;
    const tag = v[0] as number;
    switch (tag) {
      case ARRAY: {
        const out = new Array<unknown>(v.length - 1);
        for (let i = 1; i < v.length; i++) out[i - 1] = decode(v[i] as Encoded);
        return out;
      }
      case SPAN:
        return span(v[1] as number, v[2] as number);
      case BIGINT:
        return BigInt(v[1] as string);
      case UNDEFINED:
        return undefined;
      default: {
        const { how, keys, constants } = layouts[tag] as { how: string[]; keys: string[]; constants: string[] };
        const o: Record<string, unknown> = {};
        let i = 1;
        for (let k = 0; k < keys.length; k++) {
          const h = how[k];
          if (h === '@') {
            o[keys[k] as string] = span(v[i] as number, v[i + 1] as number);
            i += 2;
          } else if (h === '#') {
            lastId += v[i++] as number;
            o[keys[k] as string] = lastId;
          } else if (h === '=') o[keys[k] as string] = constants[k];
          else o[keys[k] as string] = decode(v[i++] as Encoded);
        }
        return o;
      }
    }
  };
  return { ...(decode(root) as Omit<Ast, 'text'>), text };
}
