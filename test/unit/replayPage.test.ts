import * as assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { jsonForScriptElement, replayDataElements, replayPage } from '../../server/src/replayPage';
import { panelHtml } from '../../client/src/inspector/panelHtml';
import { demoTrace, HOSTILE } from '../fixtures/inspector/demo-trace';
import { bigTrace } from '../fixtures/inspector/big-trace';
import { appendPart } from '../../protocol/traceParts';
import { decodeSteps, decodeTrace } from '../../protocol/traceColumns';
import type { ReplayData, ReplayPartData } from '../../protocol/webview';

describe('replay page and panel HTML', () => {
  it('embeds program strings so that </script> and <!-- cannot end the data element', () => {
    const json = jsonForScriptElement({ s: `${HOSTILE}<!-- \u2028` });
    assert.ok(!json.includes('<'));
    assert.ok(!json.includes('\u2028'));
    assert.deepEqual(JSON.parse(json), { s: `${HOSTILE}<!-- \u2028` });
  });

  it('writes one page with a nonce-only CSP and no external resource', () => {
    const html = replayPage({ trace: demoTrace, source: 'fn main() {}\n// </script><script>alert(1)</script>' }, { script: 'console.log("</script>")', style: 'body{}' }, 'NONCE');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-NONCE'; style-src 'nonce-NONCE'; img-src data:; base-uri 'none'; form-action 'none'">/);
    assert.equal((html.match(/<\/script>/gi) ?? []).length, 2, 'only the data element and the renderer close a script');
    assert.equal((html.match(/<script nonce="NONCE">/g) ?? []).length, 1);
    const markup = html.replace(/<meta[^>]*>/g, '').replace(/<script type="application\/json"[^>]*>.*?<\/script>/s, '');
    assert.ok(!/\b(src|href)=/.test(markup), 'no src or href: nothing is fetched');
    const data = /<script type="application\/json" id="rustmem-replay">(.*?)<\/script>/s.exec(html)?.[1];
    assert.ok(data);
    assert.equal(JSON.parse(data).trace.steps.count, demoTrace.steps.length, 'the steps, as columns');
  });

  it('splits a long run into a head and parts, compresses them, and they join back unchanged', () => {
    const trace = bigTrace(25000, 3000);
    const { head: headElement, parts: partElements } = replayDataElements({ trace }, 1000);
    const elements = `${headElement}\n${partElements}`;
    const read = (packed: string) => JSON.parse(gunzipSync(new Uint8Array(Buffer.from(packed, 'base64'))).toString('utf8'));
    const head = /<script type="application\/gzip" id="rustmem-replay">([A-Za-z0-9+/=]+)<\/script>/.exec(elements)?.[1];
    assert.ok(head);
    const doc = read(head) as ReplayData;
    assert.equal(doc.complete, false);
    const joined = decodeTrace(doc.trace);
    assert.equal(joined.steps.length, 500);
    const parts = [...elements.matchAll(/<script type="application\/gzip" data-rustmem-part="(\d+)">([A-Za-z0-9+/=]+)<\/script>/g)];
    assert.deepEqual(parts.map((m) => m[1]), ['0', '1', '2']);
    for (const m of parts) {
      const part = read(m[2]!) as ReplayPartData;
      assert.ok(appendPart(joined, { ...part, steps: decodeSteps(part.steps) }));
    }
    assert.deepEqual(JSON.parse(JSON.stringify(joined)), JSON.parse(JSON.stringify(trace)));
  });

  it('gives the panel a CSP with scripts by nonce only and resources from the extension', () => {
    const html = panelHtml({ cspSource: 'https://ext.example', nonce: 'abc', scriptUri: 'https://ext.example/dist/webview.js', styleUri: 'https://ext.example/media/inspector.css' });
    const csp = /content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'nonce-abc'(;|$)/);
    assert.match(csp, /style-src https:\/\/ext\.example(;|$)/);
    assert.ok(!csp.includes('unsafe'));
    assert.match(html, /<script nonce="abc" src="https:\/\/ext\.example\/dist\/webview\.js"><\/script>/);
    assert.equal((html.match(/<script/g) ?? []).length, 1, 'no inline script');
  });
});
