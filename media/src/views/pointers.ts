// The small dots that arrows leave from: one per pointer a variable or heap block holds, labelled
// with the field that holds it (`next`, `0`) when that is not the value itself.
import type { Pointer } from '../../../protocol/trace';
import type { Anchors } from '../anchors';
import { el, setText } from '../dom';

const KIND_WORDS: Record<Pointer['kind'], string> = {
  ref: 'shared reference',
  'mut-ref': 'mutable reference',
  owner: 'owning pointer',
  strong: 'strong reference',
  weak: 'weak reference',
  raw: 'raw pointer',
};

export function pointerKindText(kind: Pointer['kind']): string {
  return KIND_WORDS[kind];
}

export class PointerChips {
  readonly root = el('span', 'pointers');
  private chips: { root: HTMLElement; label: HTMLElement; dot: HTMLElement }[] = [];
  private points: readonly Pointer[] = [];

  update(points: readonly Pointer[]): void {
    this.points = points;
    while (this.chips.length > points.length) this.chips.pop()!.root.remove();
    while (this.chips.length < points.length) {
      const root = el('span', 'pointer');
      const label = el('span', 'pointer-via');
      const dot = el('span', 'pointer-dot');
      root.append(label, dot);
      this.root.append(root);
      this.chips.push({ root, label, dot });
    }
    points.forEach((p, i) => {
      const chip = this.chips[i]!;
      setText(chip.label, p.via);
      chip.root.className = `pointer kind-${p.kind}`;
      const owner = p.target.kind === 'block' ? `heap block #${p.target.id}${p.target.index !== undefined ? `, element ${p.target.index}` : ''}` : 'a variable';
      const target = p.target.cell !== undefined ? `the value inside the cell${p.target.cell ? ` ${p.target.cell}` : ''} of ${owner}` : owner;
      chip.root.title = `${pointerKindText(p.kind)}${p.via ? ` in ${p.via}` : ''} to ${target}`;
    });
  }

  /** The dots, in the order of the pointers. */
  dots(): HTMLElement[] {
    return this.chips.slice(0, this.points.length).map((c) => c.dot);
  }

  pointer(i: number): Pointer {
    return this.points[i]!;
  }

  /** Adds this value's pointers to the arrows to draw. */
  register(anchors: Anchors, fromBlock: number | undefined): void {
    this.points.forEach((p, i) => anchors.sources.push({ from: this.chips[i]!.dot, fromBlock, pointer: p }));
  }
}
