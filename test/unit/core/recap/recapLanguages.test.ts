// The recap of a German or French note is worded in that language from greeting to closing,
// with its dates written out as that language writes them (issue 30); an English note's
// recap is unchanged (test/golden holds English recaps byte for byte).
import * as assert from 'node:assert/strict';
import { generateRecap } from '../../../../src/core/recap';

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
