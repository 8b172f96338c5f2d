import * as assert from 'node:assert/strict';
import { digestedNote } from '../../support';
import { parseNote } from '../../../../src/core/note/parseNote';
import { DEFAULT_REQUIRED_SECTIONS } from '../../../../src/core/note/sections';
import { preparationOf, relativeLink, withPreparation } from '../../../../src/core/scaffold/preparation';
import { BUNDLED_TEMPLATE_TEXTS } from '../../../../src/core/scaffold/bundledTemplates';
import { findTemplate, listTemplates, renderTemplate } from '../../../../src/core/scaffold/templates';
import { packFor } from '../../../../src/core/lang/packs';
import { relativeDue } from '../../../../src/core/digest/agenda';

const TODAY = '2026-11-23';

const NOTES = [
  digestedNote(
    '/work/notes/acme-ltd/2026-11-10-phase-2.md',
    'Acme Ltd',
    '2026-11-10',
    'agreements: [Phase 2 starts in January.]\nboundaries: [No weekend work]\n',
    '## Agreed next steps\n\n- [ ] Send the quote (owner: me, due: 2026-11-20)\n- [ ] Approve the sitemap (owner: Dana, due: 2026-11-30)\n- [x] Book the call (owner: me)\n\n## Private notes\n\n- Walk away below 8000\n',
  ),
  digestedNote('/work/notes/acme-ltd/2026-11-01-kickoff.md', 'Acme Ltd', '2026-11-01', 'follow_up:\n  sent: true\n', '## Agreed next steps\n\n- [ ] Share the brand files (owner: client)\n'),
  digestedNote('/work/notes/globex/2026-11-12-invoice.md', 'Globex', '2026-11-12', 'agreements: [Globex pays in December]\n', '## Agreed next steps\n\n- [ ] Globex secret step (owner: me, due: 2026-11-01)\n'),
];
const NEW_NOTE = '/work/notes/acme-ltd/2026-11-23-review.md';

describe('prepared notes', () => {
  it('lists what is open with the client on both sides, the recaps not sent, and the last agreements and boundaries, each linked to its note', () => {
    assert.equal(
      preparationOf(NOTES, 'acme ltd', NEW_NOTE, TODAY),
      [
        '<!-- From your earlier notes with Acme Ltd, as of 2026-11-23. -->',
        '',
        '- Open on my side:',
        '  - Send the quote — due 2026-11-20 (3 days late), [2026-11-10](2026-11-10-phase-2.md)',
        '- Open on their side:',
        '  - Dana: Approve the sitemap — due 2026-11-30 (in 7 days), [2026-11-10](2026-11-10-phase-2.md)',
        '  - client: Share the brand files — no date, [2026-11-01](2026-11-01-kickoff.md)',
        '- Recaps not sent:',
        '  - Talk of 2026-11-10 — due by 2026-11-12, [2026-11-10](2026-11-10-phase-2.md)',
        '- Agreed in the last conversations:',
        '  - Phase 2 starts in January, [2026-11-10](2026-11-10-phase-2.md)',
        '- Boundaries set in the last conversations:',
        '  - No weekend work, [2026-11-10](2026-11-10-phase-2.md)',
      ].join('\n'),
    );
  });

  it('holds nothing from other clients nor from private parts, and nothing at all for a client without notes', () => {
    const prepared = preparationOf(NOTES, 'Acme Ltd', NEW_NOTE, TODAY) ?? '';
    assert.doesNotMatch(prepared, /Globex|Walk away|Book the call/);
    assert.equal(preparationOf(NOTES, 'Initech', '/work/notes/initech/new.md', TODAY), undefined);
  });

  it('links across folders and encodes what Markdown would cut', () => {
    assert.equal(relativeLink('/w/notes/acme/new.md', '/w/notes/globex ltd/a (1).md'), '../globex%20ltd/a%20%281%29.md');
    assert.equal(relativeLink('C:\\w\\notes\\new.md', 'C:\\w\\notes\\acme\\old.md'), 'acme/old.md');
    assert.equal(relativeLink('/w/a/b/new.md', '/w/old.md'), '../../old.md');
  });

  it('puts the preparation at the top of the template’s Preparation section, where it stays private', () => {
    const template = findTemplate(listTemplates(BUNDLED_TEMPLATE_TEXTS.en), 'scope-change')!.text;
    const prepared = withPreparation(template, preparationOf(NOTES, 'Acme Ltd', NEW_NOTE, TODAY)!, DEFAULT_REQUIRED_SECTIONS);
    const { text } = renderTemplate(prepared, { client: 'Acme Ltd', date: TODAY, topic: 'Review', scenario: 'scope-change' });
    const note = parseNote(text, DEFAULT_REQUIRED_SECTIONS);
    const preparation = note.sections.find((section) => section.known?.key === 'preparation')!;
    const body = text.slice(preparation.contentStart, preparation.contentEnd);
    assert.match(body, /^\n\n<!-- From your earlier notes with Acme Ltd/);
    assert.match(body, /Send the quote — due 2026-11-20/);
    assert.match(body, /- What we agreed: \{\{/, 'the template’s own prompts stay below');
    assert.equal(note.sections.filter((section) => section.known?.key === 'agreements').length, 1, 'no second Agreements section');
  });

  it('adds a Preparation section before the first section of a template without one, and keeps CRLF', () => {
    const template = '---\r\ntype: client-conversation\r\n---\r\n\r\n# {{topic}}\r\n\r\n## Facts\r\n\r\n- {{What}}\r\n';
    assert.equal(
      withPreparation(template, '- Open on my side:\n  - A', DEFAULT_REQUIRED_SECTIONS),
      '---\r\ntype: client-conversation\r\n---\r\n\r\n# {{topic}}\r\n\r\n## Preparation\r\n\r\n- Open on my side:\r\n  - A\r\n\r\n## Facts\r\n\r\n- {{What}}\r\n',
    );
    assert.equal(withPreparation('# Note\n', '- A', DEFAULT_REQUIRED_SECTIONS), '# Note\n\n## Preparation\n\n- A\n\n');
  });

  it('is in German for a German note: its lists, its steps’ dates and how far off they are', () => {
    assert.equal(
      preparationOf(NOTES, 'acme ltd', NEW_NOTE, TODAY, undefined, packFor('de')),
      [
        '<!-- Aus Ihren früheren Notizen mit Acme Ltd, Stand 23.11.2026. -->',
        '',
        '- Offen bei mir:',
        '  - Send the quote — fällig am 20.11.2026 (3 Tage überfällig), [10.11.2026](2026-11-10-phase-2.md)',
        '- Offen auf Kundenseite:',
        '  - Dana: Approve the sitemap — fällig am 30.11.2026 (in 7 Tagen), [10.11.2026](2026-11-10-phase-2.md)',
        '  - client: Share the brand files — ohne Termin, [01.11.2026](2026-11-01-kickoff.md)',
        '- Nicht verschickte Zusammenfassungen:',
        '  - Talk of 2026-11-10 — zu senden bis 12.11.2026, [10.11.2026](2026-11-10-phase-2.md)',
        '- In den letzten Gesprächen vereinbart:',
        '  - Phase 2 starts in January, [10.11.2026](2026-11-10-phase-2.md)',
        '- In den letzten Gesprächen gezogene Grenzen:',
        '  - No weekend work, [10.11.2026](2026-11-10-phase-2.md)',
      ].join('\n'),
    );
  });

  it('is in French for a French note, a narrow no-break space before each colon', () => {
    assert.equal(
      preparationOf(NOTES, 'acme ltd', NEW_NOTE, TODAY, undefined, packFor('fr')),
      [
        '<!-- D’après vos notes précédentes avec Acme Ltd, au 23/11/2026. -->',
        '',
        '- En attente de mon côté\u202f:',
        '  - Send the quote — échéance le 20/11/2026 (3 jours de retard), [10/11/2026](2026-11-10-phase-2.md)',
        '- En attente côté client\u202f:',
        '  - Dana\u202f: Approve the sitemap — échéance le 30/11/2026 (dans 7 jours), [10/11/2026](2026-11-10-phase-2.md)',
        '  - client\u202f: Share the brand files — sans échéance, [01/11/2026](2026-11-01-kickoff.md)',
        '- Comptes rendus non envoyés\u202f:',
        '  - Talk of 2026-11-10 — à envoyer d’ici le 12/11/2026, [10/11/2026](2026-11-10-phase-2.md)',
        '- Convenu lors des derniers échanges\u202f:',
        '  - Phase 2 starts in January, [10/11/2026](2026-11-10-phase-2.md)',
        '- Limites posées lors des derniers échanges\u202f:',
        '  - No weekend work, [10/11/2026](2026-11-10-phase-2.md)',
      ].join('\n'),
    );
  });

  it('says how far off a due day is in each language, one day in the singular', () => {
    const days = ['2026-11-22', '2026-11-20', TODAY, '2026-11-24', '2026-11-25', 'Friday'];
    assert.deepEqual(
      ['de', 'fr'].map((code) => days.map((due) => relativeDue(due, TODAY, packFor(code)))),
      [
        ['1 Tag überfällig', '3 Tage überfällig', 'heute', 'morgen', 'in 2 Tagen', 'Friday'],
        ['1 jour de retard', '3 jours de retard', 'aujourd’hui', 'demain', 'dans 2 jours', 'Friday'],
      ],
    );
  });

  it('goes at the top of a German template’s Vorbereitung; a template without one gets it under its German title', () => {
    const template = findTemplate(listTemplates(BUNDLED_TEMPLATE_TEXTS.de), 'scope-change')!.text;
    const prepared = withPreparation(template, preparationOf(NOTES, 'Acme Ltd', NEW_NOTE, TODAY, undefined, packFor('de'))!, DEFAULT_REQUIRED_SECTIONS, packFor('de'));
    assert.match(prepared, /## Vorbereitung\n\n<!-- Aus Ihren früheren Notizen mit Acme Ltd/u);
    assert.equal(withPreparation('# Notiz\n', '- A', DEFAULT_REQUIRED_SECTIONS, packFor('fr')), '# Notiz\n\n## Préparation\n\n- A\n\n');
  });
});
