// What the client never sees is decided once (src/core/note/privacy.ts): the lint rules that read
// client-facing prose and the recap must agree on every heading and every inline form. Each
// row puts blame ("you failed", and "obviously" for the Facts rule) with a token in one
// place; the rules report it exactly when the recap carries the token, in every format.
import * as assert from 'node:assert/strict';
import { resolveConfig, type ConfigInput } from '../../../../src/core/config/config';
import { parseConfigFile } from '../../../../src/core/config/configFile';
import { lint } from '../../../../src/core/lint/engine';
import { parseNote } from '../../../../src/core/note/parseNote';
import { notePrivacy } from '../../../../src/core/note/privacy';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../../src/core/note/sections';
import { generateRecap } from '../../../../src/core/recap';
import { FIXED_NOW } from '../../support';

const TOKEN = 'tk7q2z';
const BLAME = `you failed, obviously ${TOKEN}`;

const FRONTMATTER = ['---', 'type: client-conversation', 'client: Acme', 'contact: Jane Doe <jane@acme.example>', 'date: 2026-11-20', 'topic: Launch', 'agreements:', '  - The launch moves.', '---', ''].join('\n');

interface Row {
  /** Where the blame sits, for the test title. */
  what: string;
  note: string;
  visible: boolean;
  /** The body sections the recap includes. */
  includeSections?: string[];
  config?: ConfigInput;
}

/** A note with Facts and Agreed next steps, `facts` and `steps` added to them, `after` at the end. */
function note({ frontmatter = FRONTMATTER, facts = '', steps = '', after = '' }: { frontmatter?: string; facts?: string; steps?: string; after?: string }): string {
  return `${frontmatter}\n## Facts\n\nThe copy came on 14 November.\n\n${facts}\n\n## Agreed next steps\n\n- Send the plan (owner: me, due: 2026-11-30)\n\n${steps}\n\n## Boundaries\n\nTwelve pages.\n\n${after}\n`;
}

const PRIVATE_HEADINGS = [
  'Private notes',
  'Private',
  'Notes to self',
  'Preparation',
  "Client's perspective",
  'Private-notes',
  'Notes-to-self',
  'Private:notes',
  'Private/confidential',
  "Client's-perspective",
  'Client’s perspective',
  'Confidential',
  'Strictly confidential',
  'Private notes – do not send',
  '🔒 Notes to self (Jane)',
  'PREP',
  'Internal',
  'Internal: pricing',
  'For my eyes only',
  'Do not send',
  'Do-not-send',
  // Numbered, with emoji or a qualifier: still the private sections they name.
  '1. Preparation',
  '2) Client’s perspective (as I see it)',
  '📝 Prep for the call',
  '🔒 Private note',
  // What renders as a private heading is one: an invisible character or an empty comment
  // inside a word, a look-alike of the apostrophe.
  'Pri\u00advate notes',
  'Pri\u200bvate notes',
  'Private\u2060 notes',
  'Client\u2032s perspective',
  'Client`s perspective',
  'Client´s perspective',
  'Priv<!-- -->ate notes',
  'Prepa<!---->ration',
];
const PUBLIC_HEADINGS = ['Timeline', 'Options discussed', 'International launch', 'Privately funded work', 'Confidentiality terms', 'Notes', '3. Options discussed (both)', '📅 Timeline'];

function headingRows(heading: string, visible: boolean, config?: ConfigInput): Row[] {
  const settings = config ? ` (privateSections ${JSON.stringify(config.privateSections)})` : '';
  return [
    { what: `### ${heading} under Agreed next steps${settings}`, note: note({ steps: `### ${heading}\n\n- ${BLAME} (owner: me, due: 2026-11-30)` }), visible, config },
    { what: `### ${heading} under Facts${settings}`, note: note({ facts: `### ${heading}\n\n${BLAME}.` }), visible, includeSections: ['Facts'], config },
    { what: `## ${heading}, included${settings}`, note: note({ after: `## ${heading}\n\n${BLAME}.` }), visible, includeSections: [heading], config },
    { what: `## ${heading} with a sub-section${settings}`, note: note({ after: `## ${heading}\n\n#### Timeline\n\n${BLAME}.` }), visible, includeSections: ['Timeline'], config },
  ];
}

const ROWS: Row[] = [
  ...PRIVATE_HEADINGS.flatMap((heading) => headingRows(heading, false)),
  ...PUBLIC_HEADINGS.flatMap((heading) => headingRows(heading, true)),
  // The configured list replaces the three added defaults; the known private sections stay private.
  ...headingRows('Scratch pad', false, { privateSections: ['Scratch'] }),
  ...headingRows('Internal', true, { privateSections: ['Scratch'] }),
  ...headingRows('Private notes', false, { privateSections: [] }),
  { what: 'a quote holding a private heading', note: note({ facts: `> ### Private\n>\n> ${BLAME}.` }), visible: false, includeSections: ['Facts'] },
  { what: 'plain text in Facts', note: note({ facts: `Paid late, ${BLAME}.` }), visible: true, includeSections: ['Facts'] },
  // An Obsidian callout holds the writer's own words, as a box; one titled as a private section is private, wherever it stands.
  { what: 'a callout of the writer\'s own', note: note({ facts: `> [!warning]\n> ${BLAME}.` }), visible: true, includeSections: ['Facts'] },
  { what: 'a callout titled Private', note: note({ facts: `> [!warning] Private\n> ${BLAME}.` }), visible: false, includeSections: ['Facts'] },
  { what: 'a callout titled Notes to self under the boundaries', note: note({ after: `> [!note]- Notes to self\n> ${BLAME}.` }), visible: false },
  { what: 'an inline comment', note: note({ facts: `Paid late <!-- ${BLAME} --> twice.` }), visible: false, includeSections: ['Facts'] },
  { what: 'a comment over two lines', note: note({ facts: `Paid late <!-- you failed,\nobviously ${TOKEN} --> twice.` }), visible: false, includeSections: ['Facts'] },
  { what: 'a comment block', note: note({ facts: `<!--\n${BLAME}\n-->` }), visible: false, includeSections: ['Facts'] },
  { what: 'a comment in a list item', note: note({ facts: `- Paid late <!-- ${BLAME} --> twice.` }), visible: false, includeSections: ['Facts'] },
  { what: 'a comment never closed', note: note({ facts: `Paid late <!-- ${BLAME}` }), visible: false, includeSections: ['Facts'] },
  { what: 'a comment in a sub-heading', note: note({ facts: `### Detail <!-- ${BLAME} -->\n\nPublic detail.` }), visible: false, includeSections: ['Facts'] },
  { what: 'a comment in a next step', note: note({ steps: `- Send <!-- ${BLAME} --> the timeline (owner: me, due: 2026-11-30)` }), visible: false },
  // CommonMark and browsers close `<!-->` and `<!--->` at once: what follows them shows, so it is checked.
  { what: 'text after a `<!-->`, which the reader sees', note: note({ facts: `- <!--> ${BLAME} -->` }), visible: true, includeSections: ['Facts'] },
  { what: 'text after a `<!--->`, which the reader sees', note: note({ facts: `Paid late <!---> ${BLAME} -->` }), visible: true, includeSections: ['Facts'] },
  { what: 'a comment written as entities, which the reader sees', note: note({ facts: `Paid late &lt;!-- ${BLAME} --&gt;` }), visible: true, includeSections: ['Facts'] },
  { what: 'a comment in an agreement', note: note({ frontmatter: FRONTMATTER.replace('The launch moves.', `"The launch moves. <!-- ${BLAME} -->"`) }), visible: false },
  { what: 'a comment in the topic', note: note({ frontmatter: FRONTMATTER.replace('topic: Launch', `topic: "Launch <!-- ${BLAME} -->"`) }), visible: false },
  { what: 'an agreement', note: note({ frontmatter: FRONTMATTER.replace('The launch moves.', `"${BLAME}"`) }), visible: true },
  { what: 'the private frontmatter', note: note({ frontmatter: FRONTMATTER.replace('topic:', `private: "${BLAME}"\ntopic:`) }), visible: false },
  // An outline, as Logseq writes a page: each top-level item headed by a section.
  { what: 'an outline section', note: `${FRONTMATTER}\n- ### facts\n\t- ${BLAME}.\n- ### next steps\n\t- Send the plan (owner: me, due: 2026-11-30)\n`, visible: true, includeSections: ['Facts'] },
  { what: 'a private outline section', note: `${FRONTMATTER}\n- ### facts\n\t- Paid late.\n- ### private notes\n\t- ${BLAME}.\n- ### next steps\n\t- Send the plan (owner: me, due: 2026-11-30)\n`, visible: false, includeSections: ['Facts'] },
  { what: 'an outline item after a private one, under no heading of its own', note: `${FRONTMATTER}\n- ### facts\n\t- Paid late.\n- ### private\n- ${BLAME}.\n- ### next steps\n\t- Send the plan (owner: me, due: 2026-11-30)\n`, visible: false, includeSections: ['Facts'] },
];

function recapCarries(row: Row): boolean[] {
  const config = resolveConfig(row.config);
  return (['markdown', 'text', 'eml', 'mailto'] as const).map((format) => {
    const result = generateRecap(row.note, format, {
      now: FIXED_NOW,
      includeSections: row.includeSections,
      requiredSections: config.requiredSections,
      privateSections: config.privateSections,
    });
    assert.ok(result.ok, result.ok ? '' : result.problems.join(' '));
    // Quoted-printable may fold a line anywhere: the .eml is read unfolded.
    const readable = format === 'mailto' ? decodeURIComponent(result.text) : result.text.replace(/=\r\n/g, '');
    return readable.toLowerCase().includes(TOKEN);
  });
}

describe('privacy: lint and recap agree', () => {
  for (const row of ROWS) {
    it(`${row.visible ? 'sends and checks' : 'neither sends nor checks'} ${row.what}`, () => {
      const messages = lint(row.note, { now: FIXED_NOW, config: resolveConfig(row.config) }).messages;
      const reported = (ruleId: string) => messages.some((message) => message.ruleId === ruleId);
      assert.equal(reported('accusatory-language'), row.visible, 'accusatory-language');
      const carried = recapCarries(row);
      assert.deepEqual(carried, [row.visible, row.visible, row.visible, row.visible], 'markdown, text, eml, mailto');
      // The Facts rule checks the Facts as the client may see them.
      if (row.includeSections?.includes('Facts')) assert.equal(reported('judgemental-facts'), row.visible, 'judgemental-facts');
    });
  }
});

describe('privacy', () => {
  const settings = { requiredSections: DEFAULT_REQUIRED_SECTIONS, privateSections: [] };

  it('keeps the words around a comment, one blank between them, in every format', () => {
    const text = note({ facts: 'Paid late <!-- they are broke --> twice.' });
    const markdown = generateRecap(text, 'markdown', { now: FIXED_NOW, includeSections: ['Facts'] });
    assert.ok(markdown.ok);
    assert.match(markdown.text, /\nPaid late twice\.\n/);
    const plain = generateRecap(text, 'text', { now: FIXED_NOW, includeSections: ['Facts'] });
    assert.ok(plain.ok);
    assert.match(plain.text, /\nPaid late twice\.\n/);
  });

  it('answers for an offset: the private key, comments in frontmatter values, and code, where `<!--` opens nothing', () => {
    const text = '---\ntopic: "Launch <!-- x -->"\nprivate: mood\n---\n\n## Facts\n\nSee `<!--` and go on.\n';
    const privacy = notePrivacy(parseNote(text, DEFAULT_REQUIRED_SECTIONS), settings);
    assert.ok(privacy.visible(text.indexOf('Launch')));
    assert.ok(!privacy.visible(text.indexOf('x -->')));
    assert.ok(!privacy.visible(text.indexOf('mood')));
    assert.ok(privacy.visible(text.indexOf('and go on')));
    assert.equal(privacy.visibleText(text.indexOf('Launch'), text.indexOf('"\nprivate')), 'Launch ');
  });

  it('reads `privateSections` from a config file, and suggests it when misspelled', () => {
    const file = parseConfigFile('.clientnotesrc.yaml', 'privateSections: [Scratch]\n');
    assert.deepEqual(file.problems, []);
    assert.deepEqual(resolveConfig(file.config).privateSections, ['Scratch']);
    assert.deepEqual(resolveConfig().privateSections, ['Internal', 'For my eyes only', 'Do not send']);
    assert.match(parseConfigFile('.clientnotesrc.json', '{"privateSection":[]}').problems.join(' '), /did you mean "privateSections"/);
  });
});
