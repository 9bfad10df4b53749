// What handed out the reference a place is reached through, as rustc's `BorrowedContentSource`
// names it in a message: an overloaded `Index` or `Deref` call (`index of \`Vec<String>\``,
// `an \`Rc\``), or a plain reference.
import type { Place } from '../mir/syntax';
import { typeName } from '../typeck/print';
import type { BodyFacts } from './facts';
import { placeTy } from './places';

/**
 * What handed out the reference `reference` (a temporary a call wrote): `Index::index` (`index of \`Vec<String>\``),
 * an overloaded `Deref` (`an \`Rc\``), or a plain reference (`shared reference`).
 */
export function contentSource(f: BodyFacts, reference: Place, mut: boolean): { text: string; overloaded: boolean } | undefined {
  const plain = { text: mut ? 'mutable reference' : 'shared reference', overloaded: false };
  if (reference.projection.length > 0 || f.body.localDecls[reference.local]?.kind !== 'temp') return plain;
  for (const data of f.body.basicBlocks) {
    const t = data.terminator;
    if (t?.kind !== 'call' || t.destination.local !== reference.local || t.destination.projection.length > 0) continue;
    if (t.func.kind !== 'constant' || t.func.constant.value.kind !== 'fn') return plain;
    const name = t.func.constant.value.def.name;
    const receiver = t.args[0];
    const selfRef = receiver && receiver.kind !== 'constant' ? placeTy(f.body, receiver.place) : undefined;
    const selfTy = selfRef?.k === 'ref' ? selfRef.inner : undefined;
    if ((name === 'index' || name === 'index_mut') && selfTy) return { text: `index of \`${typeName(selfTy)}\``, overloaded: true };
    if ((name === 'deref' || name === 'deref_mut') && selfTy) {
      if (selfTy.k === 'adt' && (selfTy.def.name === 'Rc' || selfTy.def.name === 'Arc') && selfTy.def.std) return { text: `an \`${selfTy.def.name}\``, overloaded: true };
      return { text: `dereference of \`${typeName(selfTy)}\``, overloaded: true };
    }
    return plain;
  }
  return plain;
}
