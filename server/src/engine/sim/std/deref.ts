// Method calls through smart pointers and guards. The interpreter tries methods every type has
// (`clone`, `borrow`, `as_ref` ...) before it derefs a receiver; for `Rc<RefCell<T>>` that would
// pick the `Borrow` trait's `borrow` instead of `RefCell::borrow`, and for a `MutexGuard` a clone of
// the guard instead of the data. A kind listed here sends those calls on to its deref target.
import { Native, Ref, type Value } from '../values';
import { defineMethods, method, type StdMethod } from './registry';

/** What a guard (`Ref`, `MutexGuard` ...) forwards: it has none of these methods itself. */
export const GUARD_FORWARDS = ['clone', 'to_owned', 'borrow', 'borrow_mut', 'as_ref', 'cmp', 'partial_cmp', 'max', 'min'];

export function forwardToTarget(kind: string, names: string[]): void {
  const table: Record<string, StdMethod> = {};
  for (const name of names) {
    table[name] = method('ref', (I, self, args, site) => {
      let v: Value = self;
      while (v instanceof Ref) v = v.arr[v.idx];
      const n = v as Native;
      if (!n.cls.deref) return I.unsupported(`\`${name}\` on \`${I.typeName(v)}\``);
      return I.callMethod(n.cls.deref(n.data), name, args, site);
    });
  }
  defineMethods(kind, table);
}
