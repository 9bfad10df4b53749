// The lowering's state: a cursor over one tree (copied out of tree-sitter, see flatTree.ts), the
// text it indexes, and the id counter shared by every tree lowered into the same file (macro
// arguments are re-parsed into trees of their own, whose offsets are shifted back into the file
// by `delta`).
import type { Language } from 'web-tree-sitter';
import type { MacCall, NodeId, Span, Unsupported } from '../ast';
import type { MacroJob } from './macros';
import { MAX_SYNTAX_DEPTH } from '../../tooDeep';
import { FlatCursor, type FlatTree } from '../../parse/flatTree';
import { lineOfOffset, lineStartsOf } from '../lineStarts';

/**
 * Nesting beyond this many expression/pattern/type levels lowers to `Unsupported` (`too-deep`), so
 * the JS stack never overflows. The same bound as the syntax tree's (each level here is at least
 * one tree level), so a file the checks do not skip as too deep is lowered whole.
 */
export const MAX_DEPTH = MAX_SYNTAX_DEPTH;

/**
 * `list` with no spare room: V8 gives an array its first `push` room for 17 elements, which the
 * Ast would keep (and the garbage collector copy) for each of its short lists.
 */
export function tight<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/** A power of two. */
const RECENT_SPANS = 256;

/** Per file: ids, line starts, the unsupported list. Shared by the file's tree and its re-parsed macro arguments. */
export class FileState {
  nextId = 0;
  readonly unsupported: Unsupported[] = [];
  readonly cfgStripped: Span[] = [];
  readonly macCalls: MacCall[] = [];
  /** Std macro calls whose arguments wait for the batch parse (lowerMacroArguments). */
  readonly macroJobs: MacroJob[] = [];
  private readonly lineStarts: number[];

  constructor(readonly text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  /**
   * Spans made lately, by a hash of their offsets: nested nodes often cover the same text (a path
   * expression, its path and its one segment), and a span is never changed, so they share one
   * object. A third fewer spans to allocate and for the garbage collector to copy.
   */
  private readonly recent: (Span | undefined)[] = new Array<Span | undefined>(RECENT_SPANS).fill(undefined);

  span(start: number, end: number): Span {
    const slot = (start * 31 + end) & (RECENT_SPANS - 1);
    const hit = this.recent[slot];
    if (hit !== undefined && hit.start === start && hit.end === end) return hit;
    const a = this.lineOf(start);
    const b = end === start ? a : this.lineOf(end);
    const span = { start, end, line: a, character: start - this.lineStarts[a]!, endLine: b, endCharacter: end - this.lineStarts[b]! };
    this.recent[slot] = span;
    return span;
  }

  /** The line of the last lookup: the lowering asks in nearly increasing order, mostly on that line. */
  private lastLine = 0;

  private lineOf(offset: number): number {
    const ls = this.lineStarts;
    const last = this.lastLine;
    if (ls[last]! <= offset && (last + 1 === ls.length || offset < ls[last + 1]!)) return last;
    const line = lineOfOffset(this.lineStarts, offset);
    this.lastLine = line;
    return line;
  }


}

/** Node-type and field names by id, read from the grammar once: the cursor then costs one read per property. */
interface Grammar {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
  /** 1 for the comment types, which `each` skips. */
  comment: Uint8Array;
}

const grammars = new WeakMap<Language, Grammar>();

function grammarOf(language: Language): Grammar {
  let g = grammars.get(language);
  if (!g) {
    const types: string[] = [];
    const named: boolean[] = [];
    for (let id = 0; id < language.nodeTypeCount; id++) {
      const t = language.nodeTypeForId(id) ?? '';
      types.push(t);
      named.push(language.nodeTypeIsNamed(id) || t === '_');
    }
    const fields: (string | null)[] = [null];
    for (let id = 1; id <= language.fieldCount; id++) fields.push(language.fieldNameForId(id));
    const comment = new Uint8Array(types.length + 1);
    types.forEach((t, id) => {
      if (t === 'line_comment' || t === 'block_comment') comment[id] = 1;
    });
    g = { types, named, fields, comment };
    grammars.set(language, g);
  }
  return g;
}

export class Lowerer {
  readonly c: FlatCursor;
  depth = 0;
  private readonly g: Grammar;
  private readonly tree: FlatTree;

  /**
   * @param src the text `tree` was parsed from (the file, or a macro argument's snippet)
   * @param delta added to an offset in `src` to get the offset in the file
   */
  constructor(readonly file: FileState, tree: FlatTree, language: Language, readonly src: string, public delta: number) {
    this.tree = tree;
    this.c = new FlatCursor(tree);
    this.g = grammarOf(language);
  }

  // --- the node under the cursor -----------------------------------------------------------

  get type(): string {
    return this.g.types[this.tree.type[this.c.i]!] ?? '';
  }
  get field(): string | null {
    const fid = this.tree.field[this.c.i]!;
    return fid ? (this.g.fields[fid] ?? null) : null;
  }
  /** Named in the grammar, or `_` (an anonymous token that stands for a pattern, a type or an expression). */
  get named(): boolean {
    return this.g.named[this.tree.type[this.c.i]!] ?? false;
  }
  get start(): number {
    return this.tree.start[this.c.i]!;
  }
  get end(): number {
    return this.tree.end[this.c.i]!;
  }
  /** The node's text (a slice of the source string). */
  get text(): string {
    return this.src.slice(this.start, this.end);
  }
  get isMissing(): boolean {
    return this.tree.missing[this.c.i] === 1;
  }

  id(): NodeId {
    return this.file.nextId++;
  }

  /** The span of the node under the cursor, in file coordinates. */
  span(): Span {
    return this.file.span(this.start + this.delta, this.end + this.delta);
  }

  spanOf(start: number, end: number): Span {
    return this.file.span(start + this.delta, end + this.delta);
  }

  /** Calls `visit` with the cursor on each child in turn (anonymous tokens included); leaves the cursor on the node. */
  each(visit: () => void): void {
    const c = this.c;
    if (!c.gotoFirstChild()) return;
    const type = this.tree.type;
    const comment = this.g.comment;
    do {
      if (comment[type[c.i]!] === 1) continue;
      visit();
    } while (c.gotoNextSibling());
    c.gotoParent();
  }

  /**
   * `each` without a closure, for the hottest nodes: `if (L.down()) do { … } while (L.next());`
   * visits the children (comments skipped) and leaves the cursor on the node. The loop's body
   * must not leave it early (no `return` or `break`), since the cursor would stay on a child.
   */
  down(): boolean {
    const c = this.c;
    if (!c.gotoFirstChild()) return false;
    if (this.g.comment[this.tree.type[c.i]!] !== 1) return true;
    return this.next();
  }

  /** The next child that is not a comment; after the last, back on the parent and false. */
  next(): boolean {
    const c = this.c;
    const type = this.tree.type;
    const comment = this.g.comment;
    while (c.gotoNextSibling()) if (comment[type[c.i]!] !== 1) return true;
    c.gotoParent();
    return false;
  }

  /** Moves to the parent after the caller walked down by hand (`gotoFirstChild`). */
  up(): void {
    this.c.gotoParent();
  }

  /** Calls `visit` on the first named child (comments skipped); returns its result or `undefined`. */
  firstNamed<T>(visit: () => T): T | undefined {
    let out: T | undefined;
    let done = false;
    this.each(() => {
      if (done || !this.named) return;
      done = true;
      out = visit();
    });
    return out;
  }
  /** Records that a false `cfg` removed the node under the cursor. */
  stripped(): void {
    this.file.cfgStripped.push(this.span());
  }

  unsupported(what: string, reason: Unsupported['reason'] = 'unmodelled'): Unsupported {
    const u: Unsupported = { kind: 'Unsupported', id: this.id(), span: this.span(), what, reason };
    this.file.unsupported.push(u);
    return u;
  }

  /**
   * Runs `lower` one level deeper, or returns `too-deep` without descending. `lower` takes the
   * lowerer (and `arg`) rather than closing over them: no closure per node.
   */
  nested<T, A = undefined>(lower: (L: Lowerer, arg: A) => T | Unsupported, arg?: A): T | Unsupported {
    if (this.depth >= MAX_DEPTH) return this.unsupported(`${this.type} nested more than ${MAX_DEPTH} levels deep`, 'too-deep');
    this.depth++;
    try {
      return lower(this, arg as A);
    } finally {
      this.depth--;
    }
  }
}
