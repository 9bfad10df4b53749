// The Ast's spans in the simulator's terms, and positions inside the text the Ast spans do not
// name (a `[` of an index, `self` in `self: Box<Self>`).
import type * as A from '../../syntax/ast';
import type { Span } from '../ir';
import type { AdtKeys } from './adtKeys';
import type { WrittenTypes } from './checkedTypes';
import { lineOfOffset, lineStartsOf } from '../../syntax/lineStarts';

export function spanOf(s: A.Span): Span {
  return { l: s.line, c: s.character, el: s.endLine, ec: s.endCharacter };
}

/**
 * The lowered program's text, with where each line starts, the keys of its types and the
 * checker's types of its written types.
 */
export class SourceText {
  private readonly lineStarts: number[];

  constructor(readonly text: string, readonly adtKeys?: AdtKeys, readonly writtenTypes?: WrittenTypes) {
    this.lineStarts = lineStartsOf(text);
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
    return lineOfOffset(this.lineStarts, offset);
  }
}
