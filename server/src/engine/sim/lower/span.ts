// The Ast's spans in the simulator's terms, and positions inside the text the Ast spans do not
// name (a `[` of an index, `self` in `self: Box<Self>`).
import type * as A from '../../syntax/ast';
import type { Span } from '../ir';
import type { AdtKeys } from './adtKeys';

export function spanOf(s: A.Span): Span {
  return { l: s.line, c: s.character, el: s.endLine, ec: s.endCharacter };
}

/** The lowered program's text, with where each line starts, and the keys of its types. */
export class SourceText {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string, readonly adtKeys?: AdtKeys) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** The text a node spans. */
  of(s: A.Span): string {
    return this.text.slice(s.start, s.end);
  }

  /** The span of `[start, end)`, offsets into the text. */
  span(start: number, end: number): Span {
    const a = this.lineOf(start);
    const b = this.lineOf(end);
    return { l: a, c: start - this.lineStarts[a]!, el: b, ec: end - this.lineStarts[b]! };
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
