// One syntax tree kept up to date with a changing text. Each update describes the change to
// tree-sitter as a single edit (the span between the common prefix and the common suffix of the
// old and new text), so unchanged subtrees are reused whatever the editor sent (one keystroke,
// a multi-cursor edit, a whole-file replace).
import { editFor, parseRust } from './parser';
import type { Tree } from './parser';

export class IncrementalTree {
  private tree: Tree | undefined;
  private text = '';

  /**
   * The tree of `text`, re-parsed incrementally. The previous tree must no longer be used. With
   * `budgetBytes`, a text whose tree would outgrow the parser's memory throws TreeTooLarge (see
   * parseRust) and leaves no tree behind.
   */
  update(text: string, budgetBytes?: number): Tree {
    if (this.tree && text === this.text) return this.tree;
    const old = this.tree;
    if (old) {
      const { start, oldEnd, newEnd } = changedRange(this.text, text);
      old.edit(editFor(this.text, start, oldEnd, text.slice(start, newEnd)));
    }
    let next: Tree;
    try {
      next = parseRust(text, old, budgetBytes);
    } catch (error) {
      // The old tree is edited for a text that has no tree: nothing can reuse it.
      this.dispose();
      throw error;
    }
    old?.delete();
    this.tree = next;
    this.text = text;
    return next;
  }

  /** Frees the tree (tree-sitter trees live in WebAssembly memory, not the JS heap). */
  dispose(): void {
    this.tree?.delete();
    this.tree = undefined;
    this.text = '';
  }
}

/** The smallest `[start, oldEnd)` of `before` that, replaced by `after[start, newEnd)`, gives `after`. */
export function changedRange(before: string, after: string): { start: number; oldEnd: number; newEnd: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before.charCodeAt(oldEnd - 1) === after.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}
