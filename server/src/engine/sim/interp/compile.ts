/**
 * IR → JS closures. Each expression is compiled once into a function of the frame; running the
 * program is calling those functions. Three compilation modes mirror Rust's:
 *   value(e)  the expression's value, moving out of places (or copying `Copy` values);
 *   read(e)   the value without moving (operands of comparisons, format arguments);
 *   place(e)  the memory location (`&e`, assignment targets, method receivers), where an rvalue
 *             is first materialised as a temporary that drops at the end of its statement.
 */
import type { BindingType } from '../lower/checkedTypes';
import { inspection, keepStaleCopy, staleCopy } from '../ub';
import type { FrameParts } from '../../../../../protocol/trace';
import { BreakSignal, ContinueSignal, ReturnSignal, RustPanic, Unsupported } from '../errors';
import { isCopy } from './copy';
export { resultOf } from './expect';
import type { ClosureIR, Expr, FnIR, Span } from '../ir';
import { findMethod, type Program } from '../items';
import type { Ty } from '../types';
import {
  Arr, BoxV, CapRef, Closure, Enum, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, UNIT, VecV, normInt, big, isCopyPrimitive,
  type ClosureDef, type Root, type Value,
} from '../values';
import { coerce } from './coerce';
import { compileBlock, compileFor, compileIf, compileLoop, compileMatch, compileWhile, compileLetBinder } from './control';
import { needsDrop } from './drop';
import { LocalField } from './localField';
import type { FrameObj } from './frame';
import type { Interp } from './interp';
import { compileBinary, compileCast, compileNeg, compileNot, compileAssign } from './ops';
import { compileCall, compilePathValue, compileStructLit } from './paths';
import { compileFmt, compileAssert, compileVec, compileVecRepeat } from './macros';
import { compileTry, compileMatches, compileRange } from './misc';
import { compileMethodCall } from './methodCall';
import { indexPlace as indexSlice, indexRange } from '../std/slice';
import { closureLabel, describePlace } from '../trace/placeNames';

export type CE = (f: FrameObj) => Value;
export type CP = (f: FrameObj) => Ref;
export type CS = (f: FrameObj) => void;
export type Binder = (f: FrameObj, v: Value) => void;

export interface CompiledFn {
  name: string;
  nslots: number;
  slotNames: string[];
  params: Binder[];
  paramSlots: number[];
  body: CE;
  frameSize: number;
  frameParts?: FrameParts;
  /** The closing brace of the body, where parameters drop. */
  endSp?: Span;
  /** The trace's words for the parameters' drop at the end of a call. */
  paramsDropDetail: string;
  /**
   * The generic parameters of the body in the type checker's order, for a body some call
   * instantiates (lower/instances.ts); undefined otherwise.
   */
  typeParams: readonly string[] | undefined;
  /** A method of a generic impl of a program type: a call std makes takes its instance from the receiver's type. */
  implMethod: boolean;
  /** Where the item starts (`line:character`): its body's frames and its calls' instances are found by it. */
  key: string;
}

export class CompiledClosure implements ClosureDef {
  readonly name: string;
  readonly nparams: number;
  readonly line: number;
  compiled: { params: Binder[]; paramSlots: number[]; body: CE } | null = null;
  /** `owner`: what the closure is written in; its body names that function's generics and `Self`. */
  constructor(readonly ir: ClosureIR, readonly owner: FnContext) {
    this.name = ir.name;
    this.nparams = ir.params.length;
    this.line = ir.sp.l + 1;
  }
  get captureNames(): string[] { return this.ir.caps.map((c) => c.name); }
  get captureTypes(): (BindingType | undefined)[] { return this.ir.caps.map((c) => c.ty); }
  get nslots(): number { return this.ir.nslots; }
  get slotNames(): string[] { return this.ir.slotNames; }
  get frameSize(): number { return this.ir.frameSize; }
  get frameParts(): FrameParts { return this.ir.frameParts; }
  /** Where the closure expression starts (`line:character`): its body's frames are found by it. */
  get key(): string { return `${this.ir.sp.l}:${this.ir.sp.c}`; }
  /** The generic parameters of the function it is written in, which its maker's instance gives arguments for. */
  get typeParams(): readonly string[] | undefined { return this.owner.typeParams; }
  get params(): Binder[] { return this.compiled!.params; }
  get paramSlots(): number[] { return this.compiled!.paramSlots; }
  get body(): CE { return this.compiled!.body; }
}

/** What the code being compiled belongs to. */
export interface FnContext {
  name: string;
  ret: Ty | null;
  selfTy: Ty | null;
  generics: readonly string[];
  /** The checker's generic parameters of the function (CompiledFn.typeParams). */
  typeParams: readonly string[] | undefined;
}

export class Compiler {
  private readonly fns = new Map<FnIR, CompiledFn>();
  ctx: FnContext = { name: 'main', ret: null, selfTy: null, generics: [], typeParams: undefined };

  constructor(readonly I: Interp, readonly prog: Program) {}

  fn(ir: FnIR): CompiledFn {
    let cf = this.fns.get(ir);
    if (cf) return cf;
    if (ir.error) throw ir.error;
    const saved = this.ctx;
    const key = `${ir.sp.l}:${ir.sp.c}`;
    const typeParams = this.prog.instances.paramsOf(key);
    this.ctx = { name: ir.qual, ret: ir.ret, selfTy: ir.selfTy, generics: ir.generics, typeParams };
    try {
      const params = ir.params.map((p, i) => compileLetBinder(this, p, ir.paramTys[i] ?? null));
      const paramSlots: number[] = [];
      for (const p of ir.params) collectSlots(p, paramSlots);
      const block = compileBlock(this, ir.body, ir.ret, `end of \`${ir.name}\``);
      const ret = ir.ret;
      const body: CE = ret ? (f) => coerce(block(f), ret) : block;
      const b = ir.body.sp;
      const endSp = { l: b.el, c: Math.max(0, b.ec - 1), el: b.el, ec: b.ec };
      cf = {
        name: ir.qual, nslots: ir.nslots, slotNames: ir.slotNames, params, paramSlots, body, frameSize: ir.frameSize, frameParts: ir.frameParts, endSp,
        paramsDropDetail: `end of \`${ir.qual}\`, parameters in reverse order`,
        typeParams, key, implMethod: this.prog.instances.isImplMethod(key),
      };
      this.fns.set(ir, cf);
      return cf;
    } finally {
      this.ctx = saved;
    }
  }

  closure(def: CompiledClosure): CompiledClosure {
    if (def.compiled) return def;
    const saved = this.ctx;
    // Compiled on its first call, in the context of the function it is written in.
    this.ctx = { ...def.owner, name: def.name, ret: def.ir.ret };
    try {
      const ir = def.ir;
      const params = ir.params.map((p, i) => compileLetBinder(this, p, ir.paramTys[i] ?? null));
      const paramSlots: number[] = [];
      for (const p of ir.params) collectSlots(p, paramSlots);
      const e = this.value(ir.body, ir.ret ?? ir.retHint ?? null);
      def.compiled = { params, paramSlots, body: e };
      return def;
    } finally {
      this.ctx = saved;
    }
  }

  // ------------------------------------------------------------------ value mode

  value(e: Expr, expect: Ty | null = null, dest = ''): CE {
    const I = this.I;
    switch (e.k) {
      case 'lit': {
        const v = this.literal(e, expect);
        return () => v;
      }
      case 'local': {
        const slot = e.slot;
        const name = e.name;
        const line = e.sp.l + 1;
        const to = dest || 'a new owner';
        return (f) => {
          const v = f.slots[slot];
          if (v instanceof Int) return v;
          return this.takeLocal(f, slot, v, name, to, line);
        };
      }
      case 'capture': {
        const idx = e.idx;
        return (f) => {
          const env = f.env!;
          const c = env[idx];
          if (c instanceof CapRef) return I.take(c.arr, c.idx);
          return I.take(env, idx);
        };
      }
      case 'path': return compilePathValue(this, e, expect);
      case 'call': return compileCall(this, e, expect);
      case 'mcall': return compileMethodCall(this, e, expect);
      case 'field': case 'index': case 'deref': {
        if (e.k === 'index' && e.idx.k === 'range') return this.unsupported('an unsized slice used by value', e.sp);
        const p = this.place(e);
        const what = describePlace(e);
        const line = e.sp.l + 1;
        // Without a trace nothing needs the place's owner: a field of a local is read in place.
        const lf = e.k === 'field' ? LocalField.of(e) : null;
        return (f) => {
          if (lf !== null && I.rec === null) {
            const fs = lf.fields(f);
            if (fs !== null) {
              if (fs[lf.fi] === undefined) return I.unsupported(`use of a moved-out value \`${what}\``, e.sp);
              return I.take(fs, lf.fi);
            }
          }
          const r = p(f);
          const v = r.arr[r.idx];
          if (v === undefined) return I.unsupported(`use of a moved-out value \`${what}\``, e.sp);
          const out = I.take(r.arr, r.idx);
          if (I.rec && r.arr[r.idx] === undefined) {
            I.rec.event({ kind: 'move', what, to: dest || 'a new owner' });
            if (r.root && (r.root as FrameObj).isFrame) I.rec.dirty(r.root);
          }
          void line;
          return out;
        };
      }
      case 'bin': return compileBinary(this, e, expect);
      case 'and': {
        const l = this.scoped(this.value(e.l));
        const r = this.scoped(this.value(e.r));
        return (f) => (l(f) as boolean) && (r(f) as boolean);
      }
      case 'or': {
        const l = this.scoped(this.value(e.l));
        const r = this.scoped(this.value(e.r));
        return (f) => (l(f) as boolean) || (r(f) as boolean);
      }
      case 'neg': return compileNeg(this, e, expect);
      case 'not': return compileNot(this, e);
      case 'ref': return this.ref(e);
      case 'assign': return compileAssign(this, e);
      case 'block': return compileBlock(this, e.b, expect, 'end of block', e.label);
      case 'if': return compileIf(this, e, expect);
      case 'match': return compileMatch(this, e, expect);
      case 'loop': return compileLoop(this, e, expect);
      case 'while': return compileWhile(this, e);
      case 'for': return compileFor(this, e);
      case 'break': {
        const id = e.id;
        const v = e.value ? this.value(e.value) : null;
        return (f) => {
          throw new BreakSignal(id, v ? v(f) : UNIT);
        };
      }
      case 'continue': {
        const sig = new ContinueSignal(e.id);
        return () => {
          throw sig;
        };
      }
      case 'return': {
        const v = e.value ? this.value(e.value, this.ctx.ret, 'the caller') : null;
        const ret = this.ctx.ret;
        return (f) => {
          const r = v ? v(f) : UNIT;
          throw new ReturnSignal(ret ? coerce(r, ret) : r);
        };
      }
      case 'closure': return this.closureValue(e.fn);
      case 'struct': return compileStructLit(this, e, expect);
      case 'tuple': {
        if (e.items.length === 0) return () => UNIT;
        const its = e.items.map((x, i) => this.value(x, expect?.k === 'tuple' ? expect.items[i] ?? null : null, `tuple field ${i}`));
        return (f) => new Tuple(its.map((c) => c(f)));
      }
      case 'array': {
        const elemTy = expect?.k === 'array' ? expect.elem : null;
        const its = e.items.map((x) => this.value(x, elemTy));
        return (f) => new Arr(its.map((c) => c(f)));
      }
      case 'repeat': {
        const elemTy = expect?.k === 'array' ? expect.elem : null;
        const v = this.value(e.value, elemTy);
        const n = this.value(e.len);
        return (f) => {
          const x = v(f);
          const len = Number(big(n(f) as Int));
          I.holdElements(len, e.sp);
          if (isCopyPrimitive(x)) return new Arr(new Array<Value>(len).fill(x));
          const items = new Array<Value>(len);
          for (let i = 0; i < len; i++) items[i] = i === 0 ? x : I.clone(x);
          return new Arr(items);
        };
      }
      case 'range': return compileRange(this, e, expect);
      case 'cast': return compileCast(this, e);
      case 'try': return compileTry(this, e, expect);
      case 'fmt': return compileFmt(this, e);
      case 'assert': return compileAssert(this, e);
      case 'vec': return compileVec(this, e, expect);
      case 'vecRepeat': return compileVecRepeat(this, e, expect);
      case 'matches': return compileMatches(this, e);
      case 'typed': return this.value(e.e, e.ty);
    }
  }

  /** A literal's value, of the type its context expects. */
  literal(e: Extract<Expr, { k: 'lit' }>, expect: Ty | null): Value {
    return expect ? coerce(e.v, expect) : e.v;
  }

  /** Moves (or copies) a local out of its slot, recording the move. */
  takeLocal(f: FrameObj, slot: number, v: Value, name: string, to: string, line: number): Value {
    const I = this.I;
    if (v === undefined) {
      const stale = I.opts.asIfAccepted ? staleCopy(I, f, slot, name) : undefined;
      return stale ?? I.unsupported(`use of moved value \`${name}\``);
    }
    const out = I.take(f.slots, slot);
    if (I.opts.asIfAccepted && out === v && f.slots[slot] === undefined) keepStaleCopy(I, f, slot, v);
    if (f.slots[slot] === undefined && I.rec) {
      I.rec.event({ kind: 'move', what: name, to });
      I.rec.moved(f, slot, to, line);
    } else if (I.rec && out !== v && typeof v === 'object' && !(v instanceof Ref)) {
      I.rec.event({ kind: 'copy', what: name, to });
    }
    return out;
  }

  /** Runs `e` as a temporary scope: temporaries it creates drop when it finishes. */
  scoped(e: CE): CE {
    const I = this.I;
    return (f) => {
      const mark = f.temps.length;
      let v: Value;
      try {
        v = e(f);
      } catch (err) {
        if (f.temps.length > mark) unwindTemps(I, f, mark, err);
        throw err;
      }
      if (f.temps.length > mark) I.dropTemps(f, mark, 'temporary');
      return v;
    };
  }

  // ------------------------------------------------------------------ read mode

  read(e: Expr): CE {
    switch (e.k) {
      case 'local': {
        const slot = e.slot;
        return (f) => f.slots[slot];
      }
      case 'capture': {
        const idx = e.idx;
        return (f) => {
          const c = f.env![idx];
          return c instanceof CapRef ? c.arr[c.idx] : c;
        };
      }
      case 'field': case 'index': case 'deref': {
        if (e.k === 'index' && e.idx.k === 'range') {
          const r = this.ref({ k: 'ref', sp: e.sp, mut: false, e, ext: null });
          return r;
        }
        const p = this.place(e);
        const lf = e.k === 'field' ? LocalField.of(e) : null;
        if (lf) {
          return (f) => {
            const fs = lf.fields(f);
            if (fs !== null) return fs[lf.fi];
            const r = p(f);
            return r.arr[r.idx];
          };
        }
        return (f) => {
          const r = p(f);
          return r.arr[r.idx];
        };
      }
      case 'path': {
        const v = compilePathValue(this, e, null);
        return v;
      }
      default: {
        const v = this.value(e);
        return (f) => {
          const x = v(f);
          if (typeof x === 'object' && needsDrop(x)) f.temps.push([x]);
          return x;
        };
      }
    }
  }

  // ------------------------------------------------------------------ place mode

  /** `mutating`: the place will be written (an assignment target, `&mut`), which picks `index_mut`/`deref_mut`. */
  place(e: Expr, expect: Ty | null = null, mutating = false): CP {
    const I = this.I;
    switch (e.k) {
      case 'local': {
        const slot = e.slot;
        return (f) => new Ref(f.slots, slot, true, f, slot);
      }
      case 'capture': {
        const idx = e.idx;
        return (f) => {
          const c = f.env![idx];
          if (c instanceof CapRef) return new Ref(c.arr, c.idx, c.mut, c.root, c.rootSlot);
          return new Ref(f.env!, idx, true, f, -1);
        };
      }
      case 'field': {
        // A field of a local (`p.x`, `self.n`) starts at the local's slot, without a `Ref` to it.
        const local = e.obj.k === 'local' ? e.obj.slot : -1;
        const base = local >= 0 ? null : this.place(e.obj);
        const name = e.name;
        const tupleIdx = /^\d+$/.test(name) ? Number(name) : -1;
        let cacheDef: unknown = null;
        let cacheIdx = -1;
        return (f) => {
          let arr: Value[];
          let idx: number;
          let root: Root;
          let rs: number;
          if (base === null) {
            arr = f.slots; idx = local; root = f; rs = local;
          } else {
            const p = base(f);
            arr = p.arr; idx = p.idx; root = p.root; rs = p.rootSlot;
          }
          for (;;) {
            const v = arr[idx];
            if (v instanceof Struct) {
              let fi: number;
              if (v.def === cacheDef) fi = cacheIdx;
              else {
                fi = tupleIdx >= 0 ? tupleIdx : v.def.fieldNames.indexOf(name);
                if (fi < 0) return I.unsupported(`field \`${name}\` of \`${v.def.name}\``, e.sp);
                cacheDef = v.def;
                cacheIdx = fi;
              }
              return new Ref(v.f, fi, true, root, rs);
            }
            if (v instanceof Tuple && tupleIdx >= 0) return new Ref(v.items, tupleIdx, true, root, rs);
            if (v instanceof Ref) { arr = v.arr; idx = v.idx; root = v.root; rs = v.rootSlot; continue; }
            if (v instanceof BoxV) { arr = v.block.items; idx = 0; root = v.block; rs = -1; continue; }
            if (v instanceof CapRef) { arr = v.arr; idx = v.idx; root = v.root; rs = v.rootSlot; continue; }
            if (v instanceof Native && v.cls.deref) {
              const t = v.cls.deref(v.data);
              arr = t.arr; idx = t.idx; root = t.root; rs = t.rootSlot;
              continue;
            }
            if (v === undefined) return I.unsupported(`field \`${name}\` of a moved-out value`, e.sp);
            return I.unsupported(`field \`${name}\` on \`${I.typeName(v)}\``, e.sp);
          }
        };
      }
      case 'index': {
        const base = this.place(e.obj);
        const idx = this.value(e.idx);
        const sp = e.sp;
        const brSp = e.brSp;
        return (f) => {
          const p = base(f);
          const i = idx(f);
          return indexSlice(I, p, i, sp, brSp, mutating);
        };
      }
      case 'deref': {
        const inner = this.read(e.e);
        return (f) => {
          let v = inner(f);
          for (;;) {
            if (v instanceof Ref) return v;
            if (v instanceof BoxV) return new Ref(v.block.items, 0, true, v.block, -1);
            if (v instanceof CapRef) { v = v.arr[v.idx]; continue; }
            if (v instanceof Native && v.cls.deref) return v.cls.deref(v.data);
            if ((v instanceof Struct || v instanceof Enum) && !v.def.builtin) {
              const r = userDeref(I, v, mutating);
              if (r) return r;
            }
            if (v instanceof StringV) return new Ref([new Str(v.block.text, v.block)], 0, false, null);
            if (v instanceof VecV) return new Ref([new Slice(v.block.items, 0, v.block.items.length, true, v.block)], 0, true, null);
            return I.unsupported(`dereferencing \`${I.typeName(v)}\``, e.sp);
          }
        };
      }
      case 'path': {
        const v = compilePathValue(this, e, null, true);
        return (f) => {
          const x = v(f);
          if (x instanceof Ref) return x;
          const holder: Value[] = [x];
          if (typeof x === 'object' && needsDrop(x)) f.temps.push(holder);
          return new Ref(holder, 0, true, null);
        };
      }
      default: {
        const v = this.value(e, expect);
        return (f) => {
          const x = v(f);
          const holder: Value[] = [x];
          if (typeof x === 'object' && needsDrop(x)) f.temps.push(holder);
          return new Ref(holder, 0, true, null);
        };
      }
    }
  }

  // ------------------------------------------------------------------ pieces

  private ref(e: Extract<Expr, { k: 'ref' }>): CE {
    const I = this.I;
    const mut = e.mut;
    if (e.e.k === 'index' && e.e.idx.k === 'range') {
      const ix = e.e;
      const base = this.place(ix.obj);
      const range = this.value(ix.idx);
      return (f) => indexRange(I, base(f), range(f), mut, ix.brSp);
    }
    if (e.ext !== null) {
      const slot = e.ext;
      const v = this.value(e.e);
      return (f) => {
        f.slots[slot] = v(f);
        return new Ref(f.slots, slot, mut, f, slot);
      };
    }
    const p = this.place(e.e, null, mut);
    const what = describePlace(e.e);
    return (f) => {
      const r = p(f);
      if (I.rec) I.rec.event({ kind: 'borrow', what, mutable: mut });
      const target = r.arr[r.idx];
      // `&str` and slices are already references: `&s[..]`-like places hold them by value.
      if (target instanceof Str && !mut) return target;
      return new Ref(r.arr, r.idx, mut, r.root, r.rootSlot);
    };
  }

  private closureValue(ir: ClosureIR): CE {
    const I = this.I;
    const def = new CompiledClosure(ir, this.ctx);
    const caps = ir.caps.map((c) => ({ ...c }));
    return (f) => {
      const env: Value[] = new Array(caps.length);
      for (let i = 0; i < caps.length; i++) {
        const c = caps[i]!;
        let arr: Value[];
        let idx: number;
        let root: FrameObj | null = f;
        let rs = -1;
        if (c.from.k === 'local') {
          arr = f.slots;
          idx = c.from.slot;
          rs = idx;
        } else {
          const outer = f.env![c.from.idx];
          if (outer instanceof CapRef) {
            arr = outer.arr;
            idx = outer.idx;
            root = outer.root as FrameObj | null;
            rs = outer.rootSlot;
          } else {
            arr = f.env!;
            idx = c.from.idx;
          }
        }
        // Looking at the value to choose how to capture it is not an access: a capture by
        // reference touches nothing (sim/dataRace.ts watches the place's accesses).
        inspection.depth++;
        const v = arr[idx];
        inspection.depth--;
        let byValue = ir.move || (c.byValue && !isCopyV(v));
        // Only `Copy` fields used: the closure copies the fields, the variable stays put.
        if (byValue && c.fields && fieldsAreCopy(v, c.fields)) byValue = false;
        if (byValue) {
          env[i] = I.take(arr, idx);
          if (I.rec && arr[idx] === undefined && arr === f.slots) {
            I.rec.event({ kind: 'move', what: c.name, to: `the ${closureLabel(ir.name, ir.sp.l + 1)}` });
            I.rec.moved(f, idx, `closure`, ir.sp.l + 1);
          }
        } else {
          env[i] = new CapRef(arr, idx, c.mutated, root, rs);
        }
      }
      // A closure in a generic body is an instance's closure: its body is that instance's too.
      return new Closure(def, env, f.instance);
    };
  }

  unsupported(what: string, sp: Span): never {
    throw new Unsupported(what, sp);
  }

  selfTy(): Ty | null {
    return this.ctx.selfTy;
  }

  /** `m::` inside inline module `m` (free functions there are registered with that prefix). */
  modPrefix(): string {
    const parts = this.ctx.name.split('::');
    return parts.length > 1 && !this.ctx.selfTy ? parts.slice(0, -1).join('::') + '::' : '';
  }

  isGenericParam(name: string): boolean {
    return this.ctx.generics.includes(name) || name === 'Self' && this.ctx.selfTy?.k === 'param';
  }
}

/** A user `Deref`/`DerefMut` impl's target place (`*my_box`), or null when the type has none. */
export function userDeref(I: Interp, v: Struct | Enum, mutating: boolean): Ref | null {
  const hasDeref = [...v.def.traitImpls.keys()].some((k) => k === 'Deref' || k === 'DerefMut');
  if (!hasDeref) return null;
  const m = (mutating ? findMethod(I.prog, v.def, 'deref_mut') : undefined) ?? findMethod(I.prog, v.def, 'deref');
  if (!m) return null;
  const r = I.callUserMethod(m, [v], 0, null, -1, [], I.site);
  return r instanceof Ref ? r : null;
}

function isCopyV(v: Value): boolean {
  return isCopy(v);
}

function fieldsAreCopy(v: Value, fields: string[]): boolean {
  let d = v;
  while (d instanceof Ref || d instanceof CapRef) d = d.arr[d.idx];
  if (d instanceof Ref) return false;
  if (d instanceof Struct) return fields.every((f) => isCopy(d.f[d.def.fieldNames.indexOf(f)]));
  if (d instanceof Tuple) return fields.every((f) => isCopy(d.items[Number(f)]));
  return false;
}

export function unwindTemps(I: Interp, f: FrameObj, mark: number, err: unknown): void {
  if (err instanceof Error) return;
  if (err instanceof RustPanic) I.reportPanic(err);
  I.dropTemps(f, mark, err instanceof RustPanic ? 'unwind' : 'temporary');
}

export function collectSlots(p: import('../ir').Pat, out: number[]): void {
  switch (p.k) {
    case 'bind': out.push(p.slot); if (p.sub) collectSlots(p.sub, out); break;
    case 'tuple': case 'tstruct': case 'slice': p.items.forEach((i) => collectSlots(i, out)); break;
    case 'struct': p.fields.forEach((x) => collectSlots(x.pat, out)); break;
    case 'or': collectSlots(p.alts[0]!, out); break;
    case 'ref': collectSlots(p.pat, out); break;
    case 'rest': if (p.bind) collectSlots(p.bind, out); break;
    default: break;
  }
}

export { Enum, VecV, normInt };
