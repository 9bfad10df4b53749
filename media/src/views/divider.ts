// The bar between the code pane and the memory: drag it (or focus it and press ← →) to give one
// side more room. The width is kept in the page's localStorage, so a reader's choice survives a
// reload and applies to every replay page they open from the same place.
import { el } from '../dom';

const KEY = 'rustmem.sourceWidth';
const MIN = 180;

function saved(): number | undefined {
  try {
    const n = Number(localStorage.getItem(KEY));
    return Number.isFinite(n) && n >= MIN ? n : undefined;
  } catch {
    // Storage can be off (a sandboxed frame, privacy settings): the divider still works for the page.
    return undefined;
  }
}

function save(width: number): void {
  try {
    localStorage.setItem(KEY, String(Math.round(width)));
  } catch {
    // See saved().
  }
}

/**
 * The code pane's starting width: its longest line (plus the line numbers) up to 80 characters,
 * unless the reader dragged the divider before. `--source-width` on `panes` holds it.
 */
export function sourceDivider(panes: HTMLElement, source: HTMLElement, longestLine: number, changed: () => void): HTMLElement {
  const bar = el('div', 'divider');
  bar.tabIndex = 0;
  bar.setAttribute('role', 'separator');
  bar.setAttribute('aria-orientation', 'vertical');
  bar.setAttribute('aria-label', 'Resize the code pane');
  bar.title = 'Drag to resize the code pane';
  const initial = saved();
  // A monospace character is about 0.6em wide; plus the gutter and padding; never more than 40% of the page.
  panes.style.setProperty('--source-width', initial !== undefined ? `${initial}px` : `min(40vw, calc(${Math.min(80, Math.max(30, longestLine))} * 0.61 * var(--rm-mono-size) + 6em))`);
  const set = (px: number) => {
    const max = panes.getBoundingClientRect().width - 320;
    const w = Math.max(MIN, Math.min(max, px));
    panes.style.setProperty('--source-width', `${w}px`);
    bar.setAttribute('aria-valuenow', String(Math.round(w)));
    save(w);
    changed();
  };
  bar.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    bar.setPointerCapture(e.pointerId);
    // The pane follows the pointer's travel: grabbing the bar off its centre does not jump it.
    const start = source.getBoundingClientRect().width;
    const x0 = e.clientX;
    const move = (m: PointerEvent) => set(start + m.clientX - x0);
    const up = () => {
      bar.removeEventListener('pointermove', move);
      bar.removeEventListener('pointerup', up);
      bar.classList.remove('dragging');
    };
    bar.classList.add('dragging');
    bar.addEventListener('pointermove', move);
    bar.addEventListener('pointerup', up);
  });
  bar.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    e.stopPropagation();
    set(source.getBoundingClientRect().width + (e.key === 'ArrowLeft' ? -24 : 24));
  });
  return bar;
}
