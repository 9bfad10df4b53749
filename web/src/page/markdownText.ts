// Hovers are Markdown. The playground shows them as text, never as markup: fenced code becomes a
// <pre>, every other line a paragraph, and `**`/backticks are dropped. Whatever a program's
// names or strings contain, it reaches the page through textContent only.

export function renderMarkdown(markdown: string, className: string): HTMLElement {
  const root = document.createElement('div');
  root.className = className;
  let code: string[] | undefined;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) {
      if (code) {
        const pre = document.createElement('pre');
        pre.textContent = code.join('\n');
        root.append(pre);
        code = undefined;
      } else {
        code = [];
      }
      continue;
    }
    if (code) {
      code.push(line);
      continue;
    }
    if (/^\s*---\s*$/.test(line)) {
      root.append(document.createElement('hr'));
      continue;
    }
    if (line.trim() === '') continue;
    const p = document.createElement('p');
    p.textContent = line.replace(/\*\*|`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    root.append(p);
  }
  if (code) {
    const pre = document.createElement('pre');
    pre.textContent = code.join('\n');
    root.append(pre);
  }
  return root;
}
