// The controls' icons as inline SVG paths (16×16), drawn in the current text colour, so they need
// no font, no image request and no content-security-policy exception.
import { svg } from './dom';

const PATHS = {
  first: 'M3 2h2v12H3zM14 2v12L6 8z',
  prev: 'M12 2v12L4 8z',
  next: 'M4 2v12l8-6z',
  last: 'M11 2h2v12h-2zM2 2v12l8-6z',
  play: 'M4 2v12l10-6z',
  pause: 'M3 2h4v12H3zM9 2h4v12H9z',
  over: 'M2 10a6 6 0 0 1 11-3.3V4h1.5v5.5H9V8h3a4.5 4.5 0 0 0-8.5 2zM7 12h2v2H7z',
  back: 'M14 10a6 6 0 0 0-11-3.3V4H1.5v5.5H7V8H4a4.5 4.5 0 0 1 8.5 2zM7 12h2v2H7z',
  out: 'M8 1l5 5h-3.5v5h-3V6H3zM3 13h10v2H3z',
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): SVGSVGElement {
  const s = svg('svg', { viewBox: '0 0 16 16', width: '16', height: '16', class: 'icon', 'aria-hidden': 'true', focusable: 'false' });
  s.append(svg('path', { d: PATHS[name], class: 'icon-path' }));
  return s;
}

export function setIcon(host: Element, name: IconName): void {
  host.querySelector('svg.icon')?.replaceWith(icon(name));
}
