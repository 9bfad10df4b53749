// `p.x`, `self.n`, `(*r).n`: a named field of a struct that a local holds, directly or behind
// references, found without building a `Ref` to the field (the general place path makes one per
// evaluation). Only the common shape is taken here; for anything else (a `Box`, a tuple, a
// captured variable, a moved-out local, a field the struct lacks) `fields` answers null and the
// caller takes the general place path, which walks the same references and reports the errors.
import type { Expr } from '../ir';
import type { AdtDef } from '../items';
import { Ref, Struct, type Value } from '../values';
import type { FrameObj } from './frame';

export class LocalField {
  /** The field's index in the last struct definition seen here (a site sees one type). */
  fi = -1;
  private def: AdtDef | null = null;

  private constructor(
    private readonly slot: number,
    /** `(*r).n`: the local must hold a reference (the general `*` handles `Box` and the rest). */
    private readonly throughRef: boolean,
    private readonly name: string,
    private readonly tupleIdx: number,
  ) {}

  /** The fast path for `e`, or null when `e` is not a field of a local (or of `*local`). */
  static of(e: Extract<Expr, { k: 'field' }>): LocalField | null {
    const tupleIdx = /^\d+$/.test(e.name) ? Number(e.name) : -1;
    if (e.obj.k === 'local') return new LocalField(e.obj.slot, false, e.name, tupleIdx);
    if (e.obj.k === 'deref' && e.obj.e.k === 'local') return new LocalField(e.obj.e.slot, true, e.name, tupleIdx);
    return null;
  }

  /** The struct's fields array holding the field (at `fi`), or null for the general path. */
  fields(f: FrameObj): Value[] | null {
    let v = f.slots[this.slot];
    if (this.throughRef) {
      if (!(v instanceof Ref)) return null;
      v = v.arr[v.idx];
    }
    while (v instanceof Ref) v = v.arr[v.idx];
    if (!(v instanceof Struct)) return null;
    if (v.def !== this.def) {
      const fi = this.tupleIdx >= 0 ? this.tupleIdx : v.def.fieldNames.indexOf(this.name);
      if (fi < 0) return null;
      this.def = v.def;
      this.fi = fi;
    }
    return v.f;
  }
}
