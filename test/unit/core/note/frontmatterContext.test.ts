import * as assert from 'node:assert/strict';
import { frontmatterContextAt } from '../../../../src/core/note/frontmatterContext';
import { propertiesAt, propertyAt } from '../../../../src/core/note/schemaInfo';

const NOTE = `---
type: client-conversation
client: Acme
scenario: mis
next_steps:
  - what: Send it
    ow
follow_up:
  sent: false
---
# Body
`;

function at(marker: string, delta = 0) {
  return frontmatterContextAt(NOTE, NOTE.indexOf(marker) + marker.length + delta);
}

describe('frontmatter context', () => {
  it('is undefined outside the frontmatter', () => {
    assert.equal(at('# Bo'), undefined);
    assert.equal(frontmatterContextAt('# No frontmatter', 3), undefined);
  });

  it('knows a value position and its key', () => {
    const context = at('scenario: mis');
    assert.equal(context?.position, 'value');
    assert.equal(context?.key, 'scenario');
    assert.deepEqual(context?.parents, []);
  });

  it('knows a key position inside a list of mappings, with its siblings', () => {
    const context = at('    ow');
    assert.equal(context?.position, 'key');
    assert.deepEqual(context?.parents, ['next_steps']);
    assert.deepEqual(context?.siblings, ['what']);
  });

  it('knows nested mappings', () => {
    const context = at('  sent: f');
    assert.deepEqual(context?.parents, ['follow_up']);
    assert.equal(context?.key, 'sent');
  });

  it('lists top-level siblings', () => {
    const context = at('client: Ac');
    assert.deepEqual(context?.siblings.sort(), ['follow_up', 'next_steps', 'scenario', 'type']);
  });
});

describe('schema info', () => {
  it('describes keys with their values', () => {
    const scenario = propertyAt([], 'scenario');
    assert.equal(scenario?.required, true);
    assert.ok(scenario?.values.includes('missed-deadline'));
    assert.deepEqual(
      propertiesAt(['next_steps']).map((property) => property.name),
      ['what', 'owner', 'due', 'done', 'status'],
    );
    assert.equal(propertyAt([], 'next_steps')?.listOfMappings, true);
  });
});
