// Drop glue, in Rust's order: a value's own `Drop::drop` first, then its fields in declaration
// order; tuple, array and `Vec` elements in index order; a `Box`'s pointee before its allocation is
// freed. Slots holding `undefined` were moved out and are skipped (their drop flag is clear).
import type { DropReason } from '../../../../../protocol/trace';
import { findTraitMethod } from '../items';
import { Arr, BoxV, CapRef, Closure, Enum, Int, Native, Ref, StringV, Struct, Tuple, VecV, type Value } from '../values';
import type { Interp } from './interp';
import type { FrameObj } from './frame';
import { closureLabel, derefPlace, fieldPlace, indexPlace } from '../trace/placeNames';

export function needsDrop(v: Value): boolean {
  // Integers and references are most of what a program's slots hold: answered before the chain.
  if (typeof v !== 'object' || v instanceof Int || v instanceof Ref) return false;
  // A program's enums and structs next (a loop's `let`, dropped each iteration), fields by index:
  // `for … of` makes an iterator object on each call.
  if (v instanceof Enum || v instanceof Struct) {
    const def = v.def;
    if (def.copy) return false;
    if (def.traitImpls.has('Drop')) return true;
    const f = v.f;
    for (let i = 0; i < f.length; i++) if (needsDrop(f[i])) return true;
    return false;
  }
  if (v instanceof StringV || v instanceof VecV || v instanceof BoxV) return true;
  if (v instanceof Tuple || v instanceof Arr) {
    const items = v.items;
    for (let i = 0; i < items.length; i++) if (needsDrop(items[i])) return true;
    return false;
  }
  if (v instanceof Closure) {
    for (const x of v.env) if (!(x instanceof CapRef) && needsDrop(x)) return true;
    return false;
  }
  if (v instanceof Native) return v.cls.needsDrop ? v.cls.needsDrop(v.data) : false;
  return false;
}

/** Whether a value has a user `Drop` impl anywhere in it (its drop prints or has effects). */
function userDrop(v: Struct | Enum): boolean {
  return v.def.traitImpls.has('Drop');
}

/**
 * Drops `v`. `what` names it for the trace (`x`, `temporary`, `v[2]`); `top` says whether this is
 * the value the rule applied to (the trace then records the reason) or a part of it. `place`: where
 * `v` still lives while it drops (a local's slot), so `Drop::drop`'s `self` refers to it there.
 */
export function dropValue(I: Interp, v: Value, reason: DropReason, what: string, detail: string, top = true, place?: Ref): void {
  if (typeof v !== 'object') return;
  if (I.rec && (top || ((v instanceof Struct || v instanceof Enum) && userDrop(v)) || v instanceof BoxV || v instanceof VecV || v instanceof StringV)) {
    // Each drop is its own step of the trace, at the drop site.
    I.dropStep(true);
    // A variable dropped where it lives is named by its checked type, as the trace shows the variable
    // (a temporary a `let` extended lives in a slot without a name, and without a checked type).
    const type = top && place && place.rootSlot >= 0 && (place.root as FrameObj).slotNames[place.rootSlot] ? I.rec.slotType(place.root as FrameObj, place.rootSlot) : I.typeName(v);
    I.rec.event({ kind: 'drop', what, type, reason: top ? reason : 'owner', detail });
  }
  if (v instanceof StringV) {
    I.free(v.block);
    return;
  }
  if (v instanceof VecV) {
    const items = v.block.items;
    for (let i = 0; i < items.length; i++) {
      const x = items[i];
      if (x !== undefined && typeof x === 'object' && needsDrop(x)) dropValue(I, x, reason, indexPlace(what, i), detail, false);
    }
    I.dropStep(false);
    I.free(v.block);
    return;
  }
  if (v instanceof BoxV) {
    const x = v.block.items[0];
    if (x !== undefined && needsDrop(x)) dropValue(I, x, reason, derefPlace(what), detail, false);
    I.dropStep(false);
    I.free(v.block);
    return;
  }
  if (v instanceof Struct || v instanceof Enum) {
    if (v.def.copy) return;
    const d = userDrop(v) ? findTraitMethod(I.prog, v.def, 'Drop', 'drop') : undefined;
    if (d) {
      // `Drop::drop(&mut self)` runs on the value in place; it cannot move out of it.
      const self = place ?? new Ref([v], 0, true, null);
      // The drop runs where the value's owner ends: its call is at the drop site.
      I.callUser(d, [self], I.dropSite());
    }
    const names = v instanceof Struct ? v.def.fieldNames : v.def.variants[v.vi]!.fieldNames;
    for (let i = 0; i < v.f.length; i++) {
      const x = v.f[i];
      if (x !== undefined && typeof x === 'object' && needsDrop(x)) dropValue(I, x, reason, fieldPlace(what, names[i] ?? i), detail, false);
    }
    return;
  }
  if (v instanceof Tuple || v instanceof Arr) {
    for (let i = 0; i < v.items.length; i++) {
      const x = v.items[i];
      if (x !== undefined && typeof x === 'object' && needsDrop(x)) dropValue(I, x, reason, v instanceof Tuple ? fieldPlace(what, i) : indexPlace(what, i), detail, false);
    }
    return;
  }
  if (v instanceof Closure) {
    for (let i = 0; i < v.env.length; i++) {
      const x = v.env[i];
      if (x !== undefined && !(x instanceof CapRef) && needsDrop(x)) dropValue(I, x, reason, v.def.captureNames?.[i] ?? `a capture of the ${closureLabel(v.def.name, v.def.line)}`, detail, false);
    }
    return;
  }
  if (v instanceof Native && v.cls.drop) v.cls.drop(v.data, what, reason);
}
