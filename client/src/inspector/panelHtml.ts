// The panel's HTML: a short template with a strict Content-Security-Policy. Scripts run only by
// nonce (the one renderer bundle, no inline script), styles and images come only from the
// extension's own files, and nothing may connect anywhere. Pure, so a unit test checks it.

export interface PanelHtmlParts {
  /** `webview.cspSource`: the origin the webview serves the extension's files from. */
  cspSource: string;
  nonce: string;
  /** dist/webview.js as a webview URI. */
  scriptUri: string;
  /** media/inspector.css as a webview URI. */
  styleUri: string;
}

function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

export function panelHtml(p: PanelHtmlParts): string {
  const csp = [
    "default-src 'none'",
    `script-src 'nonce-${p.nonce}'`,
    `style-src ${p.cspSource}`,
    `img-src ${p.cspSource} data:`,
    `font-src ${p.cspSource}`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${attr(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${attr(p.styleUri)}">
<title>Memory Inspector</title>
</head>
<body>
<div id="app"></div>
<script nonce="${attr(p.nonce)}" src="${attr(p.scriptUri)}"></script>
</body>
</html>
`;
}

/** A fresh nonce for each HTML the panel is given (base64 of 18 random bytes). */
export function makeNonce(random: (n: number) => Uint8Array): string {
  // btoa rather than Buffer: the extension host of VS Code for the Web has no Buffer.
  return btoa(String.fromCharCode(...random(18)));
}
