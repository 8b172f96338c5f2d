import * as assert from 'node:assert/strict';
import { Remembered, RememberedPer } from '../../../../src/core/base/remembered';

describe('Remembered', () => {
  it('answers each key once, undefined answers included', () => {
    const asked: string[] = [];
    const remembered = new Remembered<string | undefined>();
    const answer = (key: string) => (asked.push(key), key === 'none' ? undefined : key.toUpperCase());
    assert.equal(remembered.get('facts', answer), 'FACTS');
    assert.equal(remembered.get('facts', answer), 'FACTS');
    assert.equal(remembered.get('none', answer), undefined);
    assert.equal(remembered.get('none', answer), undefined);
    assert.deepEqual(asked, ['facts', 'none']);
  });

  it('starts afresh past its bound, so that unusual keys cannot grow it', () => {
    const asked: string[] = [];
    const remembered = new Remembered<number>(3);
    const answer = (key: string) => (asked.push(key), key.length);
    for (const key of ['a', 'bb', 'ccc', 'dddd', 'a']) remembered.get(key, answer);
    // The fourth key found three remembered: they were let go, the first one with them.
    assert.deepEqual(asked, ['a', 'bb', 'ccc', 'dddd', 'a']);
  });

  it('keeps answers apart per object they depend on', () => {
    const per = new RememberedPer<object, string>();
    const [english, german] = [{}, {}];
    per.of(english).get('next steps', () => 'english');
    assert.equal(per.of(german).get('next steps', () => 'german'), 'german');
    assert.equal(per.of(english).get('next steps', () => 'asked again'), 'english');
  });
});
