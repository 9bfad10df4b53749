// The program's output so far, as a console. Only the tail is kept in the DOM (a program that
// prints a line per step would otherwise rebuild megabytes of text while the slider moves).
import type { OutputChunk } from '../../../protocol/trace';
import { el } from '../dom';

const TAIL_CHARS = 20000;

/** How many chunks were printed at or before `step` (chunks are in step order). */
export function chunksUpTo(output: readonly OutputChunk[], step: number): number {
  let lo = 0;
  let hi = output.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (output[mid]!.step <= step) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class ConsoleView {
  readonly root = el('section', 'console');
  private readonly screen = el('pre', 'console-screen');
  private shown = -1;

  constructor() {
    this.root.setAttribute('aria-label', 'Program output');
    this.screen.tabIndex = 0;
    this.screen.setAttribute('aria-label', 'Program output so far');
    this.root.append(el('h3', 'section-title', 'Output'), this.screen);
  }

  render(output: readonly OutputChunk[], step: number, lastStep: number): void {
    const count = chunksUpTo(output, step);
    if (count === this.shown) return;
    this.shown = count;
    const parts: HTMLElement[] = [];
    let chars = 0;
    let i = count - 1;
    for (; i >= 0 && chars < TAIL_CHARS; i--) {
      const c = output[i]!;
      chars += c.text.length;
      parts.push(el('span', c.stream === 'stderr' ? 'stderr' : 'stdout', c.text));
    }
    if (i >= 0) parts.push(el('span', 'console-note', `… ${i + 1} earlier outputs not shown\n`));
    parts.reverse();
    if (count === 0) parts.push(el('span', 'console-note', step >= lastStep ? 'The program printed nothing.' : 'Nothing printed yet.'));
    this.screen.replaceChildren(...parts);
    this.screen.scrollTop = this.screen.scrollHeight;
  }
}
