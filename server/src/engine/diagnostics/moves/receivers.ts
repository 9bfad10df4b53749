// Does `place.method(…)` move `place`? For the file's own types the method's signature says so;
// for standard types a table does; anything else is unknown and the check stays silent.
import type { ItemIndex } from './items';
import { UNKNOWN, adt, derefTy, prim, type Ty } from './ty';

export type ReceiverUse = 'move' | 'borrow' | 'unknown';

const OPTION_BY_VALUE = new Set([
  'unwrap', 'expect', 'unwrap_or', 'unwrap_or_else', 'unwrap_or_default', 'unwrap_unchecked', 'map', 'map_or',
  'map_or_else', 'and', 'and_then', 'or', 'or_else', 'xor', 'filter', 'flatten', 'zip', 'ok_or', 'ok_or_else',
  'into_iter', 'is_some_and', 'is_none_or', 'unzip', 'inspect', 'into',
]);
const RESULT_BY_VALUE = new Set([
  'unwrap', 'expect', 'unwrap_err', 'expect_err', 'unwrap_or', 'unwrap_or_else', 'unwrap_or_default', 'ok', 'err',
  'map', 'map_err', 'map_or', 'map_or_else', 'and', 'and_then', 'or', 'or_else', 'into_iter', 'is_ok_and',
  'is_err_and', 'inspect', 'inspect_err', 'into',
]);

/** Standard owned types whose by-value methods are exactly `into`/`into_*` and `leak`. */
const INTO_TYPES = new Set([
  'String', 'Vec', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque', 'BinaryHeap', 'LinkedList',
  'RefCell', 'Cell', 'Mutex', 'RwLock', 'PathBuf', 'OsString', 'OnceCell', 'Sender', 'SyncSender', 'Receiver',
]);

/** Sockets: the methods that borrow them; `Read::bytes`/`chain`/`take` take them. */
const SOCKET_BORROWS = /^(incoming|accept|local_addr|peer_addr|set_nonblocking|try_clone|ttl|set_ttl|read|read_exact|read_to_end|read_to_string|write|write_all|flush|shutdown|set_read_timeout|set_write_timeout|peek)$/;

/** Trait methods every type may have through derives; all take `&self`. */
const BORROWING_TRAIT_METHODS = new Set([
  'clone', 'to_string', 'to_owned', 'eq', 'ne', 'cmp', 'partial_cmp', 'lt', 'le', 'gt', 'ge', 'hash', 'fmt',
  'borrow', 'borrow_mut', 'as_ref', 'as_mut',
]);

/** How calling `method` on a place of type `ty` uses the place. */
export function receiverUse(items: ItemIndex, ty: Ty, method: string): ReceiverUse {
  // Method calls reborrow references (`&T` is Copy, `&mut T` is reborrowed), so a reference
  // receiver never moves.
  if (ty.k === 'ref') return 'borrow';
  if (ty.k === 'prim' || ty.k === 'ptr') return 'borrow';
  if (ty.k !== 'adt') return 'unknown';
  const user = items.methods.get(ty.name)?.get(method);
  if (user) return user.self === 'value' ? 'move' : user.self === 'ref' ? 'borrow' : 'unknown';
  if (items.types.has(ty.name)) {
    if (BORROWING_TRAIT_METHODS.has(method)) return 'borrow';
    const fromTrait = items.traitMethods.get(method);
    if (fromTrait) return fromTrait.self === 'value' ? 'move' : fromTrait.self === 'ref' ? 'borrow' : 'unknown';
    return method === 'into' ? 'move' : 'unknown';
  }
  // A trait of the file may give a standard type a method (a blanket `impl<T> Tr for T`). An
  // inherent method of the same name would win, so when the two disagree the check stays out.
  const fromTrait = items.traitMethods.get(method);
  const std = stdReceiverUse(ty.name, method);
  if (fromTrait) {
    const own: ReceiverUse = fromTrait.self === 'value' ? 'move' : fromTrait.self === 'ref' ? 'borrow' : 'unknown';
    return own === std ? own : 'unknown';
  }
  return std;
}

function stdReceiverUse(name: string, method: string): ReceiverUse {
  switch (name) {
    case 'Option':
      return OPTION_BY_VALUE.has(method) ? 'move' : 'borrow';
    case 'Result':
      return RESULT_BY_VALUE.has(method) ? 'move' : 'borrow';
    case 'Rc':
    case 'Arc':
      // Nothing can be moved out through a shared pointer: every method borrows.
      return 'borrow';
    case 'Box':
      return BORROWING_TRAIT_METHODS.has(method) ? 'borrow' : 'unknown';
    case 'TcpListener':
    case 'TcpStream':
      return /^(bytes|chain|take)$/.test(method) ? 'move' : SOCKET_BORROWS.test(method) ? 'borrow' : 'unknown';
    case 'BufReader':
      // `BufRead::lines`/`split`/`bytes` and `into_inner` take the reader; reading borrows it.
      return /^(lines|split|bytes|into_inner|chain|take)$/.test(method) ? 'move' : /^(read_line|read_to_string|read_until|read|read_exact|fill_buf|consume|get_ref|get_mut|buffer|capacity)$/.test(method) ? 'borrow' : 'unknown';
    case 'JoinHandle':
      return method === 'join' || method === 'into' ? 'move' : 'borrow';
  }
  if (INTO_TYPES.has(name)) return method === 'into' || method.startsWith('into_') || method === 'leak' ? 'move' : 'borrow';
  return 'unknown';
}

/** The type a method call returns, when the table knows it. */
export function methodReturnTy(items: ItemIndex, recv: Ty, method: string): Ty {
  const owned = derefTy(recv);
  if (owned.k === 'adt') {
    const user = items.methods.get(owned.name)?.get(method);
    if (user) return user.params.length ? UNKNOWN : user.ret;
  }
  const isStr = (owned.k === 'prim' && owned.name === 'str') || (owned.k === 'adt' && owned.name === 'String');
  switch (method) {
    case 'clone':
      // `Rc::clone`/`.clone()` gives the same type; a reference to a generic gives nothing we know.
      return owned.k === 'param' ? UNKNOWN : owned;
    case 'to_string':
      return adt('String');
    case 'to_owned':
    case 'to_uppercase':
    case 'to_lowercase':
    case 'repeat':
    case 'replace':
    case 'trim_matches':
      return isStr ? adt('String') : UNKNOWN;
    case 'to_vec':
      return adt('Vec', [UNKNOWN]);
    case 'len':
    case 'count':
    case 'capacity':
      return prim('usize');
    case 'is_empty':
    case 'contains':
    case 'starts_with':
    case 'ends_with':
    case 'is_some':
    case 'is_none':
    case 'is_ok':
    case 'is_err':
      return prim('bool');
    case 'unwrap':
    case 'expect':
    case 'unwrap_or':
    case 'unwrap_or_else':
    case 'unwrap_or_default':
      if (owned.k === 'adt' && (owned.name === 'Option' || owned.name === 'Result') && recv.k !== 'ref') {
        return owned.args[0] ?? UNKNOWN;
      }
      return UNKNOWN;
  }
  return UNKNOWN;
}
