// A value as the panel shows it: one line, cut with an ellipsis when it does not fit, the full text
// in its tooltip; a click or Enter expands it in place, laid out as `{:#?}` would, and collapses it
// again. Stack rows, heap blocks and element slots all use it.
import { el, setText, toggle } from '../dom';
import { prettyDebug } from '../pretty';

export class ValueText {
  readonly root = el('span', 'value-text');
  private text = '';
  private expanded = false;

  /** `changed` is called after the value grows or shrinks (arrows are redrawn). */
  constructor(private readonly changed: () => void) {
    this.root.tabIndex = 0;
    this.root.setAttribute('role', 'button');
    this.root.setAttribute('aria-expanded', 'false');
    this.root.addEventListener('click', (e) => {
      // A selection being made is not a click on the value.
      if (window.getSelection()?.toString()) return;
      e.stopPropagation();
      this.toggle();
    });
    this.root.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      e.stopPropagation();
      this.toggle();
    });
  }

  /** `shown` is what the collapsed line reads (defaults to the value itself). */
  set(full: string, shown = full): void {
    if (full === this.text && this.root.dataset['shown'] === shown) return;
    this.text = full;
    this.root.dataset['shown'] = shown;
    this.root.title = full === shown ? `${full}\n(click to expand)` : `${full}`;
    this.render();
  }

  private toggle(): void {
    this.expanded = !this.expanded;
    this.render();
    this.changed();
  }

  private render(): void {
    toggle(this.root, 'expanded', this.expanded);
    this.root.setAttribute('aria-expanded', String(this.expanded));
    this.root.setAttribute('aria-label', this.expanded ? 'Collapse the value' : `Value ${this.text}: expand`);
    setText(this.root, this.expanded ? prettyDebug(this.text) : (this.root.dataset['shown'] ?? this.text));
  }
}
