// The recap of a German or French note is worded in that language from greeting to closing,
// with its dates written out as that language writes them (issue 30); an English note's
// recap is unchanged (test/golden holds English recaps byte for byte).
import * as assert from 'node:assert/strict';
import { buildRecapModel, generateRecap, prepareRecap } from '../../../../src/core/recap';
import { resolveConfig } from '../../../../src/core/config/config';
import { lint } from '../../../../src/core/lint/engine';

const NOW = new Date(Date.UTC(2026, 11, 1, 12));

const GERMAN = `---
type: client-conversation
lang: de
client: Bäckerei Huber
contact: Anna Huber <anna@huber.example>
date: 2026-12-01
channel: video-call
scenario: scope-change
topic: Zusätzliche Seiten
---

## Fakten

- Drei Seiten kommen dazu.

## Grenzen

- Zusätzliche Seiten kosten extra.

## Nächste Schritte

- Angebot schicken (Verantwortlich: ich, bis 2026-12-08)
- Texte liefern (Verantwortlich: Kundin, bis 2026-12-01)
- Impressum prüfen (Verantwortlich: Jonas, bis 2026-12-10)
`;

const FRENCH = `---
type: client-conversation
lang: fr-CA
client: Atelier Roy
contact: Anne Roy <anne@roy.example>
date: 2026-12-01
channel: phone
scenario: missed-deadline
topic: Retard sur la maquette
---

## Faits

- La maquette avait deux jours de retard.

## Limites

- Pas de nouvelle fonction avant janvier.

## Prochaines étapes

- Envoyer la maquette (responsable : moi, échéance : 2026-12-08)
- Valider la maquette (responsable : client, échéance : 2026-12-01)
`;

describe('the recap in the note’s language', () => {
  it('is German from greeting to closing, with German dates', () => {
    const recap = generateRecap(GERMAN, 'markdown', { signature: 'Viele Grüße\nMara', now: NOW });
    assert.ok(recap.ok);
    assert.equal(
      recap.text,
      [
        '# Zusammenfassung: Zusätzliche Seiten (1. Dezember 2026)',
        '',
        'Hallo Anna,',
        '',
        'vielen Dank für unseren Videocall am Dienstag, 1. Dezember 2026. Hier fasse ich zusammen, wie sich der Umfang der Arbeit ändert, wie wir es besprochen haben, damit wir beide denselben Stand haben.',
        '',
        '## Was ich übernehme',
        '',
        '- Angebot schicken bis Dienstag, 8. Dezember 2026',
        '',
        '## Was Sie übernehmen',
        '',
        '- Texte liefern bis Dienstag, 1. Dezember 2026',
        '',
        '## Was Jonas übernimmt',
        '',
        '- Impressum prüfen bis Donnerstag, 10. Dezember 2026',
        '',
        '## Damit alles klar ist',
        '',
        '- Zusätzliche Seiten kosten extra.',
        '',
        'Ich beginne mit den Änderungen wie hier beschrieben. Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.',
        '',
        'Viele Grüße  ',
        'Mara',
        '',
      ].join('\n'),
    );
  });

  it('is French from greeting to closing, with French dates', () => {
    const recap = generateRecap(FRENCH, 'text', { myName: 'Luc Martin', now: NOW });
    assert.ok(recap.ok);
    assert.equal(
      recap.text,
      [
        'Subject: Compte rendu : Retard sur la maquette (1er décembre 2026)',
        '',
        'Bonjour Anne,',
        '',
        'Merci pour notre appel du mardi 1er décembre 2026. Je n’ai pas livré à la date convenue, et je vous prie de m’excuser pour le désagrément que cela vous cause. Voici le nouveau planning dont nous avons convenu.',
        '',
        'Ce que je ferai\u202f:',
        '• Envoyer la maquette d’ici le mardi 8 décembre 2026',
        '',
        'Ce que vous ferez\u202f:',
        '• Valider la maquette d’ici le mardi 1er décembre 2026',
        '',
        'Pour que les choses soient claires\u202f:',
        '• Pas de nouvelle fonction avant janvier.',
        '',
        'Je vous tiendrai au courant de l’avancement du nouveau planning. Si quelque chose ne correspond pas à ce que vous avez compris, dites-le-moi et je le corrigerai.',
        '',
        'Bien cordialement,',
        'Luc Martin',
        '',
      ].join('\n'),
    );
  });
});

// Why a recap cannot be built, and what it leaves out, is said to the freelancer: in the
// reader's language (the editor's display language, --locale), as the findings are, with
// the sections named as the note names them. The recap itself stays in the note's language.
describe('why a recap cannot be built, in the reader’s language', () => {
  const EMPTY_GERMAN = '---\ntype: client-conversation\nlang: de\nclient: Bäckerei Huber\ncontact: Anna Huber <anna@huber.example>\ntopic: Zusätzliche Seiten\n---\n\n## Fakten\n\n- Drei Seiten kommen dazu.\n';

  it('tells a German reader in German, naming the sections of a German note as it names them', () => {
    const built = buildRecapModel(EMPTY_GERMAN, { locale: 'de-AT' });
    assert.deepEqual(built, {
      ok: false,
      problems: [
        'Die Notiz enthält noch nichts für eine Zusammenfassung: Schreiben Sie Listenpunkte unter „Vereinbarungen“, „Grenzen“ oder „Vereinbarte nächste Schritte“ oder ergänzen Sie `agreements`, `next_steps` oder `boundaries` im Frontmatter.',
      ],
    });
  });

  it('tells a German reader in German what is wrong with the YAML it cannot be built from', () => {
    const tabbed = EMPTY_GERMAN.replace('topic: Zusätzliche Seiten\n', 'topic: Zusätzliche Seiten\nagreements:\n\t- Drei Seiten\n');
    assert.deepEqual(buildRecapModel(tabbed, { locale: 'de' }), {
      ok: false,
      problems: [
        'Das Frontmatter enthält Fehler, daher lässt sich keine Zusammenfassung erstellen. Beheben Sie sie zuerst (Zeile 8: Tabulatoren sind in YAML als Einrückung nicht erlaubt: Rücken Sie mit Leerzeichen ein.).',
      ],
    });
  });

  it('tells an English reader in English, the sections still as the note names them; an English note as ever', () => {
    assert.deepEqual(buildRecapModel(EMPTY_GERMAN), {
      ok: false,
      problems: [
        'The note has nothing to recap yet: write list items under "Vereinbarungen", "Grenzen" or "Vereinbarte nächste Schritte", or add `agreements`, `next_steps` or `boundaries` to the frontmatter.',
      ],
    });
    const english = EMPTY_GERMAN.replace('lang: de\n', '').replace('## Fakten', '## Facts');
    assert.deepEqual(buildRecapModel(english, { locale: 'en-GB' }), buildRecapModel(english));
    assert.deepEqual(buildRecapModel(english), {
      ok: false,
      problems: [
        'The note has nothing to recap yet: write list items under "Agreements", "Boundaries" or "Agreed next steps", or add `agreements`, `next_steps` or `boundaries` to the frontmatter.',
      ],
    });
  });

  it('tells a French reader in French: no frontmatter, a contact that is no address, a recap with no one to send it to', () => {
    assert.deepEqual(buildRecapModel('# Notes en vrac\n', { locale: 'fr' }), {
      ok: false,
      problems: ['La note n’a pas de frontmatter : une note client commence par un bloc `---` contenant `type: client-conversation`, le client, le contact, la date et le sujet.'],
    });
    const badContact = FRENCH.replace('contact: Anne Roy <anne@roy.example>', 'contact: Anne Roy anne@roy.example');
    assert.deepEqual(buildRecapModel(badContact, { locale: 'fr_CA.UTF-8' }), {
      ok: false,
      problems: ['Le contact « Anne Roy anne@roy.example » n’est pas un nom suivi d’une adresse e-mail : écrivez `Nom <nom@example.com>`, en séparant les contacts par des virgules.'],
    });
    const noContact = generateRecap(FRENCH.replace('contact: Anne Roy <anne@roy.example>\n', ''), 'eml', { now: NOW, locale: 'fr' });
    assert.deepEqual(noContact, {
      ok: false,
      problems: ['La note n’indique aucun contact : ajoutez `contact: Nom <e-mail>` au frontmatter pour que le récapitulatif ait un destinataire.'],
    });
  });

  it('warns a German reader in German of what the recap leaves out, and words the check’s findings alike', () => {
    const note = GERMAN.replace('contact: Anna Huber <anna@huber.example>\n', 'cc: [Jonas Huber]\n').replace('date: 2026-12-01', 'date: 2026-12-32');
    const config = resolveConfig({ recap: { includeSections: ['Private Notizen', 'Zeitplan'] } });
    const prepared = prepareRecap(note, { config, now: NOW, locale: 'de' });
    assert.ok(prepared.ok);
    assert.deepEqual(prepared.warnings, [
      'Die Notiz nennt keinen Kontakt, daher spricht die Zusammenfassung niemanden mit Namen an und hat keinen Empfänger: Ergänzen Sie `contact: Name <E-Mail>` im Frontmatter.',
      'Der `cc`-Eintrag „Jonas Huber“ hat keine E-Mail-Adresse: Schreiben Sie ihn als `Jonas Huber <name@example.com>`. Er wird nicht ins Cc der Zusammenfassung übernommen.',
      '„Private Notizen“ ist ein privater Abschnitt und kommt nie in eine Zusammenfassung; entfernen Sie ihn aus der Einstellung includeSections der Zusammenfassung.',
      'Keine Überschrift der Notiz passt zu „Zeitplan“ aus der Einstellung includeSections der Zusammenfassung, daher enthält die Zusammenfassung keinen solchen Abschnitt.',
      'Das Datum „2026-12-32“ ist kein gültiger Tag im Format JJJJ-MM-TT; die Zusammenfassung übernimmt es so, wie es dasteht.',
    ]);
    // The recap goes to the client in the note's language whoever reads the warnings.
    const forFrench = prepareRecap(note, { config, now: NOW, locale: 'fr' });
    assert.ok(forFrench.ok);
    assert.deepEqual(forFrench.model, prepared.model);
    assert.match(forFrench.warnings[0], /^La note n’indique aucun contact/u);
  });

  it('names a contact the lint rule refuses in the reader’s language too', () => {
    const note = FRENCH.replace('contact: Anne Roy <anne@roy.example>', 'contact: Anne Roy anne@roy.example');
    const finding = lint(note, { now: NOW, locale: 'de' }).messages.find((message) => message.ruleId === 'frontmatter-schema');
    assert.equal(finding?.message, 'Der Kontakt „Anne Roy anne@roy.example“ ist kein Name mit E-Mail-Adresse: Schreiben Sie `Name <name@example.com>`, mehrere durch Kommas getrennt.');
  });
});
