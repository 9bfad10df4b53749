// The lowering's state: one TreeCursor over one tree, the text it indexes, and the id counter
// shared by every tree lowered into the same file (macro arguments are re-parsed into trees of
// their own, whose offsets are shifted back into the file by `delta`).
//
// Everything reads the tree through the cursor: a tree-sitter node object costs a crossing into
// WebAssembly per property, the cursor one per step, and no node outlives the lowering.
import type { Language, Tree, TreeCursor } from 'web-tree-sitter';
import type { MacCall, NodeId, Span, Unsupported } from '../ast';
import type { MacroJob } from './macros';
import { MAX_SYNTAX_DEPTH } from '../../tooDeep';

/**
 * Nesting beyond this many expression/pattern/type levels lowers to `Unsupported` (`too-deep`), so
 * the JS stack never overflows. The same bound as the syntax tree's (each level here is at least
 * one tree level), so a file the checks do not skip as too deep is lowered whole.
 */
export const MAX_DEPTH = MAX_SYNTAX_DEPTH;

/** Per file: ids, line starts, the unsupported list. Shared by the file's tree and its re-parsed macro arguments. */
export class FileState {
  nextId = 0;
  readonly unsupported: Unsupported[] = [];
  readonly cfgStripped: Span[] = [];
  readonly macCalls: MacCall[] = [];
  /** Std macro calls whose arguments wait for the batch parse (lowerMacroArguments). */
  readonly macroJobs: MacroJob[] = [];
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  span(start: number, end: number): Span {
    const a = this.lineOf(start);
    const b = end === start ? a : this.lineOf(end);
    return { start, end, line: a, character: start - this.lineStarts[a]!, endLine: b, endCharacter: end - this.lineStarts[b]! };
  }

  private lineOf(offset: number): number {
    const ls = this.lineStarts;
    let lo = 0;
    let hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Node-type and field names by id, read from the grammar once: the cursor then costs one read per property. */
interface Grammar {
  types: string[];
  named: boolean[];
  fields: (string | null)[];
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
    g = { types, named, fields };
    grammars.set(language, g);
  }
  return g;
}

export class Lowerer {
  readonly c: TreeCursor;
  depth = 0;
  private readonly g: Grammar;
  // What is known of the node under the cursor; each cursor read crosses into WebAssembly (and
  // copies the cursor there and back), so a property is read at most once per node.
  private t = '';
  /** `undefined` until read: many nodes are judged by their type alone. */
  private f: string | null | undefined = undefined;
  private nm = false;
  private s = -1;
  private e = -1;

  /**
   * @param src the text `tree` was parsed from (the file, or a macro argument's snippet)
   * @param delta added to an offset in `src` to get the offset in the file
   */
  constructor(readonly file: FileState, tree: Tree, readonly src: string, public delta: number) {
    this.c = tree.walk();
    this.g = grammarOf(tree.language);
    this.sync();
  }

  /** Reads the node the cursor just moved to. */
  sync(): void {
    const id = this.c.nodeTypeId;
    this.t = this.g.types[id] ?? '';
    this.nm = this.g.named[id] ?? false;
    this.f = undefined;
    this.s = -1;
    this.e = -1;
  }

  /** Frees the cursor's WebAssembly memory; the lowerer is not used after this. */
  dispose(): void {
    this.c.delete();
  }

  // --- the node under the cursor -----------------------------------------------------------

  get type(): string {
    return this.t;
  }
  get field(): string | null {
    if (this.f === undefined) {
      const fid = this.c.currentFieldId;
      this.f = fid ? (this.g.fields[fid] ?? null) : null;
    }
    return this.f;
  }
  /** Named in the grammar, or `_` (an anonymous token that stands for a pattern, a type or an expression). */
  get named(): boolean {
    return this.nm;
  }
  get start(): number {
    if (this.s < 0) this.s = this.c.startIndex;
    return this.s;
  }
  get end(): number {
    if (this.e < 0) this.e = this.c.endIndex;
    return this.e;
  }
  /** The node's text (a slice of the source string, not a WebAssembly read). */
  get text(): string {
    return this.src.slice(this.start, this.end);
  }
  get isMissing(): boolean {
    return this.c.nodeIsMissing;
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
    const { t, f, nm, s, e } = this;
    do {
      this.sync();
      if (this.t === 'line_comment' || this.t === 'block_comment') continue;
      visit();
    } while (c.gotoNextSibling());
    c.gotoParent();
    this.t = t;
    this.f = f;
    this.nm = nm;
    this.s = s;
    this.e = e;
  }

  /** Moves to the parent after the caller walked down by hand (`gotoFirstChild`) and syncs. */
  up(): void {
    this.c.gotoParent();
    this.sync();
  }

  /** Calls `visit` on the first named child (comments skipped); returns its result or `undefined`. */
  firstNamed<T>(visit: () => T): T | undefined {
    let out: T | undefined;
    let done = false;
    this.each(() => {
      if (done || !this.nm) return;
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

  /** Runs `lower` one level deeper, or returns `too-deep` without descending. */
  nested<T>(lower: () => T | Unsupported): T | Unsupported {
    if (this.depth >= MAX_DEPTH) return this.unsupported(`${this.type} nested more than ${MAX_DEPTH} levels deep`, 'too-deep');
    this.depth++;
    try {
      return lower();
    } finally {
      this.depth--;
    }
  }
}
