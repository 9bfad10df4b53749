// The value inside a `RefCell`, `Mutex` or `RwLock` that a guard (`Ref`, `RefMut`, `MutexGuard`,
// an `RwLock` guard) is lending, drawn under its owner's value with the borrow or lock state, so
// the guard's arrow ends on the value it gives access to rather than on the whole owner.
import type { Anchors, TargetKey } from '../anchors';
import { el, setText } from '../dom';
import { cellInside } from '../pretty';

const FREE: Record<string, string> = { RefCell: 'not borrowed', Mutex: 'unlocked', RwLock: 'unlocked' };

export class CellInners {
  readonly root = el('div', 'cell-inners hidden');
  private key = '';
  private contents = new Map<string, HTMLElement>();

  /**
   * Shows the cells at `paths` of `value` (the owner's Debug text) and registers each as the target
   * `${owner}:cell:${path}`. A cell the text does not show is not drawn: its guard's arrow then ends
   * on the owner itself (`fallback`).
   */
  update(owner: `var:${number}` | `block:${number}`, value: string, paths: ReadonlySet<string> | undefined, fallback: Element, anchors: Anchors): void {
    const list = paths ? [...paths].sort() : [];
    const key = `${value}|${list.join('\n')}`;
    if (key !== this.key) {
      this.key = key;
      this.contents.clear();
      const rows: HTMLElement[] = [];
      for (const path of list) {
        const cell = cellInside(value, path);
        if (!cell) continue;
        const row = el('div', 'cell-inner');
        row.dataset['cell'] = path;
        const state = cell.state || FREE[cell.kind]!;
        const what = el('span', 'cell-what', `${path ? `${path}: ` : ''}${cell.kind} · ${state}`);
        const content = el('span', 'cell-content');
        setText(content, cell.inner);
        content.title = `The value inside the ${cell.kind}${path ? ` ${path}` : ''} (${state}): ${cell.inner}`;
        row.append(content, what);
        rows.push(row);
        this.contents.set(path, content);
      }
      this.root.replaceChildren(...rows);
      this.root.classList.toggle('hidden', rows.length === 0);
    }
    for (const path of list) anchors.targets.set(`${owner}:cell:${path}` as TargetKey, this.contents.get(path) ?? fallback);
  }
}
