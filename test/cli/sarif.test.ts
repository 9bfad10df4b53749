// `rustmem check --format sarif` is a valid SARIF 2.1.0 log (checked offline against the schema
// that @microsoft/jest-sarif ships) and says what `--json` says, position for position.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { distFile } from '../support/dist';
import { readmeLineOf } from '../support/readmeLink';
import type { JsonDiagnostic } from '../../server/src/cli/commands/check';

const fixtures = path.join(__dirname, 'fixtures');
const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as Record<string, unknown>;

function rustmem(...args: string[]) {
  const result = spawnSync(process.execPath, [distFile('cli.js'), ...args], { cwd: fixtures, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(schema);
}

// Findings of every kind: an error, a note with a related place and a quick fix.
const files = ['missing_semicolon.rs', 'grows_in_loop.rs', 'clean.rs'];

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  relatedLocations?: { physicalLocation: { region: Record<string, number> }; message: { text: string } }[];
  fixes?: { description: { text: string }; artifactChanges: { replacements: { deletedRegion: Record<string, number>; insertedContent: { text: string } }[] }[] }[];
}

describe('rustmem check --format sarif', () => {
  it('writes a log that validates against the SARIF 2.1.0 schema', () => {
    const r = rustmem('check', '--format', 'sarif', ...files);
    assert.equal(r.status, 0, r.stderr);
    const log = JSON.parse(r.stdout) as unknown;
    const validate = validator();
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    // The validator does reject what is not SARIF: a level SARIF does not have.
    const broken = JSON.parse(r.stdout) as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'information';
    assert.equal(validate(broken), false);
  });

  it('carries what --json says: rules with README links, 1-based locations, related places and fixes', () => {
    const json = JSON.parse(rustmem('check', '--json', ...files).stdout) as JsonDiagnostic[];
    const sarif = JSON.parse(rustmem('check', '--format=sarif', ...files).stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription: { text: string } }[] } }; originalUriBaseIds: Record<string, { uri: string }>; results: SarifResult[] }[];
    };
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0]!;
    assert.equal(run.tool.driver.name, 'rustmem');
    assert.equal(run.originalUriBaseIds['SRCROOT']?.uri, `file://${fixtures}/`);
    assert.deepEqual(run.tool.driver.rules.map((rule) => rule.id), ['syntax-error', 'realloc-in-loop']);
    for (const rule of run.tool.driver.rules) {
      assert.equal(readmeLineOf(rule.helpUri ?? ''), `### \`${rule.id}\``, 'the help link lands on the code\'s README section');
      assert.notEqual(rule.shortDescription.text, rule.id, 'a description from the README');
    }
    assert.equal(run.results.length, json.length);
    json.forEach((d, i) => {
      const result = run.results[i]!;
      assert.equal(result.ruleId, d.code);
      assert.equal(run.tool.driver.rules[result.ruleIndex]!.id, d.code);
      assert.equal(result.level, d.severity === 'information' || d.severity === 'hint' ? 'note' : d.severity);
      assert.equal(result.message.text, d.message);
      const at = result.locations[0]!.physicalLocation;
      assert.deepEqual(at.artifactLocation, { uri: d.file, uriBaseId: 'SRCROOT' });
      assert.deepEqual(at.region, { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
      assert.deepEqual(
        (result.relatedLocations ?? []).map((l) => [l.physicalLocation.region.startLine, l.physicalLocation.region.startColumn, l.message.text]),
        d.related.map((l) => [l.line, l.column, l.message]),
      );
      assert.deepEqual(
        (result.fixes ?? []).map((f) => [f.description.text, f.artifactChanges[0]!.replacements.map((e) => [e.deletedRegion, e.insertedContent.text])]),
        d.fixes.map((f) => [f.title, f.edits.map((e) => [{ startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn }, e.newText])]),
      );
    });
    assert.ok(run.results.some((x) => x.fixes?.length && x.relatedLocations?.length), 'the fixtures exercise fixes and related places');
  });

  it('refuses an unknown format with exit status 2', () => {
    const r = rustmem('check', '--format', 'xml', 'clean.rs');
    assert.equal(r.status, 2);
    assert.match(r.stderr, /`--format xml`: the formats are human, json and sarif/);
  });
});
