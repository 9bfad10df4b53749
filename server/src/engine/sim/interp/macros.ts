// The std macros: print/format/write/panic families, the assert family and `vec!`.
import { RustPanic } from '../errors';
import type { Expr, Span } from '../ir';
import { ok } from '../std/builtins';
import { debug, formatPieces, FORMATTER, type FormatterData } from '../std/fmt';
import { newString, stringPushStr } from '../std/string';
import { newVec, vecPush } from '../std/vec';
import { streamOf } from '../std/io';
import type { Ty } from '../types';
import { CapRef, Int, Native, Ref, Str, StringV, UNIT, big, isCopyPrimitive, type Value } from '../values';
import type { CE, Compiler } from './compile';
import type { Interp } from './interp';
import { eqValues } from './ops';

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

/** `format!` capacity: rustc's `Arguments::estimated_capacity`, then growth as text is written. */
function formatCapacity(pieces: (string | object)[], hasArgs: boolean, outLen: number): number {
  const lits = pieces.filter((p): p is string => typeof p === 'string');
  const litLen = lits.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0);
  let cap: number;
  if (!hasArgs) cap = litLen;
  else if (typeof pieces[0] !== 'string' && litLen < 16) cap = 0;
  else cap = litLen * 2;
  let len = 0;
  const grow = (add: number) => {
    if (len + add > cap) cap = Math.max(cap * 2, len + add, 8);
    len += add;
  };
  if (!hasArgs) return litLen;
  grow(0);
  if (outLen > cap) grow(outLen);
  return cap;
}

export function compileFmt(C: Compiler, e: Extract<Expr, { k: 'fmt' }>): CE {
  const I = C.I;
  const sp = e.sp;
  const pieces = e.fmt?.pieces ?? [];
  const args = (e.fmt?.args ?? []).map((a) => C.read(a));
  const render = (f: Parameters<CE>[0]): string => {
    if (!e.fmt) return '';
    const vals = args.map((a) => a(f));
    return formatPieces(I, pieces, vals);
  };
  switch (e.mac) {
    case 'println': return (f) => (I.write('stdout', render(f) + '\n'), UNIT);
    case 'print': return (f) => (I.write('stdout', render(f)), UNIT);
    case 'eprintln': return (f) => (I.write('stderr', render(f) + '\n'), UNIT);
    case 'eprint': return (f) => (I.write('stderr', render(f)), UNIT);
    case 'format': return (f) => {
      const s = render(f);
      const hasArgs = pieces.some((p) => typeof p !== 'string');
      return newString(I, s, formatCapacity(pieces, hasArgs, Buffer.byteLength(s, 'utf8')));
    };
    case 'panic': return (f) => {
      throw payload(new RustPanic(e.fmt ? render(f) : 'explicit panic', sp), pieces);
    };
    case 'unreachable': return (f) => {
      throw payload(new RustPanic('internal error: entered unreachable code' + (e.fmt ? ': ' + render(f) : ''), sp), pieces);
    };
    case 'todo': return (f) => {
      // std's message for `todo!()` (golden runtime/panic_unreachable_todo.rs).
      throw payload(new RustPanic('not yet implemented' + (e.fmt ? ': ' + render(f) : ''), sp), pieces);
    };
    case 'unimplemented': return (f) => {
      // rustc's message for `unimplemented!()`.
      throw payload(new RustPanic(['not', 'implemented'].join(' ') + (e.fmt ? ': ' + render(f) : ''), sp), pieces);
    };
    case 'write': case 'writeln': {
      const target = C.read(e.target!);
      const nl = e.mac === 'writeln' ? '\n' : '';
      return (f) => {
        const t = deref(target(f));
        const s = render(f) + nl;
        if (t instanceof Native && t.cls === FORMATTER) {
          (t.data as FormatterData).out += s;
          return ok(UNIT);
        }
        if (t instanceof StringV) {
          stringPushStr(I, t, s);
          return ok(UNIT);
        }
        const stream = streamOf(t);
        if (stream) {
          I.write(stream.stream, s);
          return ok(UNIT);
        }
        return I.unsupported(`\`${e.mac}!\` to \`${I.typeName(t)}\``, sp);
      };
    }
    default:
      return () => I.unsupported(`macro \`${e.mac}!\``, sp);
  }
}

export function compileAssert(C: Compiler, e: Extract<Expr, { k: 'assert' }>): CE {
  const I = C.I;
  const sp = e.sp;
  const custom = e.fmt;
  const msgArgs = custom ? custom.args.map((a) => C.read(a)) : [];
  const message = (f: Parameters<CE>[0]): string | null => (custom ? formatPieces(I, custom.pieces, msgArgs.map((a) => a(f))) : null);
  if (e.mac === 'assert' || e.mac === 'debug_assert') {
    const cond = C.scoped(C.value(e.args[0]!));
    const text = ((e.args[1] as Extract<Expr, { k: 'lit' }>).v as Str).s;
    return (f) => {
      if (cond(f) === true) return UNIT;
      const m = message(f);
      throw payload(new RustPanic(m ?? `assertion failed: ${text}`, sp), custom?.pieces ?? []);
    };
  }
  const a = C.read(e.args[0]!);
  const b = C.read(e.args[1]!);
  const eq = e.mac.endsWith('eq');
  const op = eq ? '==' : '!=';
  return (f) => {
    const x = a(f);
    const y = b(f);
    if (eqValues(I, x, y) === eq) return UNIT;
    const m = message(f);
    const head = `assertion \`left ${op} right\` failed${m !== null ? ': ' + m : ''}`;
    throw payload(new RustPanic(`${head}\n  left: ${debug(I, x)}\n right: ${debug(I, y)}`, sp), null);
  };
}

/**
 * The payload a panic hands to `join`: std passes a message without runtime arguments as
 * `&'static str` and formats anything else into a `String` (`pieces` null: always formatted).
 */
function payload(p: RustPanic, pieces: (string | object)[] | null): RustPanic {
  p.payload = pieces !== null && pieces.every((x) => typeof x === 'string') ? 'str' : 'String';
  return p;
}

function elemTy(expect: Ty | null): Ty | undefined {
  const t = expect && expect.k === 'path' && expect.name === 'Vec' ? expect.args[0] : undefined;
  return t && t.k !== 'infer' && t.k !== 'param' ? t : undefined;
}

export function compileVec(C: Compiler, e: Extract<Expr, { k: 'vec' }>, expect: Ty | null): CE {
  const I = C.I;
  const et = elemTy(expect);
  const items = e.items.map((x) => C.value(x, et ?? null, 'a `vec!` element'));
  return (f) => {
    const vals = items.map((x) => x(f));
    return newVec(I, vals, vals.length, et);
  };
}

export function compileVecRepeat(C: Compiler, e: Extract<Expr, { k: 'vecRepeat' }>, expect: Ty | null): CE {
  const I = C.I;
  const et = elemTy(expect);
  const value = C.value(e.value, et ?? null);
  const len = C.value(e.len, { k: 'path', name: 'usize', segs: ['usize'], args: [], text: 'usize' });
  return (f) => {
    const x = value(f);
    const n = Number(big(len(f) as Int));
    if (isCopyPrimitive(x)) {
      // Immutable element values can share one object; the buffer is still n elements.
      return newVec(I, new Array<Value>(n).fill(x), n, et);
    }
    const v = newVec(I, [], n, et, x);
    if (n === 0) {
      I.drop(x, 'temporary', 'element', '`vec![x; 0]` drops x');
      return v;
    }
    // `vec![x; n]` clones x n-1 times and moves x into the last slot.
    for (let i = 0; i < n - 1; i++) vecPush(I, v, I.clone(x));
    vecPush(I, v, x);
    return v;
  };
}

export function panicAt(I: Interp, message: string, sp: Span): never {
  void I;
  throw new RustPanic(message, sp);
}
