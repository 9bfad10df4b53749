import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../../server/src/engine/parse/parser';
import { rcCyclePossible } from '../../../server/src/engine/diagnostics/rc/cyclePossible';
import type { EngineDiagnostic } from '../../../server/src/engine/diagnostic';
import { contextFor } from './helpers';

function run(text: string): EngineDiagnostic[] {
  const ctx = contextFor(text);
  try {
    return rcCyclePossible(ctx);
  } finally {
    ctx.tree.delete();
  }
}
const at = (d: EngineDiagnostic) => `${d.code}@${d.span.start.line + 1}:${d.span.start.character + 1}`;

describe('rc-cycle-possible', () => {
  before(() => initParser());

  it('hints at a node type that can point at itself through Rc and RefCell (examples/rc_cycle.rs)', () => {
    const text = fs.readFileSync(path.join(__dirname, '../../../examples/rc_cycle.rs'), 'utf8');
    const [d, ...rest] = run(text);
    assert.equal(rest.length, 0);
    assert.equal(at(d!), 'rc-cycle-possible@7:8');
    assert.equal(d!.severity, 'hint');
    assert.match(d!.message, /Node → Node/);
    assert.match(d!.message, /Rc::downgrade/);
    assert.equal(d!.related[0]?.span.start.line, 8);
  });

  it('follows links through other types and Arc with Mutex', () => {
    const text = [
      'use std::sync::{Arc, Mutex};',
      'struct Job { owner: Option<Arc<Worker>> }',
      'struct Worker { queue: Mutex<Vec<Job>> }',
    ].join('\n');
    assert.deepEqual(run(text).map(at), ['rc-cycle-possible@2:8', 'rc-cycle-possible@3:8']);
    assert.match(run(text)[0]!.message, /Job → Worker → Job/);
    assert.match(run(text)[0]!.message, /Arc::downgrade/);
  });

  it('is silent for Weak back links, immutable Rc chains, and Box', () => {
    const tree = [
      'use std::cell::RefCell;',
      'use std::rc::{Rc, Weak};',
      'struct TreeNode { children: RefCell<Vec<Rc<TreeNode>>>, parent: RefCell<Weak<TreeNode>> }',
      'struct List { next: Option<Rc<List>> }',
      'struct Boxed { next: RefCell<Option<Box<Boxed>>> }',
    ].join('\n');
    assert.deepEqual(run(tree).map(at), []);
  });
});
