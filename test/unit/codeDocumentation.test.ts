import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeDocumentationUrl, readmeIn } from '../../server/src/codeDocumentation';
import { readmeLineOf } from '../support/readmeLink';

describe('documentation links of diagnostic codes', () => {
  it('link each code to its own heading of the README, and others to the Diagnostics section', () => {
    for (const code of ['use-after-move', 'panic', 'unsupported', 'syntax-error', 'rc-cycle-possible', 'internal-error']) {
      assert.equal(readmeLineOf(codeDocumentationUrl(code)!), `### \`${code}\``);
    }
    assert.equal(readmeLineOf(codeDocumentationUrl('annotation-failed')!), '### annotation-failed');
    assert.equal(readmeLineOf(codeDocumentationUrl('no-such-code')!), '## Diagnostics');
  });

  it('find the README under the name vsce gives it in the .vsix (readme.md), and only ours', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-readme-'));
    try {
      fs.writeFileSync(path.join(dir, 'readme.md'), '# Rust Memory Inspector\n\n## Diagnostics\n');
      assert.equal(readmeIn(dir), path.join(dir, 'readme.md'));
      fs.writeFileSync(path.join(dir, 'readme.md'), '# Some other project\n');
      assert.equal(readmeIn(dir), undefined);
      assert.equal(readmeIn(path.join(dir, 'missing')), undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
