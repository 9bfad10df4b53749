// The one normalisation the type goldens allow (test/support/typeNames.ts), and what it must not forgive.
import * as assert from 'node:assert/strict';
import { comparableType } from '../support/typeNames';

describe('type names compared with rustc', () => {
  it('treats closures, lifetimes, module paths and spaces alike on both sides', () => {
    assert.equal(comparableType('{{closure}}'), comparableType('{closure}'));
    assert.equal(comparableType("Ref<'_, Vec<i32>>"), comparableType('Ref<Vec<i32>>'));
    assert.equal(comparableType("&'static str"), comparableType('&str'));
    assert.equal(comparableType('rc::Weak<String>'), comparableType('Weak<String>'));
    assert.equal(comparableType('(i32, f64)'), comparableType('(i32,f64)'));
  });

  it('keeps every difference of type', () => {
    assert.notEqual(comparableType('Vec<_>'), comparableType('Vec<u8>'));
    assert.notEqual(comparableType('i32'), comparableType('u64'));
    assert.notEqual(comparableType('&&str'), comparableType('&str'));
    assert.notEqual(comparableType('&mut Vec<i32>'), comparableType('&Vec<i32>'));
    assert.notEqual(comparableType('Rc<[u8]>'), comparableType('Rc<[u8; 3]>'));
  });
});
