import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { evalCfg, TARGET_CFG } from '../../../server/src/engine/syntax/cfg';

const RECORDED = path.resolve(__dirname, '..', '..', 'golden', 'cfg', 'x86_64-unknown-linux-gnu.txt');

describe('cfg for the modelled target', () => {
  it('sets exactly what `rustc --print cfg` prints for it (test/golden/cfg, `npm run record-goldens` re-records)', () => {
    const recorded = fs.readFileSync(RECORDED, 'utf8').split('\n').filter(Boolean).sort();
    assert.deepEqual([...TARGET_CFG].sort(), recorded);
  });

  it('evaluates all, any and not, and treats `test` and features as unset', () => {
    const w = (path: string) => ({ kind: 'MetaWord' as const, path, span: { start: 0, end: 0, line: 0, character: 0, endLine: 0, endCharacter: 0 } });
    const nv = (path: string, value: string) => ({ kind: 'MetaNameValue' as const, path, value: { kind: 'Str' as const, value, raw: false, span: w('').span }, span: w('').span });
    const list = (path: string, items: ReturnType<typeof w | typeof nv>[]) => ({ kind: 'MetaList' as const, path, items, span: w('').span });
    assert.equal(evalCfg(nv('panic', 'unwind')), true);
    assert.equal(evalCfg(nv('panic', 'abort')), false);
    assert.equal(evalCfg(w('test')), false);
    assert.equal(evalCfg(nv('feature', 'std')), false);
    assert.equal(evalCfg(list('all', [w('unix'), w('debug_assertions'), nv('target_os', 'linux')])), true);
    assert.equal(evalCfg(list('any', [w('windows'), nv('target_pointer_width', '32')])), false);
    assert.equal(evalCfg(list('not', [w('test')])), true);
    assert.equal(evalCfg(list('not', [w('a'), w('b')])), undefined);
  });
});
