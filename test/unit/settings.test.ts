import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../protocol/settings';
import { toSettings } from '../../server/src/features/settings';
import manifest from '../../package.json';

/** DEFAULT_SETTINGS flattened to the manifest's dotted names (`rustMemory.inlayHints.enable`). */
function flatten(value: object, prefix: string, out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'object' && v !== null) flatten(v as object, `${prefix}.${key}`, out);
    else out[`${prefix}.${key}`] = v;
  }
  return out;
}

interface ManifestSetting {
  type: string;
  default: unknown;
  scope?: string;
  description?: string;
  markdownDescription?: string;
}

const properties = manifest.contributes.configuration.properties as Record<string, ManifestSetting>;

describe('settings', () => {
  it('the manifest declares every setting of DEFAULT_SETTINGS with the same default', () => {
    for (const [name, value] of Object.entries(flatten(DEFAULT_SETTINGS, 'rustMemory'))) {
      const declared = properties[name];
      assert.ok(declared, `package.json contributes ${name}`);
      assert.equal(declared.default, value, `default of ${name}`);
      assert.equal(declared.type === 'integer' ? 'number' : declared.type, typeof value, `type of ${name}`);
    }
  });

  it('the manifest declares no setting the server does not read (besides the client trace)', () => {
    const known = new Set([...Object.keys(flatten(DEFAULT_SETTINGS, 'rustMemory')), 'rustMemory.trace.server']);
    assert.deepEqual(Object.keys(properties).filter((name) => !known.has(name)), []);
  });

  it('every setting has a scope and a description', () => {
    for (const [name, s] of Object.entries(properties)) {
      assert.ok(s.scope, `${name} has a scope`);
      assert.ok(s.description ?? s.markdownDescription, `${name} has a description`);
    }
  });

  it('reads the section the client sends, value by value', () => {
    assert.deepEqual(toSettings({ largeArrayThreshold: 1024, inlayHints: { enable: false } }), {
      ...DEFAULT_SETTINGS,
      largeArrayThreshold: 1024,
      inlayHints: { enable: false },
    });
  });

  it('falls back to the default for a missing or mistyped value', () => {
    assert.deepEqual(toSettings(null), DEFAULT_SETTINGS);
    assert.deepEqual(toSettings({ maxSteps: 'many', largeFrameThreshold: -5, followCursor: 'yes', inlayHints: [] }), DEFAULT_SETTINGS);
  });
});
