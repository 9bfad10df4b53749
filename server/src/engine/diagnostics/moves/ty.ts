// The little type model the move check needs: enough to tell whether a value is `Copy` (it never
// moves), not `Copy` (it moves), or unknown (the check stays silent). It is deliberately shallow:
// a type the check cannot name is `unknown`, never guessed.
import type { SyntaxNode } from '../syntax';

export type Ty =
  | { k: 'prim'; name: string }
  | { k: 'ref'; mut: boolean; inner: Ty }
  /** Raw pointers and `fn` pointers: always `Copy`. */
  | { k: 'ptr' }
  /** A named type (`String`, `Vec<T>`, a user struct): the last path segment and its arguments. */
  | { k: 'adt'; name: string; args: Ty[] }
  | { k: 'tuple'; elems: Ty[] }
  | { k: 'array'; elem: Ty }
  /** A generic parameter of the function or of its `impl`. */
  | { k: 'param'; name: string }
  | { k: 'unknown' };

export const UNKNOWN: Ty = { k: 'unknown' };
/** The type of a closure that owns a non-`Copy` capture (a name no Rust type can have). */
export const CLOSURE: Ty = { k: 'adt', name: '{closure}', args: [] };
export const prim = (name: string): Ty => ({ k: 'prim', name });
export const adt = (name: string, args: Ty[] = []): Ty => ({ k: 'adt', name, args });

/** `yes`: the value is copied; `no`: it moves; `unknown`: the check must not decide. */
export type Tri = 'yes' | 'no' | 'unknown';

const PRIMITIVES = new Set([
  'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize',
  'f32', 'f64', 'bool', 'char', 'str', '!',
]);

/** Standard types that are never `Copy`, whatever their arguments. */
const STD_NOT_COPY = new Set([
  'String', 'Vec', 'Box', 'Rc', 'Arc', 'Weak', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'VecDeque',
  'BinaryHeap', 'LinkedList', 'RefCell', 'Cell', 'Mutex', 'RwLock', 'PathBuf', 'OsString', 'CString',
  'File', 'JoinHandle', 'Sender', 'Receiver', 'SyncSender', 'Thread', 'Builder', 'Range', 'Chars',
  'IntoIter', 'Drain', 'Formatter', 'AtomicUsize', 'AtomicBool', 'AtomicI32', 'AtomicU32', 'AtomicI64',
  'AtomicU64', 'OnceCell', 'Condvar', 'Barrier', 'ParseIntError', 'ParseFloatError', 'FromUtf8Error',
  'BufReader', 'BufWriter', 'TcpListener', 'TcpStream', 'io::Error', '{closure}',
]);

/** Standard generic types that are `Copy` exactly when all their arguments are. */
const STD_COPY_IF_ARGS = new Set(['Option', 'Result', 'PhantomData', 'Reverse', 'Wrapping', 'Duration', 'Ordering', 'Instant']);

/** The facts about the program's own types and generics that decide `Copy`. */
export interface CopyFacts {
  /** `yes`/`no` for a type declared in the file; undefined for a type the file does not declare. */
  userTypeCopy(name: string, args: Ty[]): Tri | undefined;
  /** Copy-ness of a generic parameter in scope, or undefined when the name is not a parameter. */
  paramCopy(name: string): Tri | undefined;
}

export function isCopy(ty: Ty, facts: CopyFacts): Tri {
  switch (ty.k) {
    case 'prim':
    case 'ptr':
      return 'yes';
    case 'ref':
      // `&mut T` moves on assignment but is reborrowed when passed on: too subtle to judge.
      return ty.mut ? 'unknown' : 'yes';
    case 'tuple':
      return all(ty.elems.map((e) => isCopy(e, facts)));
    case 'array':
      return isCopy(ty.elem, facts);
    case 'param':
      return facts.paramCopy(ty.name) ?? 'unknown';
    case 'unknown':
      return 'unknown';
    case 'adt': {
      const user = facts.userTypeCopy(ty.name, ty.args);
      if (user !== undefined) return user;
      if (STD_NOT_COPY.has(ty.name)) return 'no';
      if (STD_COPY_IF_ARGS.has(ty.name)) return all(ty.args.map((a) => isCopy(a, facts)));
      return 'unknown';
    }
  }
}

/** `no` if any part moves, `yes` if all are copied, else `unknown`. */
export function all(parts: Tri[]): Tri {
  if (parts.includes('no')) return 'no';
  return parts.every((p) => p === 'yes') ? 'yes' : 'unknown';
}

/** Reads a tree-sitter type node. `self` names the `Self` type inside an `impl`. */
export function tyOfNode(node: SyntaxNode | null | undefined, selfTy?: Ty, params?: ReadonlySet<string>): Ty {
  if (!node) return UNKNOWN;
  switch (node.type) {
    case 'primitive_type':
      return PRIMITIVES.has(node.text) ? prim(node.text) : UNKNOWN;
    case 'unit_type':
      return prim('()');
    case 'never_type':
      return prim('!');
    case 'reference_type':
      return {
        k: 'ref',
        mut: node.children.some((c) => c?.type === 'mutable_specifier'),
        inner: tyOfNode(node.childForFieldName('type'), selfTy, params),
      };
    case 'pointer_type':
    case 'function_type':
      return { k: 'ptr' };
    case 'tuple_type':
      return { k: 'tuple', elems: node.namedChildren.filter(isNode).map((c) => tyOfNode(c, selfTy, params)) };
    case 'array_type':
      return node.childForFieldName('length')
        ? { k: 'array', elem: tyOfNode(node.childForFieldName('element'), selfTy, params) }
        : UNKNOWN; // a slice `[T]` is unsized and never a local
    case 'type_identifier':
      if (node.text === 'Self') return selfTy ?? UNKNOWN;
      if (params?.has(node.text)) return { k: 'param', name: node.text };
      return adt(node.text);
    case 'scoped_type_identifier':
      return adt(node.childForFieldName('name')?.text ?? '');
    case 'generic_type': {
      const base = tyOfNode(node.childForFieldName('type'), selfTy, params);
      if (base.k !== 'adt') return UNKNOWN;
      const args = node.childForFieldName('type_arguments')?.namedChildren.filter(isNode) ?? [];
      return adt(
        base.name,
        args.filter((a) => a.type !== 'lifetime').map((a) => tyOfNode(a, selfTy, params)),
      );
    }
    default:
      // `impl Trait`, `dyn Trait`, qualified paths, macros in type position.
      return UNKNOWN;
  }
}

/** Node objects are created per access: compare them by id. */
export function sameNode(a: SyntaxNode | null | undefined, b: SyntaxNode | null | undefined): boolean {
  return a != null && b != null && a.id === b.id;
}

export function isNode(n: SyntaxNode | null | undefined): n is SyntaxNode {
  return n != null;
}

/** `&T` and `&mut T` lose their reference; other types stay. */
export function derefTy(ty: Ty): Ty {
  return ty.k === 'ref' ? ty.inner : ty;
}

export function tyName(ty: Ty): string {
  switch (ty.k) {
    case 'prim':
      return ty.name;
    case 'ref':
      return `&${ty.mut ? 'mut ' : ''}${tyName(ty.inner)}`;
    case 'ptr':
      return 'pointer';
    case 'adt':
      return ty.args.length ? `${ty.name}<${ty.args.map(tyName).join(', ')}>` : ty.name;
    case 'tuple':
      return `(${ty.elems.map(tyName).join(', ')})`;
    case 'array':
      return `[${tyName(ty.elem)}; _]`;
    case 'param':
      return ty.name;
    case 'unknown':
      return '_';
  }
}

/** Substitutes generic parameters by the arguments of a use (`Wrapper<String>`). */
export function substitute(ty: Ty, map: ReadonlyMap<string, Ty>): Ty {
  switch (ty.k) {
    case 'param':
      return map.get(ty.name) ?? UNKNOWN;
    case 'adt':
      return ty.args.length ? adt(ty.name, ty.args.map((a) => substitute(a, map))) : ty;
    case 'ref':
      return { ...ty, inner: substitute(ty.inner, map) };
    case 'tuple':
      return { k: 'tuple', elems: ty.elems.map((e) => substitute(e, map)) };
    case 'array':
      return { k: 'array', elem: substitute(ty.elem, map) };
    default:
      return ty;
  }
}
