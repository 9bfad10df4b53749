// Lowered syntax as compact JSON, so a tree that never changes (std's declarations) is lowered
// once at build time instead of in every process. The syntax is cut into parts (std's items), each
// written as its own list of integers (plus tables of the strings it names and of the object
// layouts, shared by all parts): each object as the index of its "shape" (its key list) followed by
// its values, spans as two offsets (lines and characters are recomputed from the text). A part is
// decoded on its own, when first asked for, so a process pays only for the parts it uses; decoding
// allocates nothing but the nodes themselves.
import type { Span } from './ast';
/** Value tags in the integer stream (shape indexes are ≥ 0). */
const ARRAY = -1;
const SPAN = -2;
const BIGINT = -3;
const UNDEFINED = -4;
const NULL = -5;
const FALSE = -6;
const TRUE = -7;
const INT = -8;
const STRING = -9;
const NUMBER = -10;

const SPAN_KEYS = 'start,end,line,character,endLine,endCharacter';

/**
 * One object layout: its keys in order, each prefixed by how its value is stored. `@key` is a span
 * stored inline as two numbers (start as a difference from the previous span's start, and
 * length), `#key` a node id stored as the difference from the previous id (ids are dense and
 * mostly increasing), `=key=value` a string that is the same in every object of the shape
 * (`kind`), `:key` any value.
 */
type Shape = string[];

export interface EncodedParts {
  shapes: Shape[];
  strings: string[];
  /** The source text every span points into. */
  text: string;
  /** Each part's integers, comma-separated (parsed only when the part is decoded). */
  parts: string[];
}

function isSpan(v: unknown): v is Span {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).join(',') === SPAN_KEYS;
}

/**
 * The parts (trees of plain data: nodes, arrays, spans, primitives, bigints) and the text their
 * spans point into, for `PartDecoder`. Span starts and node ids are written as differences from
 * the previous ones, starting again at 0 in each part, so a part decodes without the others.
 */
export function encodeParts(parts: readonly unknown[], text: string): EncodedParts {
  const shapes: Shape[] = [];
  const shapeIndex = new Map<string, number>();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  let ints: number[] = [];
  let lastStart = 0;
  let lastId = 0;
  const str = (x: string): number => {
    let i = stringIndex.get(x);
    if (i === undefined) {
      i = strings.length;
      strings.push(x);
      stringIndex.set(x, i);
    }
    return i;
  };
  const span = (x: Span): void => {
    ints.push(x.start - lastStart, x.end - x.start);
    lastStart = x.start;
  };
  const encode = (v: unknown): void => {
    if (v === undefined) ints.push(UNDEFINED);
    else if (v === null) ints.push(NULL);
    else if (v === false) ints.push(FALSE);
    else if (v === true) ints.push(TRUE);
    else if (typeof v === 'number') {
      if (Number.isInteger(v) && Math.abs(v) < 2 ** 30) ints.push(INT, v);
      else ints.push(NUMBER, str(String(v)));
    } else if (typeof v === 'string') ints.push(STRING, str(v));
    else if (typeof v === 'bigint') ints.push(BIGINT, str(v.toString()));
    else if (Array.isArray(v)) {
      ints.push(ARRAY, v.length);
      for (const x of v) encode(x);
    } else if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype) throw new Error(`encodeParts: not plain data: ${String(v)}`);
    else if (isSpan(v)) {
      ints.push(SPAN);
      span(v);
    } else {
      const entries = Object.entries(v);
      const shape: Shape = entries.map(([k, x]) => (isSpan(x) ? `@${k}` : k === 'id' && typeof x === 'number' ? `#${k}` : k === 'kind' && typeof x === 'string' ? `=${k}=${x}` : `:${k}`));
      const joined = shape.join('\n');
      let index = shapeIndex.get(joined);
      if (index === undefined) {
        index = shapes.length;
        shapes.push(shape);
        shapeIndex.set(joined, index);
      }
      ints.push(index);
      for (const [i, [, x]] of entries.entries()) {
        const how = shape[i]![0];
        if (how === '@') span(x as Span);
        else if (how === '#') {
          ints.push((x as number) - lastId);
          lastId = x as number;
        } else if (how === ':') encode(x);
      }
    }
  };
  const out: string[] = [];
  for (const part of parts) {
    ints = [];
    lastStart = 0;
    lastId = 0;
    encode(part);
    out.push(ints.join(','));
  }
  return { shapes, strings, text, parts: out };
}

interface Layout {
  how: string[];
  keys: string[];
  constants: string[];
}

/** Decodes the parts `encodeParts` wrote, each equal to the one it was given, one at a time. */
export class PartDecoder {
  private readonly layouts: Layout[];
  private readonly lineStarts: number[] = [0];

  constructor(private readonly encoded: EncodedParts) {
    const text = encoded.text;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    // Each shape's keys split once into how the value is stored, the key, and a constant value.
    this.layouts = encoded.shapes.map((shape) => ({
      how: shape.map((k) => k[0] as string),
      keys: shape.map((k) => (k[0] === '=' ? k.slice(1, k.indexOf('=', 1)) : k.slice(1))),
      constants: shape.map((k) => (k[0] === '=' ? k.slice(k.indexOf('=', 1) + 1) : '')),
    }));
  }

  get count(): number {
    return this.encoded.parts.length;
  }

  part(index: number): unknown {
    const { strings } = this.encoded;
    const ints = JSON.parse(`[${this.encoded.parts[index] ?? ''}]`) as number[];
    const lineStarts = this.lineStarts;
    const layouts = this.layouts;
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
    let at = 0;
    let lastStart = 0;
    let lastId = 0;
    const span = (): Span => {
      const start = lastStart + (ints[at++] as number);
      const end = start + (ints[at++] as number);
      lastStart = start;
      const line = lineOf(start);
      const endLine = lineOf(end);
      return { start, end, line, character: start - (lineStarts[line] as number), endLine, endCharacter: end - (lineStarts[endLine] as number) };
    };
    const decode = (): unknown => {
      const tag = ints[at++] as number;
      switch (tag) {
        case ARRAY: {
          const out = new Array<unknown>(ints[at++] as number);
          for (let i = 0; i < out.length; i++) out[i] = decode();
          return out;
        }
        case SPAN: return span();
        case BIGINT: return BigInt(strings[ints[at++] as number] as string);
        case UNDEFINED: return undefined;
        case NULL: return null;
        case FALSE: return false;
        case TRUE: return true;
        case INT: return ints[at++];
        case STRING: return strings[ints[at++] as number];
        case NUMBER: return Number(strings[ints[at++] as number]);
        default: {
          const { how, keys, constants } = layouts[tag] as Layout;
          const o: Record<string, unknown> = {};
          for (let k = 0; k < keys.length; k++) {
            const h = how[k];
            if (h === '@') o[keys[k] as string] = span();
            else if (h === '#') o[keys[k] as string] = lastId += ints[at++] as number;
            else if (h === '=') o[keys[k] as string] = constants[k];
            else o[keys[k] as string] = decode();
          }
          return o;
        }
      }
    };
    return decode();
  }
}
