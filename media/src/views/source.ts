// The program's source beside the memory, for the standalone replay (in VS Code the editor beside
// the panel plays this part). The current line is marked; a line that ran is a button that jumps
// to the first step on it.
import type { Trace } from '../../../protocol/trace';
import { el, toggle } from '../dom';

export class SourceView {
  readonly root = el('section', 'source');
  private readonly lines: HTMLElement[] = [];
  private readonly texts: string[];
  private readonly ran = new Set<number>();
  private seen = 0;
  private current: HTMLElement | undefined;
  /** Characters in the longest line (the pane is sized to it, up to a limit). */
  readonly longestLine: number;

  constructor(
    text: string,
    private readonly trace: Trace,
    private readonly onLine: (line: number) => void,
  ) {
    this.root.setAttribute('aria-label', 'Source');
    this.texts = text.split(/\r?\n/);
    this.longestLine = this.texts.reduce((n, t) => Math.max(n, t.replace(/\t/g, '    ').length), 0);
    const list = el('ol', 'source-lines');
    this.texts.forEach((t, i) => {
      const li = el('li', 'source-line');
      li.append(el('span', 'line-no', String(i + 1)), el('span', 'line-text', t || ' '));
      list.append(li);
      this.lines.push(li);
    });
    this.root.append(list);
    this.stepsArrived();
  }

  /** Lines that ran become buttons that jump to their first step (called again as parts arrive). */
  stepsArrived(): void {
    for (; this.seen < this.trace.steps.length; this.seen++) {
      const n = this.trace.steps.at(this.seen)!.line;
      const li = this.lines[n - 1];
      if (this.ran.has(n) || !li) continue;
      this.ran.add(n);
      const b = el('button', 'line-text ran', this.texts[n - 1] || ' ');
      b.type = 'button';
      b.title = `Go to the first step at line ${n}`;
      b.addEventListener('click', () => this.onLine(n));
      li.lastElementChild!.replaceWith(b);
    }
  }

  render(line: number | undefined): void {
    const next = line !== undefined ? this.lines[line - 1] : undefined;
    if (next === this.current) return;
    if (this.current) toggle(this.current, 'current', false);
    if (next) {
      toggle(next, 'current', true);
      // Scroll only this pane (scrollIntoView would scroll the page too).
      const top = next.offsetTop;
      const view = this.root;
      if (top < view.scrollTop || top + next.offsetHeight > view.scrollTop + view.clientHeight) {
        view.scrollTop = Math.max(0, top - view.clientHeight / 3);
      }
    }
    this.current = next;
  }
}
