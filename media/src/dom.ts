// The few DOM helpers the renderer uses. Text always goes in through `textContent`: every string
// the program produced (literals, output, type names) is data, never markup.
import type { Segment } from '../../protocol/events';

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

/** Sets text only when it differs, so an unchanged step costs no DOM write. */
export function setText(e: Element, text: string): void {
  if (e.textContent !== text) e.textContent = text;
}

export function toggle(e: Element, className: string, on: boolean): void {
  if (e.classList.contains(className) !== on) e.classList.toggle(className, on);
}

/** Puts `children` into `parent` in this order, moving only the nodes that are out of place. */
export function placeChildren(parent: Element, children: readonly Element[]): void {
  let cursor = parent.firstElementChild;
  for (const child of children) {
    if (child !== cursor) parent.insertBefore(child, cursor);
    else cursor = cursor.nextElementSibling;
  }
  while (cursor) {
    const next = cursor.nextElementSibling;
    cursor.remove();
    cursor = next;
  }
}

export function appendSegments(parent: Element, segments: readonly Segment[]): void {
  for (const s of segments) {
    if (typeof s === 'string') parent.append(document.createTextNode(s));
    else parent.append(el('code', undefined, s.code));
  }
}
