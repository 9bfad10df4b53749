// The standalone replay page that `rustmem replay` writes: one HTML file with the panel's own
// renderer bundle and stylesheet inlined, the trace embedded as JSON data, and a
// Content-Security-Policy that allows only those inline elements (by nonce) and no network at all.
// It opens from disk in any browser and can be put on a web page as it is.
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPLAY_DATA_ID, REPLAY_GZIP_TYPE, REPLAY_PART_ATTRIBUTE, type ReplayData, type ReplayDocument, type ReplayPartData } from '../../protocol/webview';
import { splitTrace } from '../../protocol/traceParts';
import { encodeSteps, encodeTrace } from '../../protocol/traceColumns';

/** Above this much JSON the data is embedded compressed (see ReplayDocument). */
export const COMPRESS_ABOVE = 512 * 1024;

export interface ReplayAssets {
  /** dist/webview.js: the renderer the panel runs. */
  script: string;
  /** media/inspector.css */
  style: string;
}

/**
 * JSON that is safe inside `<script type="application/json">`: `<` is written as `\u003c` so the
 * program's strings (`</script>`, `<!--`) can never end the element, and the two line separators
 * JavaScript once rejected are escaped too. JSON.parse reads it back unchanged.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Text of an inline `<script>`/`<style>`: its closing tag cannot appear inside it. */
function inlineSafe(text: string, tag: 'script' | 'style'): string {
  return text.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One data element: readable JSON when small, gzip + base64 when large. */
function dataElement(attribute: string, value: unknown, compressAbove: number): string {
  const json = jsonForScriptElement(value);
  if (json.length <= compressAbove) return `<script type="application/json" ${attribute}>${json}</script>`;
  const packed = gzipSync(JSON.stringify(value), { level: 6 }).toString('base64');
  return `<script type="${REPLAY_GZIP_TYPE}" ${attribute}>${packed}</script>`;
}

/**
 * The data elements of a page: the document with the trace's head, then the later parts of a long
 * trace, so the page draws its first step before it has read them all. Steps are written as
 * columns (protocol/traceColumns.ts), each part's on their own.
 */
export function replayDataElements(doc: ReplayDocument, compressAbove = COMPRESS_ABOVE): { head: string; parts: string } {
  const { head, parts } = splitTrace(doc.trace);
  const first: ReplayData = { ...doc, trace: encodeTrace(head), ...(parts.length > 0 ? { complete: false } : {}) };
  return {
    head: dataElement(`id="${REPLAY_DATA_ID}"`, first, compressAbove),
    parts: parts
      .map((part, i) => dataElement(`${REPLAY_PART_ATTRIBUTE}="${i}"`, { ...part, steps: encodeSteps(part.steps) } satisfies ReplayPartData, compressAbove))
      .join('\n'),
  };
}

export function replayPage(doc: ReplayDocument, assets: ReplayAssets, nonce = randomBytes(18).toString('base64')): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const name = path.basename(doc.trace.file);
  // The renderer comes right after the head's data, before the later parts: it draws the first
  // step while the browser is still reading the rest of the page.
  const data = replayDataElements(doc);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="rustmem replay">
<title>${escapeHtml(`Memory replay: ${name}`)}</title>
<style nonce="${nonce}">
${inlineSafe(assets.style, 'style')}
</style>
</head>
<body>
<div id="app"><noscript>This replay needs JavaScript to step through the run.</noscript></div>
${data.head}
<script nonce="${nonce}">
${inlineSafe(assets.script, 'script')}
</script>
${data.parts}
</body>
</html>
`;
}

/** The package's root: the folder of its package.json, found upwards from this bundle or source file. */
function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'media'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`cannot find the extension's files above ${__dirname}`);
    dir = up;
  }
}

/** Reads the renderer and stylesheet shipped with the package (the renderer is built by `npm run build`). */
export function readReplayAssets(root = packageRoot()): ReplayAssets {
  const scriptPath = path.join(root, 'dist', 'webview.js');
  if (!fs.existsSync(scriptPath)) throw new Error(`${scriptPath} is missing: run \`npm run build\` first`);
  return {
    script: fs.readFileSync(scriptPath, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'),
    style: fs.readFileSync(path.join(root, 'media', 'inspector.css'), 'utf8'),
  };
}
