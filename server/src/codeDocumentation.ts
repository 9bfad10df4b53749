// Where each diagnostic code is documented: its section in the README that ships beside the
// bundles (the .vsix and the npm package both carry it). The link is a `file:` URI with a `#L<line>`
// fragment, which VS Code opens at that line and any editor can open at all: the product has no
// web home to point at, and a link that resolves nowhere would be worse than none.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The first line of the product's README, to tell it from other READMEs up the tree. */
const README_TITLE = '# Rust Memory Inspector';

interface ReadmeIndex {
  href: string;
  /** 1-based line of each code's heading (`### \`use-after-move\``, `### annotation-failed`). */
  lines: Map<string, number>;
  /** 1-based line of the `## Diagnostics` heading, for codes without a section of their own. */
  diagnosticsLine: number;
  /** Each code's first paragraph, in one line (its "What happens." lead-in left out). */
  summaries: Map<string, string>;
}

let index: ReadmeIndex | null | undefined;

/**
 * The product's README in `dir`, whatever the case of its name: `vsce package` stores it as
 * `readme.md`, the repository and the npm package as `README.md`.
 */
export function readmeIn(dir: string): string | undefined {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  for (const name of names) {
    if (name.toLowerCase() !== 'readme.md') continue;
    const file = path.join(dir, name);
    try {
      if (fs.readFileSync(file, 'utf8').startsWith(README_TITLE)) return file;
    } catch {
      // unreadable: not ours to link to
    }
  }
  return undefined;
}

/** dist/*.js sits one folder below the README; server/src/** (tests run the sources) three. */
function findReadme(): string | undefined {
  let dir = __dirname;
  for (let up = 0; up < 4; up++) {
    const found = readmeIn(dir);
    if (found) return found;
    dir = path.dirname(dir);
  }
  return undefined;
}

function readIndex(): ReadmeIndex | null {
  const file = findReadme();
  if (!file) return null;
  const lines = new Map<string, number>();
  let diagnosticsLine = 1;
  const all = fs.readFileSync(file, 'utf8').split('\n');
  all.forEach((text, i) => {
    if (/^## Diagnostics\s*$/.test(text)) diagnosticsLine = i + 1;
    // A code's heading is the code in backticks (`### \`panic\``), or plain when it has a hyphen
    // (`### annotation-failed`), which sets it apart from prose headings such as `### Markdown`.
    const heading = /^#{2,4} (?:`([a-z][a-z-]*)`|([a-z]+(?:-[a-z]+)+))\s*$/.exec(text);
    const code = heading?.[1] ?? heading?.[2];
    if (code && !lines.has(code)) lines.set(code, i + 1);
  });
  const summaries = new Map<string, string>();
  for (const [code, line] of lines) {
    let i = line;
    while (i < all.length && all[i]!.trim() === '') i++;
    const paragraph: string[] = [];
    for (; i < all.length && all[i]!.trim() !== '' && !all[i]!.startsWith('#'); i++) paragraph.push(all[i]!.trim());
    const text = paragraph.join(' ').replace(/^\*\*What happens\.\*\*\s*/, '');
    if (text) summaries.set(code, text);
  }
  return { href: pathToFileURL(file).href, lines, diagnosticsLine, summaries };
}

/** The first paragraph of `code`'s README section, or undefined when it has none here. */
export function codeSummary(code: string): string | undefined {
  if (index === undefined) index = readIndex();
  return index?.summaries.get(code);
}

/** The link to `code`'s section of the README, or undefined when no README ships with this build. */
export function codeDocumentationUrl(code: string): string | undefined {
  if (index === undefined) index = readIndex();
  if (!index) return undefined;
  return `${index.href}#L${index.lines.get(code) ?? index.diagnosticsLine}`;
}
