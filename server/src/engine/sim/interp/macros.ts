// The std macros: print/format/write/panic families, the assert family and `vec!`.
import { RustPanic } from '../errors';
import type { Expr, FmtPiece, FmtSpec, Span } from '../ir';
import { ok } from '../std/builtins';
import { emit, formatPieces, FORMATTER, PLAIN, type FormatterData } from '../std/fmt';
import { writeArgs, writeDebug } from '../std/fmtWrites';
import { formattedPanic } from '../std/panicMessage';
import { newString, stringPushStr } from '../std/string';
import { newVec, vecPush } from '../std/vec';
import { layoutOfTy } from '../layout';
import { positionKey } from '../lower/checkedTypes';
import { streamOf } from '../std/io';
import { mentionsParam, type Ty } from '../types';
import { CapRef, Int, Native, Ref, Str, StringV, UNIT, big, isCopyPrimitive, type Value } from '../values';
import type { CE, Compiler } from './compile';
import type { FrameObj } from './frame';
import type { Interp } from './interp';
import { eqValues } from './ops';
import { evalArgs } from './args';

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

/**
 * `format!`'s first buffer: rustc's `Arguments::estimated_capacity` (the literal pieces' length,
 * doubled when there are arguments, none when the string starts with a short argument).
 */
function estimatedCapacity(pieces: FmtPiece[]): number {
  const litLen = pieces.reduce((n, p) => n + (typeof p === 'string' ? Buffer.byteLength(p, 'utf8') : 0), 0);
  if (pieces.every((p) => typeof p === 'string')) return litLen;
  if (typeof pieces[0] !== 'string' && litLen < 16) return 0;
  return litLen * 2;
}

/**
 * The format string as rustc compiles it: a `{}` whose argument is a string or integer literal is
 * folded into the text around it (golden runtime/heap_format_writes.rs), which decides whether
 * `format!` copies a constant and how many writes the output takes.
 */
export function foldLiterals(fmt: FmtSpec): FmtPiece[] {
  const out: FmtPiece[] = [];
  for (const p of fmt.pieces) {
    let text: string | null = typeof p === 'string' ? p : null;
    if (typeof p !== 'string' && p.trait === '' && p.width === null && p.precision === null && p.sign === '' && !p.alt && !p.zero) {
      const a = fmt.args[p.arg];
      if (a?.k === 'lit' && a.v instanceof Str) text = a.v.s;
      else if (a?.k === 'lit' && a.v instanceof Int) text = String(a.v.v);
    }
    const last = out[out.length - 1];
    if (text === null) out.push(p);
    else if (typeof last === 'string') out[out.length - 1] = last + text;
    else out.push(text);
  }
  return out;
}

/** `writeln!`'s format string: its newline joins the last literal piece, or is a piece of its own. */
function withNewline(pieces: FmtPiece[]): FmtPiece[] {
  const last = pieces[pieces.length - 1];
  return typeof last === 'string' ? [...pieces.slice(0, -1), last + '\n'] : [...pieces, '\n'];
}

export function compileFmt(C: Compiler, e: Extract<Expr, { k: 'fmt' }>): CE {
  const I = C.I;
  const sp = e.sp;
  const pieces = e.fmt ? foldLiterals(e.fmt) : [];
  const args = (e.fmt?.args ?? []).map((a) => C.read(a));
  const render = (f: Parameters<CE>[0]): string => {
    if (!e.fmt) return '';
    const vals = evalArgs(args, f);
    return formatPieces(I, pieces, vals);
  };
  const hasArgs = pieces.some((p) => typeof p !== 'string');
  /** A panic macro's message: a constant one is a `&'static str`, one with arguments is formatted into a `String`. */
  const panicWith = (f: Parameters<CE>[0], prefix: string, glued: boolean): RustPanic => {
    if (!e.fmt) return payload(new RustPanic(prefix.replace(/: $/, ''), sp), []);
    const vals = evalArgs(args, f);
    if (!hasArgs && (glued || !prefix)) return payload(new RustPanic(prefix + formatPieces(I, pieces, vals), sp), pieces);
    // `unreachable!` glues its prefix to the format string; `todo!`/`unimplemented!` format theirs around it.
    const first = pieces[0];
    const all: FmtPiece[] = glued && typeof first === 'string' ? [prefix + first, ...pieces.slice(1)] : [prefix, ...pieces];
    return formattedPanic(I, (sink) => writeArgs(I, all, vals, sink), sp);
  };
  switch (e.mac) {
    case 'println': return (f) => (I.write('stdout', render(f) + '\n'), UNIT);
    case 'print': return (f) => (I.write('stdout', render(f)), UNIT);
    case 'eprintln': return (f) => (I.write('stderr', render(f) + '\n'), UNIT);
    case 'eprint': return (f) => (I.write('stderr', render(f)), UNIT);
    case 'format': return (f) => {
      const vals = evalArgs(args, f);
      // The buffer is allocated before any argument is formatted, then grows write by write.
      const s = newString(I, '', estimatedCapacity(pieces));
      writeArgs(I, pieces, vals, (t) => stringPushStr(I, s, t));
      return s;
    };
    case 'panic': return (f) => {
      throw e.fmt ? panicWith(f, '', true) : payload(new RustPanic('explicit panic', sp), []);
    };
    case 'unreachable': return (f) => {
      throw panicWith(f, 'internal error: entered unreachable code: ', true);
    };
    case 'todo': return (f) => {
      // std's message for `todo!()` (golden runtime/panic_unreachable_todo.rs).
      throw panicWith(f, 'not yet implemented: ', false);
    };
    case 'unimplemented': return (f) => {
      // rustc's message for `unimplemented!()`.
      throw panicWith(f, 'not implemented: ', false);
    };
    case 'write': case 'writeln': {
      const target = C.read(e.target!);
      const nl = e.mac === 'writeln' ? '\n' : '';
      const written = e.mac === 'writeln' ? withNewline(pieces) : pieces;
      return (f) => {
        const t = deref(target(f));
        if (t instanceof Native && t.cls === FORMATTER) {
          const d = t.data as FormatterData;
          writeArgs(I, written, evalArgs(args, f), (x) => emit(d, x));
          return ok(UNIT);
        }
        if (t instanceof StringV) {
          writeArgs(I, written, evalArgs(args, f), (x) => stringPushStr(I, t, x));
          return ok(UNIT);
        }
        const s = render(f) + nl;
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
  const customPieces = custom ? foldLiterals(custom) : [];
  const msgArgs = custom ? custom.args.map((a) => C.read(a)) : [];
  if (e.mac === 'assert' || e.mac === 'debug_assert') {
    const cond = C.scoped(C.value(e.args[0]!));
    const text = ((e.args[1] as Extract<Expr, { k: 'lit' }>).v as Str).s;
    return (f) => {
      if (cond(f) === true) return UNIT;
      if (!custom) throw payload(new RustPanic(`assertion failed: ${text}`, sp), []);
      const vals = msgArgs.map((a) => a(f));
      if (customPieces.every((p) => typeof p === 'string')) throw payload(new RustPanic(formatPieces(I, customPieces, vals), sp), customPieces);
      throw formattedPanic(I, (sink) => writeArgs(I, customPieces, vals, sink), sp);
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
    // core's `assert_failed`: one format string around the operator, the message and both sides.
    throw formattedPanic(I, (sink) => {
      sink('assertion `left ');
      sink(op);
      if (custom) {
        sink(' right` failed: ');
        writeArgs(I, customPieces, msgArgs.map((a) => a(f)), sink);
      } else sink(' right` failed');
      sink('\n  left: ');
      writeDebug(I, x, PLAIN, sink);
      sink('\n right: ');
      writeDebug(I, y, PLAIN, sink);
    }, sp);
  };
}

/**
 * The payload a panic hands to `join`: std passes a message without runtime arguments as
 * `&'static str` and formats anything else into a `String` (`pieces` null: always formatted).
 */
function payload(p: RustPanic, pieces: (string | object)[]): RustPanic {
  p.payload = pieces.every((x) => typeof x === 'string') ? 'str' : 'String';
  return p;
}

function elemTy(expect: Ty | null): Ty | undefined {
  const t = expect && expect.k === 'path' && expect.name === 'Vec' ? expect.args[0] : undefined;
  return t && t.k !== 'infer' ? t : undefined;
}

/**
 * A `vec!`'s element type: the checker's, else the context's; in a generic body (`vec![T::default()]`)
 * a function giving it with the running call's arguments for the body's parameters.
 */
function vecElemTy(C: Compiler, e: { sp: Span }, expect: Ty | null): Ty | (() => Ty | undefined) | undefined {
  const t = elemTy(C.prog.callTypes.get(positionKey(e.sp.l, e.sp.c, e.sp.el, e.sp.ec)) ?? null) ?? elemTy(expect);
  if (!t || !mentionsParam(t)) return t;
  const I = C.I;
  return () => {
    const c = I.concreteTy(t);
    return mentionsParam(c) ? undefined : c;
  };
}

export function compileVec(C: Compiler, e: Extract<Expr, { k: 'vec' }>, expect: Ty | null): CE {
  const I = C.I;
  const elem = vecElemTy(C, e, expect);
  const written = typeof elem === 'function' ? undefined : elem;
  const items = e.items.map((x) => C.value(x, written ?? null, 'a `vec!` element'));
  // `vec![a, b]` is `box_new([a, b])`: the buffer is allocated first and the elements are written
  // into it as they are evaluated. Without a known element type its size waits for the values.
  const sized = (et: Ty | undefined): et is Ty => et !== undefined && items.length > 0 && layoutOfTy(et, I.prog) !== null;
  const build = (f: FrameObj, et: Ty | undefined, known: boolean): Value => {
    if (!known) {
      const vals = items.map((x) => x(f));
      return newVec(I, vals, vals.length, et);
    }
    const v = newVec(I, [], items.length, et);
    const vals = v.block.items;
    try {
      for (const x of items) {
        vals.push(x(f));
        I.touch(v.block);
      }
    } catch (err) {
      if (!(err instanceof RustPanic)) throw err;
      // Unwinding drops the elements written so far, last first, then frees the buffer.
      I.reportPanic(err);
      while (vals.length) I.drop(vals.pop(), 'unwind', 'element', 'a `vec!` element, dropped as the panic unwinds');
      I.drop(v, 'unwind', 'vec', 'the `vec!` buffer, freed as the panic unwinds');
      throw err;
    }
    return v;
  };
  if (typeof elem === 'function') {
    return (f) => {
      const et = elem();
      return build(f, et, sized(et));
    };
  }
  const known = sized(elem);
  return (f) => build(f, elem, known);
}

export function compileVecRepeat(C: Compiler, e: Extract<Expr, { k: 'vecRepeat' }>, expect: Ty | null): CE {
  const I = C.I;
  const elem = vecElemTy(C, e, expect);
  const value = C.value(e.value, typeof elem === 'function' ? null : elem ?? null);
  const len = C.value(e.len, { k: 'path', name: 'usize', segs: ['usize'], args: [], text: 'usize' });
  return (f) => {
    const et = typeof elem === 'function' ? elem() : elem;
    const x = value(f);
    const n = Number(big(len(f) as Int));
    I.holdElements(n, e.sp);
    if (isCopyPrimitive(x)) {
      // Immutable element values can share one object; the buffer is still n elements.
      return newVec(I, new Array<Value>(n).fill(x), n, et);
    }
    const v = newVec(I, [], n, et);
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
