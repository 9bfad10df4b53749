// What a std struct or enum certainly lacks in the field namespace, from std/fieldNames.ts: rustc's
// answer per type (every instantiation's fields united, read through `Deref` as a program writes
// the access: `v.length` on a `Vec` looks in `[T]` too). A name that is neither a readable field
// nor a private one is E0609, unless a method of that name may exist (rustc's E0615), which the
// method table and the program's traits decide (stdMethods.ts).
import { typeName } from '../print';
import { STD_FIELD_NAMES } from '../std/fieldNames';
import type { Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { stdMethodAbsent } from './stdMethods';

interface FieldSets {
  readonly fields: ReadonlySet<string>;
  readonly private: ReadonlySet<string>;
}

const tables = new Map<string, FieldSets>();

function fieldsOf(key: string): FieldSets | undefined {
  let t = tables.get(key);
  if (!t) {
    const raw = STD_FIELD_NAMES[key];
    if (!raw) return undefined;
    const set = (s: string): Set<string> => new Set(s ? s.split(' ') : []);
    t = { fields: set(raw.fields), private: set(raw.private) };
    tables.set(key, t);
  }
  return t;
}

/**
 * rustc's error for `base.name` when the first type past `base`'s references is a std type of the
 * table: E0616 for a private field, E0609 for a name it certainly lacks. Undefined when that is
 * not certain (a tuple field's number, a type the table does not close, a possible method).
 */
export function stdFieldError(cx: FnCtxt, base: Ty, name: string): { code: string; message: string } | undefined {
  if (/^\d+$/.test(name)) return undefined;
  const head = cx.autoderef(base).find((s) => s.k !== 'ref');
  if (head?.k !== 'adt' || !head.def.std || !head.def.path) return undefined;
  const names = fieldsOf(head.def.path);
  if (!names || names.fields.has(name)) return undefined;
  if (names.private.has(name)) return { code: 'E0616', message: `field \`${name}\` of struct \`${head.def.name}\` is private` };
  if (!stdMethodAbsent(cx, head.def.path, name)) return undefined;
  return { code: 'E0609', message: `no field \`${name}\` on type \`${typeName(base, { infer: cx.infer })}\`` };
}
