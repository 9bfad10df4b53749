// The program's source beside the memory, for the standalone replay (in VS Code the editor beside
// the panel plays this part). The current line is marked; a line that ran is a button that jumps
// to the first step on it.
import type { Trace } from '../../../protocol/trace';
import { el, toggle } from '../dom';

export class SourceView {
  readonly root = el('section', 'source');
  private readonly lines: HTMLElement[] = [];
  private current: HTMLElement | undefined;

  constructor(text: string, trace: Trace, onLine: (line: number) => void) {
    this.root.setAttribute('aria-label', 'Source');
    const ran = new Set(trace.steps.map((s) => s.line));
    const list = el('ol', 'source-lines');
    text.split(/\r?\n/).forEach((t, i) => {
      const n = i + 1;
      const li = el('li', 'source-line');
      li.append(el('span', 'line-no', String(n)));
      if (ran.has(n)) {
        const b = el('button', 'line-text ran', t || ' ');
        b.type = 'button';
        b.title = `Go to the first step at line ${n}`;
        b.addEventListener('click', () => onLine(n));
        li.append(b);
      } else {
        li.append(el('span', 'line-text', t || ' '));
      }
      list.append(li);
      this.lines.push(li);
    });
    this.root.append(list);
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
