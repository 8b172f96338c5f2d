// Notes in German and French (issue 30): a note's language, and the pack it selects for its
// sections, steps and tone; English words keep working in every note, and no word of
// another language changes an English note's findings.
import * as assert from 'node:assert/strict';
import { resolveConfig } from '../../../../src/core/config/config';
import { lint } from '../../../../src/core/lint/engine';
import { nextStepsOf } from '../../../../src/core/note/nextSteps';
import { parseNote } from '../../../../src/core/note/parseNote';
import { notePeople, sideOf } from '../../../../src/core/note/owners';
import { isPrivateHeading } from '../../../../src/core/note/privacy';
import { DEFAULT_PRIVATE_SECTIONS } from '../../../../src/core/note/privacy';
import { ENGLISH, LANGUAGE_PACKS } from '../../../../src/core/lang/packs';
import { normalizeHeading } from '../../../../src/core/base/headings';
import { FIXED_NOW } from '../../support';
import { insertSection, missingSectionNamed, missingSections } from '../../../../src/core/edit/insertSection';
import { hasOnlyScaffolding, unfilledPrompts } from '../../../../src/core/note/placeholders';
import type { SectionKey } from '../../../../src/core/lang/pack';
import { builtInTemplates, type TemplateLanguage } from '../../../../src/core/scaffold/templates';
import { BUNDLED_TEMPLATE_TEXTS } from '../../../../src/core/scaffold/bundledTemplates';

const config = resolveConfig();

function note(body: string, frontmatter = ''): string {
  return `---\ntype: client-conversation\nclient: Huber\ndate: 2026-12-01\nscenario: scope-change\ntopic: Zusätzliche Seiten\n${frontmatter}---\n\n${body}`;
}

function findings(text: string, language = ''): string[] {
  return lint(text, { config: resolveConfig({ language }), now: FIXED_NOW }).messages.map((message) => `${message.ruleId}: ${text.slice(message.start, message.end)}`);
}

/** A rule's findings, in the note's language: the words they cover and their message. */
function findingsWithMessages(text: string, ruleId: string): Array<{ text: string; message: string }> {
  const locale = /^lang: (\w+)/mu.exec(text)?.[1];
  return lint(text, { config, now: FIXED_NOW, locale })
    .messages.filter((message) => message.ruleId === ruleId)
    .map((message) => ({ text: text.slice(message.start, message.end), message: message.message }));
}

const GERMAN = note('## Fakten\n\n- Drei neue Seiten.\n\n## Grenzen\n\n- Mehr Seiten kosten extra.\n\n## Nächste Schritte\n\n- Angebot schicken (Verantwortlich: ich, bis 5.12.2026)\n');
const FRENCH = note("## Faits\n\n- Trois pages de plus.\n\n## Limites\n\n- Chaque page en plus est facturée.\n\n## Prochaines étapes\n\n- Envoyer le devis (responsable : moi, échéance : 05/12/2026)\n");

describe('a note’s language', () => {
  it('is its lang key, a region allowed', () => {
    assert.equal(parseNote(note('', 'lang: de-CH\n'), config.requiredSections).language.code, 'de');
    assert.equal(parseNote(note('', 'lang: fr_CA\n'), config.requiredSections).language.code, 'fr');
    assert.equal(parseNote(note('## Fakten\n', 'lang: en\n'), config.requiredSections).language.code, 'en');
  });

  it('is the configured language when the note says none', () => {
    assert.equal(parseNote(note('Text\n'), config.requiredSections, undefined, undefined, 'fr').language.code, 'fr');
    assert.equal(parseNote(note('Text\n', 'lang: de\n'), config.requiredSections, undefined, undefined, 'fr').language.code, 'de');
  });

  it('is recognised from the section headings, else English', () => {
    assert.equal(parseNote(GERMAN, config.requiredSections).language.code, 'de');
    assert.equal(parseNote(FRENCH, config.requiredSections).language.code, 'fr');
    assert.equal(parseNote(note('## Facts\n\n## Options\n'), config.requiredSections).language.code, 'en');
    assert.equal(parseNote(note('Just text.\n'), config.requiredSections).language.code, 'en');
    // A Logseq page's headings are top-level items of its outline; a frontmatter that does not parse says no language.
    const outline = '---\ntype: client-conversation\ntopic: Zubau: Dachterrasse\n---\n\n- ## Fakten\n\t- Anruf am 30.10.\n- ## Was ich machen kann und was nicht\n\t- Statik extra\n- ## Nächste Schritte\n\t- TODO Planung anpassen → ich, bis 4.12.2026\n';
    assert.equal(parseNote(outline, config.requiredSections).language.code, 'de');
    assert.deepEqual(findings(outline).filter((finding) => finding.startsWith('required-sections')), []);
    // Underlined headings, as plain-text editors write them; a list item over a rule is no heading.
    const underlined = note('Fakten\n------\n\n- Anruf am 30.10.\n\nGrenzen\n-------\n\n- Statik extra\n\nNächste Schritte\n----------------\n\n- Planung anpassen – ich – bis 4.12.2026\n');
    assert.equal(parseNote(underlined, config.requiredSections).language.code, 'de');
    assert.deepEqual(findings(underlined).filter((finding) => finding.startsWith('required-sections')), []);
    assert.equal(parseNote(note('- Fakten\n------\n'), config.requiredSections).language.code, 'en');
  });
});

describe('sections in German and French', () => {
  it('a German or French note has its required sections', () => {
    assert.deepEqual(findings(GERMAN).filter((finding) => finding.startsWith('required-sections')), []);
    assert.deepEqual(findings(FRENCH).filter((finding) => finding.startsWith('required-sections')), []);
  });

  it('English section names keep working in a German note', () => {
    const mixed = note('## Fakten\n\n- Drei neue Seiten.\n\n## Boundaries\n\n- Mehr Seiten kosten extra.\n\n## Next steps\n\n- Angebot schicken (owner: me, due: 2026-12-05)\n', 'lang: de\n');
    assert.deepEqual(findings(mixed).filter((finding) => finding.startsWith('required-sections')), []);
  });

  it('a German heading is no section of an English note', () => {
    const english = note('## Fakten\n\n- Three new pages.\n\n## Boundaries\n\n- Extra pages cost extra.\n\n## Next steps\n\n- Send the quote (owner: me, due: 2026-12-05)\n', 'lang: en\n');
    assert.ok(findings(english).some((finding) => finding.startsWith('required-sections')));
  });

  it('private sections are private in every language, whatever the note’s', () => {
    const settings = { requiredSections: config.requiredSections, privateSections: DEFAULT_PRIVATE_SECTIONS };
    for (const heading of ['Vorbereitung', 'Sicht des Kunden', 'Private Notizen', 'Notizen (vertraulich)', 'Préparation', 'Point de vue du client', 'Notes privées']) {
      assert.ok(isPrivateHeading(heading, settings), heading);
    }
  });
});

describe('steps in German and French', () => {
  const stepsOf = (text: string) => {
    const parsed = parseNote(text, config.requiredSections);
    const people = notePeople(parsed.frontmatter?.data, {}, parsed.language);
    return nextStepsOf(parsed).map((step) => ({ owner: step.owner, side: sideOf(step.owner, people), due: step.due }));
  };

  it('reads a German step’s owner and due date in every form', () => {
    const text = note(
      '## Nächste Schritte\n\n- Angebot schicken (Verantwortlich: ich, bis 5.12.2026)\n- Texte liefern — Kunde — 5. Dezember 2026\n- Fotos schicken (zuständig: Kundin, fällig am 4. Dez. 2026)\n',
    );
    assert.deepEqual(stepsOf(text), [
      { owner: 'ich', side: 'me', due: '2026-12-05' },
      { owner: 'Kunde', side: 'client', due: '2026-12-05' },
      { owner: 'Kundin', side: 'client', due: '2026-12-04' },
    ]);
  });

  it('reads a French step’s owner and due date, slashed dates day first', () => {
    const text = note(
      "## Prochaines étapes\n\n- Envoyer le devis (responsable : moi, échéance : 05/12/2026)\n- Valider la maquette — client — d'ici le 4 déc. 2026\n- Relire les textes (qui : nous, pour le 8 décembre 2026)\n",
    );
    assert.deepEqual(stepsOf(text), [
      { owner: 'moi', side: 'me', due: '2026-12-05' },
      { owner: 'client', side: 'client', due: '2026-12-04' },
      { owner: 'nous', side: 'both', due: '2026-12-08' },
    ]);
  });

  it('reads a weekday in two letters before a slashed day, and `Fr.` before a name as Frau', () => {
    const french = note("## Prochaines étapes\n\n- [ ] Confirmer l'option — Julie — ve 20/11\n", 'lang: fr\n');
    assert.deepEqual(stepsOf(french).map((step) => [step.owner, step.due]), [['Julie', '2026-11-20']]);
    const german = note('## Nächste Schritte\n\n- [ ] Liste der Bezüge → Fr. Hutter\n- [ ] Muster liefern → ich, bis Fr. 27.11.\n', 'lang: de\n');
    assert.deepEqual(stepsOf(german).map((step) => [step.owner, step.due]), [['Fr. Hutter', undefined], ['ich', '2026-11-27']]);
  });

  it('reads a part of a month, the end of next week and a calendar week after `Ende` or `fin`', () => {
    const german = note('## Nächste Schritte\n\n- Anke: Termin Anfang Dezember\n- Anke: Termin bis Ende Januar\n- Anke: Termin Mitte Januar\n- Jonas: Zahlung bis Ende nächster Woche\n- Jonas: Freigabe bis Ende KW 49\n', 'lang: de\n');
    assert.deepEqual(stepsOf(german).map((step) => step.due), ['2026-12-10', '2027-01-31', '2027-01-15', '2026-12-11', '2026-12-04']);
    const french = note("## Étapes suivantes\n\n- Paul : devis début décembre\n- Paul : maquette fin janvier\n- Paul : textes à la mi-janvier\n- Paul : photos fin S49\n- Paul : planning fin de semaine prochaine\n", 'lang: fr\n');
    assert.deepEqual(stepsOf(french).map((step) => step.due), ['2026-12-10', '2027-01-31', '2027-01-15', '2026-12-04', '2026-12-11']);
  });

  it('a step’s words are shown without its German notation', () => {
    const text = note('## Nächste Schritte\n\n- Texte liefern — Kunde — 2026-12-05\n');
    assert.deepEqual(nextStepsOf(parseNote(text, config.requiredSections)).map((step) => step.what), ['Texte liefern']);
  });

  it('reads the action items of a meeting app in the note’s language as its next steps', () => {
    const french = note("## Faits\n\n- Trois pages.\n\n## Limites\n\n- Aucune.\n\n## Éléments d'action\n\n- [ ] @moi : envoyer le devis – Échéance : 04/12/2026\n", 'lang: fr-BE\n');
    assert.deepEqual(findings(french).filter((finding) => finding.startsWith('required-sections')), []);
    assert.deepEqual(stepsOf(french).map((step) => step.due), ['2026-12-04']);
  });

  it('reads a German compound or a sentence of what I take on as the boundaries, and a section of a TODO alone as empty', () => {
    for (const heading of ['Leistungsgrenzen', 'Was ich übernehme und was nicht']) {
      const text = note(`## Fakten\n\n- Drei Seiten.\n\n## ${heading}\n\n- Keine vierte Runde.\n\n## Nächste Schritte\n\n- Angebot (Verantwortlich: ich, bis 5.12.2026)\n`, 'lang: de\n');
      assert.deepEqual(findings(text).filter((finding) => finding.startsWith('required-sections')), [], heading);
    }
    const todo = note('## Fakten\n\n- Drei Seiten.\n\n## Grenzen\n\n- TODO\n\n## Nächste Schritte\n\n- Angebot (Verantwortlich: ich, bis 5.12.2026)\n', 'lang: de\n');
    assert.deepEqual(findings(todo).filter((finding) => /^(?:empty-section|unfilled-placeholder)/u.test(finding)), ['empty-section: ## Grenzen', 'unfilled-placeholder: TODO']);
  });

  it('German step words do not change an English note', () => {
    const text = note('## Next steps\n\n- Send the draft to Kunde bis Freitag\n', 'lang: en\n');
    assert.deepEqual(stepsOf(text).map((step) => step.due), [undefined]);
  });
});

describe('tone in German and French', () => {
  const tone = (text: string) => findings(text).filter((finding) => /^(?:accusatory-language|judgemental-facts)/.test(finding));
  const german = (facts: string) => note(`## Fakten\n\n${facts}\n\n## Grenzen\n\n- Keine.\n`, 'lang: de\n');
  const french = (facts: string) => note(`## Faits\n\n${facts}\n\n## Limites\n\n- Aucune.\n`, 'lang: fr\n');

  it('reports a sentence once, however many blame phrases or judgement words it holds, and names them', () => {
    const twice = findingsWithMessages(german('Sie hätten die Mängel rügen müssen, das haben Sie versäumt.'), 'accusatory-language');
    assert.deepEqual(twice.map((finding) => finding.text), ['Sie hätten die Mängel rügen müssen, das haben Sie versäumt']);
    assert.match(twice[0].message, /^„Sie hätten“ und „haben Sie versäumt“ klingen nach Schuldzuweisung/u);
    const words = findingsWithMessages(french("Évidemment, ils n'ont jamais répondu, c'est ridicule."), 'judgemental-facts');
    assert.deepEqual(words.map((finding) => finding.message.split(' sont ')[0]), ['« Évidemment » … « ridicule »']);
    // An adjective inflected before a noun or in the plural judges as it does.
    assert.deepEqual(tone(german('- Das waren lächerliche Korrekturen.')), ['judgemental-facts: lächerliche']);
    assert.deepEqual(tone(french('- Des fichiers bâclés, livrés le 3/11.')), ['judgemental-facts: bâclés']);
    assert.deepEqual(tone(german('- Sie haben uns jetzt lange genug hingehalten.')), ['accusatory-language: Sie haben uns jetzt lange genug hingehalten']);
    // What came of the client's doing is blame; what they would like is not.
    assert.deepEqual(tone(german('- Kommen die Bilder zu spät, verschiebt sich der Go-live – das liegt dann an Ihnen.')), ['accusatory-language: das liegt dann an Ihnen']);
    assert.deepEqual(tone(german('- Sie hätten gern, dass ich im Notfall erreichbar bin.')), []);
    assert.deepEqual(tone(german('- Sie haben die Lizenzbedingungen offenbar nicht gelesen.')), ['accusatory-language: Sie haben die Lizenzbedingungen offenbar nicht gelesen']);
    // A new sentence, or a new line, is a new finding.
    assert.equal(findingsWithMessages(french("Évidemment, ils ont attendu. C'est ridicule."), 'judgemental-facts').length, 2);
    assert.equal(findingsWithMessages(french('- Évidemment, ils ont attendu\n- ridicule'), 'judgemental-facts').length, 2);
  });

  it('reports blame in the second person, formal and informal', () => {
    assert.deepEqual(tone(german('Das war Ihre Schuld.')), ['accusatory-language: Ihre Schuld']);
    // A delay put down to the client's doing, in every pack; `ihre`, `ihrer` in lower case are someone else's.
    assert.deepEqual(tone(german('Der Go-live hat sich wegen Ihrer späten Freigaben verzögert.')), ['accusatory-language: wegen Ihrer']);
    assert.deepEqual(tone(german('Jana hat Sorge wegen ihrer eigenen Kalkulation. Das war ihre Schuld, nicht die der Agentur.')), []);
    assert.deepEqual(tone(german('Sie haben sie jetzt dreimal hintereinander nicht eingehalten.')), ['accusatory-language: Sie haben sie jetzt dreimal hintereinander nicht eingehalten']);
    assert.deepEqual(tone(french('Le lot 3 a pris du retard à cause de vos validations tardives.')), ['accusatory-language: à cause de vos']);
    assert.deepEqual(tone(note('## Facts\n\nLot 3 slipped because of your late approvals.\n')), ['accusatory-language: because of your']);
    assert.deepEqual(tone(german('Du hast nie geantwortet.')), ['accusatory-language: Du hast nie', 'judgemental-facts: nie']);
    assert.deepEqual(tone(german('Sie haben die Frist versäumt und nie geantwortet.')), ['accusatory-language: Sie haben die Frist versäumt', 'judgemental-facts: nie']);
    // The object inside the verb, in a main clause and in a subordinate one; a comma ends the clause.
    assert.deepEqual(tone(german('Skonto gibt es nicht, Sie haben die Zahlungsfrist versäumt.')), ['accusatory-language: Sie haben die Zahlungsfrist versäumt']);
    assert.deepEqual(tone(german('Der Preis steigt, weil du die Freigabe vergessen hast.')), ['accusatory-language: du die Freigabe vergessen hast']);
    assert.deepEqual(tone(german('Wie Sie wissen, habe ich die Frist versäumt.')), []);
    assert.deepEqual(tone(french('Vous avez encore oublié la facture.')), ['accusatory-language: Vous avez encore oublié']);
    assert.deepEqual(tone(french("C'est de votre faute.")), ['accusatory-language: votre faute']);
    // The fault laid on someone of the client's (`la faute de votre fournisseur`), not `faute de` as "for want of".
    assert.deepEqual(tone(french("Les écarts, c'est la faute de votre fournisseur.")), ['accusatory-language: la faute de votre']);
    assert.deepEqual(tone(french('Faute de votre retour, je garde la version 2.')), []);
    assert.deepEqual(tone(german('Das war die Schuld Ihrer Agentur.')), ['accusatory-language: Schuld Ihrer']);
    assert.deepEqual(tone(french('Tu ne réponds jamais.')), ['accusatory-language: Tu ne réponds jamais', 'judgemental-facts: jamais']);
  });

  it('reports judgements and generalisations', () => {
    assert.deepEqual(tone(german('Die Lieferung war schlampig.')), ['judgemental-facts: schlampig']);
    assert.deepEqual(tone(german('Der Kunde war unprofessionell.')), ['judgemental-facts: unprofessionell']);
    assert.deepEqual(tone(german('Wie immer kam die Zahlung spät.')), ['judgemental-facts: Wie immer']);
    // A department is people.
    assert.deepEqual(tone(german('Der Vertrieb ändert immer kurzfristig Benennungen.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(french('Le client a été peu professionnel.')), ['judgemental-facts: peu professionnel']);
    assert.deepEqual(tone(french("Comme d'habitude, le paiement est arrivé en retard.")), ["judgemental-facts: Comme d'habitude"]);
    // A preposition after the adjective opens no noun it describes; an office is people.
    assert.deepEqual(tone(french('Steve a été peu professionnel au téléphone.')), ['judgemental-facts: peu professionnel']);
    assert.deepEqual(tone(french('La régie est franchement peu professionnelle.')), ['judgemental-facts: peu professionnelle']);
    assert.deepEqual(tone(french("Comme vous n'avez jamais payé, acompte exigé.")), ["accusatory-language: vous n'avez jamais", 'judgemental-facts: jamais']);
    // Lateness as a pattern judges whoever is late, though a thing is the subject; `c'est de votre fait` lays the blame.
    assert.deepEqual(tone(french('Les contenus arrivent toujours au dernier moment sur ce projet.')), ['judgemental-facts: toujours']);
    assert.deepEqual(tone(german('Die Unterlagen kommen immer zu spät.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(french("Si les contenus n'arrivent pas le 27/11, c'est de votre fait.")), ['accusatory-language: de votre fait']);
    assert.deepEqual(tone(german('Das Überziehen ist Ihr Versäumnis bei der Ablaufplanung.')), ['accusatory-language: Ihr Versäumnis']);
    // A day's dots end no clause; `nie pünktlich` and a dunning notice say late; delivering too late is blame.
    assert.deepEqual(tone(german('Sie haben auf meine Ankündigung vom 01.09. nie reagiert.')), ['accusatory-language: Sie haben auf meine Ankündigung vom 01.09. nie', 'judgemental-facts: nie']);
    assert.deepEqual(tone(german('Die Texte kamen nie pünktlich.')), ['judgemental-facts: nie']);
    assert.deepEqual(tone(german('Rechnungen wurden immer erst nach der ersten Mahnung bezahlt.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(german('Da Sie die Texte wieder zu spät geliefert haben, verschiebt sich der Druck.')), ['accusatory-language: Sie die Texte wieder zu spät geliefert haben']);
    // What the client caused is blame, and so is the verb first after what the sentence opens with.
    assert.deepEqual(tone(german('Die Verzögerungen haben Sie mit den späten Zahlungen verursacht.')), ['accusatory-language: haben Sie mit den späten Zahlungen verursacht']);
    assert.deepEqual(tone(german('Die Frist für die Freigabe haben Sie versäumt.')), ['accusatory-language: haben Sie versäumt']);
    assert.deepEqual(tone(german('Die Zusatztage sind nur entstanden, weil ihr den Picture Lock nicht eingehalten habt.')), ['accusatory-language: ihr den Picture Lock nicht eingehalten habt']);
    // The family around a couple is people; blame in the pluperfect is blame.
    assert.deepEqual(tone(french('Sa mère se plaint toujours de tout.')), ['judgemental-facts: toujours']);
    assert.deepEqual(tone(german('Die Mutter der Braut meckert immer.')), ['judgemental-facts: immer']);
    // Right after a verb of thought, the adverb is the person's habit, not a claim reported; `quelque` is no participle.
    assert.deepEqual(tone(french('Sa mère trouve toujours quelque chose à redire.')), ['judgemental-facts: toujours']);
    assert.deepEqual(tone(french("Elle dit qu'elle n'a jamais été avertie.")), []);
    assert.deepEqual(tone(french("Pour le portail : vous ne m'aviez jamais transmis le code.")), ["accusatory-language: vous ne m'aviez jamais", 'judgemental-facts: jamais']);
    // The same story again, said whole, is a generalisation whatever its subject.
    assert.deepEqual(tone(french("C'est toujours la même histoire avec eux.")), ['judgemental-facts: toujours la même histoire']);
    assert.deepEqual(tone(german('Es ist immer die gleiche Geschichte mit der Agentur.')), ['judgemental-facts: immer die gleiche Geschichte']);
    // Overblown, said whole, judges; `überzogen` alone is a fact.
    assert.deepEqual(tone(german('Die Reklamation ist in dem Umfang völlig überzogen.')), ['judgemental-facts: völlig überzogen']);
    assert.deepEqual(tone(german('Das Budget ist um 400 € überzogen.')), []);
    assert.deepEqual(tone(french('La réclamation est complètement exagérée.')), ['judgemental-facts: complètement exagérée']);
    assert.deepEqual(tone(french('Vous avez provoqué le retard en changeant le plan.')), ['accusatory-language: Vous avez provoqué']);
  });

  it('reads a person the note names as a subject where every noun is capitalised', () => {
    const named = (facts: string) => note(`## Fakten\n\n${facts}\n\n## Grenzen\n\n- Keine.\n`, 'lang: de\ncontact: Anna Reiter <anna@example.at>\n');
    assert.deepEqual(tone(named('Anna meldet sich immer erst in letzter Minute.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(named('Frau Reiter ist immer zu spät.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(named('Die Renovierung ist immer teurer als geplant.')), []);
  });

  it('leaves quoted client words, I-statements, things and denied blame alone', () => {
    assert.deepEqual(tone(german('Sie sagte: „Das ist Ihre Schuld.“')), []);
    assert.deepEqual(tone(german('Ich antworte immer innerhalb eines Tages.')), []);
    assert.deepEqual(tone(german('Der Server ist immer langsam.')), []);
    // What always comes short is a pattern of someone's, as what always comes late is.
    assert.deepEqual(tone(german('Die Stundenzettel der Monteure kommen immer unvollständig, Abfahrtszeiten fehlen.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(french('Les fichiers arrivent toujours incomplets.')), ['judgemental-facts: toujours']);
    assert.deepEqual(tone(french('Les factures 2026 ont toujours été payées avec 3 à 4 semaines de retard.')), ['judgemental-facts: toujours']);
    assert.deepEqual(tone(german('Die Rechnungen wurden immer mit drei Wochen Verspätung bezahlt.')), ['judgemental-facts: immer']);
    // Those who run a venue are people: a judgement of them is one.
    assert.deepEqual(tone(french("Le régisseur, toujours aussi peu coopératif, n'a pas voulu baisser le chauffage.")), ['judgemental-facts: peu coopératif']);
    assert.deepEqual(tone(german('Es ist nicht Ihre Schuld.')), []);
    assert.deepEqual(tone(french('Je réponds toujours sous 24 heures.')), []);
    assert.deepEqual(tone(french("Ce n'est pas de votre faute.")), []);
    assert.deepEqual(tone(french("Ce n'est pas la faute de votre équipe.")), []);
    assert.deepEqual(tone(french('Le serveur est toujours lent.')), []);
    assert.deepEqual(tone(french('Le serveur répond toujours vite, même tard le soir.')), [], 'lateness in another clause than the adverb’s');
    assert.deepEqual(tone(french('Il a dit « c’est votre faute ».')), []);
    // `toujours` before what can still be done says still.
    assert.deepEqual(tone(french("L'impression est planifiée le 10.11, donc toujours faisable.")), []);
  });

  it('reads what the client answers for as blame: die Verschiebung haben Sie zu verantworten', () => {
    assert.deepEqual(tone(german('Einlass verschoben, die Verschiebung haben Sie zu verantworten.')), ['accusatory-language: haben Sie zu verantworten']);
  });

  it('reads blame in spoken French, its ne dropped, and a business as the people who run it', () => {
    assert.deepEqual(tone(french('Le devis était clair, parce que vous avez pas lu le devis.')), ['accusatory-language: vous avez pas']);
    assert.deepEqual(tone(german('Die Betriebe schicken ihre Zahlen immer erst kurz vor Schluss.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(german('Muster für Redaktionen kamen immer erst kurz vor Launch.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(german('Das hättet ihr im Angebot lesen müssen.')), ['accusatory-language: hättet ihr im Angebot lesen müssen']);
    assert.deepEqual(tone(german('Sie haben die Unterlagen dreimal unvollständig geliefert.')), ['accusatory-language: Sie haben die Unterlagen dreimal unvollständig geliefert']);
    // The subject left out of the second clause is still the one the first names.
    assert.deepEqual(tone(german('Sie haben den Vertrag unterschrieben und hätten den Zuschlag vorher lesen müssen.')), [
      'accusatory-language: Sie haben den Vertrag unterschrieben und hätten den Zuschlag vorher lesen müssen',
    ]);
    assert.deepEqual(tone(german('Ich habe unterschrieben und hätte es vorher lesen müssen.')), []);
    // A day's dots amid the words a phrase leaves out end no clause.
    assert.deepEqual(
      findings(note('## Fakten\n\n- Drei Seiten.\n\n## Grenzen\n\n- Du hast meine Erinnerung vom 20.10. einfach ignoriert.\n', 'lang: de\n')).filter((finding) => finding.startsWith('accusatory')),
      ['accusatory-language: Du hast meine Erinnerung vom 20.10. einfach ignoriert'],
    );
  });

  it('reads blame across a remark in brackets, a claim confirmed as reported, and the writer\'s own text quoted after I texted', () => {
    assert.deepEqual(tone(german('- Du hast meine zwei Zahlungserinnerungen (19.10., 2.11.) einfach ignoriert.')), [
      'accusatory-language: Du hast meine zwei Zahlungserinnerungen (19.10., 2.11.) einfach ignoriert',
    ]);
    assert.deepEqual(tone(french("- Hugo a confirmé au call que ça n'avait jamais été discuté en juin.")), []);
    assert.deepEqual(tone(french("- Hugo n'a jamais répondu.")), ['judgemental-facts: jamais']);
    const texted = note('## Facts\n\n- Menu boards done on the 22nd.\n\n## Boundaries\n\nwhat I texted him on the 13th:\n\n> Memo, as I said before, anything changed after it is painted is extra.\n');
    assert.deepEqual(tone(texted), ['accusatory-language: as I said before']);
    // German sets a comma before the clause that says when: the pattern reads on past it.
    assert.deepEqual(tone(german('- Die Belege kommen bei Nordlicht immer erst, wenn ich dreimal nachfrage.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(german('- Die Belege kommen immer, wenn auch etwas knapp.')), []);
    // What the client did without asking first, in the second person; the writer's own voice note quoted.
    assert.deepEqual(tone(german('- Flo, du hast am Abend dein Gitarren-Setup ohne Absprache umgestellt.')), ['accusatory-language: du hast am Abend dein Gitarren-Setup ohne Absprache']);
    assert.deepEqual(tone(french('- Vous avez modifié la maquette sans me prévenir.')), ['accusatory-language: Vous avez modifié la maquette sans me prévenir']);
    // The verb first after a day; spoken French's `t'as` and a clause of nine words before `sans m'avertir`.
    assert.deepEqual(tone(german('- Am 16.11. hast du ohne Absprache nur 1.800 € überwiesen.')), ['accusatory-language: hast du ohne Absprache']);
    assert.deepEqual(tone(french("- Le 12 nov., t'as ajouté 4 pages à l'arborescence dans le Google Doc sans m'avertir.")), [
      "accusatory-language: t'as ajouté 4 pages à l'arborescence dans le Google Doc sans m'avertir",
    ]);
    // A month's abbreviation after its day ends no clause; a department by its initials is people.
    assert.deepEqual(tone(french('- Tu as modifié les 19 chaînes dans la build du 3 nov. sans me prévenir.')), [
      'accusatory-language: Tu as modifié les 19 chaînes dans la build du 3 nov. sans me prévenir',
    ]);
    assert.deepEqual(tone(french('- La DSI ne répond jamais aux tickets de recette avant 48 h.')), ['judgemental-facts: jamais']);
    const voiceNote = note('## Facts\n\n- Chairs signed for on the day.\n\n## Boundaries\n\nMy voice note back (transcribed):\n\n> Naa, as I said before, the extra chairs were requested on the day.\n');
    assert.deepEqual(tone(voiceNote), ['accusatory-language: as I said before']);
    const facts = (line: string) => tone(note(`## Facts\n\n${line}\n\n## Boundaries\n\n- None.\n`));
    assert.deepEqual(facts("- Eleri's receipts always come in the last week of the VAT quarter."), ['judgemental-facts: always']);
    assert.deepEqual(facts('- I spent the last week fixing the build.'), []);
    // What someone else says is their claim; what the writer says, or says to the client, is the writer's.
    assert.deepEqual(facts('- AP says they never got the invoice.'), []);
    assert.deepEqual(facts('- AP always pays after two reminders.'), ['judgemental-facts: always']);
    assert.deepEqual(tone(note('## Facts\n\n- Your groundworkers kept backfilling the duct runs.\n\n## Boundaries\n\n- None.\n')), ['accusatory-language: Your groundworkers kept']);
    assert.deepEqual(facts('- I told them they never pay on time.'), ['judgemental-facts: never']);
    assert.deepEqual(tone(note('## Facts\n\n- Three pages.\n\n## Boundaries\n\n- Said you never told me the wall was moving.\n')), ['accusatory-language: you never']);
    // A judgement of a person denied.
    assert.deepEqual(facts('- He was not defensive about it.'), []);
    assert.deepEqual(facts("- She wasn't rude at all."), []);
    assert.deepEqual(tone(german('- Er war nicht aggressiv.')), []);
    assert.deepEqual(tone(german('- Er war aggressiv.')), ['judgemental-facts: aggressiv']);
  });

  it("reads that's your problem as blame, users, performers and waiters as people, and nul after a noun as zero", () => {
    assert.deepEqual(tone(german('Die Nachweise waren dabei – wenn Sie die nicht prüfen, ist das Ihr Problem.')), ['accusatory-language: ist das Ihr Problem']);
    assert.deepEqual(tone(french("Si vous ne vérifiez pas, c'est votre problème.")), ["accusatory-language: c'est votre problème"]);
    assert.deepEqual(tone(german('Key-User testen immer nur den Standardkunden.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(german('Die Remote-Gäste nehmen immer mit Laptop-Mikro auf.')), ['judgemental-facts: immer']);
    // A title's or an initial's dot ends no clause; `sie` in lower case is they, not the polite you.
    assert.deepEqual(tone(german('Hr. B. meldet sich immer erst, wenn die Fliesen drauf sind.')), ['judgemental-facts: immer']);
    assert.deepEqual(tone(german('Herr Ebner hat gesagt, sie hätten das im Briefing klarer schreiben können.')), []);
    assert.deepEqual(tone(german('Die Darsteller halten sich nie an die Markierungen.')), ['judgemental-facts: nie']);
    // `serveur` is a server too.
    assert.deepEqual(tone(french('Les serveuses servent toujours le rouge trop chaud.')), ['judgemental-facts: toujours']);
    assert.deepEqual(tone(french('38 références sans vente depuis juillet (rotation nulle).')), []);
    assert.deepEqual(tone(french('Le chef est nul.')), ['judgemental-facts: est nul']);
    // A word that opens a sentence before its subject is no name: the subject is the client.
    assert.deepEqual(tone(french("Cependant vous n'avez jamais signalé ce contact.")), ["accusatory-language: vous n'avez jamais", 'judgemental-facts: jamais']);
    assert.deepEqual(tone(french("Depuis, vous n'avez jamais relancé.")), ["accusatory-language: vous n'avez jamais", 'judgemental-facts: jamais']);
    // The object elided before the verb.
    assert.deepEqual(tone(french("Il faut arroser, vu que tu l'as pas fait la première fois.")), ["accusatory-language: tu l'as pas"]);
    // German's `Sie` with a verb of the third person is she: a judgement, not blame.
    assert.deepEqual(tone(german('Sie hat die Auftragsbestätigung nie gelesen.')), ['judgemental-facts: nie']);
    assert.deepEqual(tone(german('Sie meldet sich nie.')), ['judgemental-facts: nie']);
    assert.deepEqual(tone(german('Sie melden sich nie.')), ['accusatory-language: Sie melden sich nie', 'judgemental-facts: nie']);
    assert.deepEqual(tone(german('Da Sie die Vertraulichkeit gebrochen haben, endet die Mediation.')), ['accusatory-language: Sie die Vertraulichkeit gebrochen haben']);
  });

  it('reads a German ordinal with its dot inside the clause it stands in', () => {
    assert.deepEqual(tone(german('Sie haben die Kommentare zur 2. Runde nie rechtzeitig geliefert.')), ['accusatory-language: Sie haben die Kommentare zur 2. Runde nie', 'judgemental-facts: nie']);
  });

  it('German tone words do not change an English note', () => {
    const english = note('## Facts\n\n- Sie haben nie geantwortet, schlampig.\n\n## Boundaries\n\n- None.\n', 'lang: en\n');
    assert.deepEqual(tone(english), []);
  });
});

describe('a missing section in a German or French note', () => {
  it('is named, and inserted, by its name in the note’s language, in its place', () => {
    const text = note('## Fakten\n\n- Drei neue Seiten.\n\n## Nächste Schritte\n\n- Angebot schicken (Verantwortlich: ich, bis 2026-12-05)\n', 'lang: de\n');
    const missing = lint(text, { config, now: FIXED_NOW, locale: 'de' }).messages.find((message) => message.ruleId === 'required-sections');
    assert.equal(missing?.message, 'Der Abschnitt „Grenzen“ (oder „Meine Grenzen“, „Was ich leisten kann und was nicht“, …) fehlt.');
    const insertion = missing?.fix?.edits[0];
    assert.equal(insertion?.start, text.indexOf('## Nächste Schritte'));
    // The quick fix writes the prompt as a comment: the section it adds is empty, one finding in place of the missing one.
    assert.equal(insertion?.text, '## Grenzen\n\n<!-- Was Sie tun können und was nicht -->\n\n');
  });

  it('gets the prompt in the note’s language, from the quick fix and from Insert Section', () => {
    const french = note('## Faits\n\n- Trois pages de plus.\n\n## Prochaines étapes\n\n- Envoyer le devis (responsable : moi, échéance : 05/12/2026)\n', 'lang: fr\n');
    const fix = lint(french, { config, now: FIXED_NOW }).messages.find((message) => message.ruleId === 'required-sections')?.fix?.edits[0];
    assert.equal(fix?.text, '## Limites\n\n<!-- Ce que vous pouvez faire et ce que vous ne pouvez pas faire -->\n\n');

    const german = parseNote(note('## Fakten\n\n- Drei neue Seiten.\n', 'lang: de\n'), config.requiredSections);
    const missing = missingSections(german, config.requiredSections);
    assert.deepEqual(missing.map((section) => section.title), ['Vorbereitung', 'Sicht des Kunden', 'Grenzen', 'Besprochene Optionen', 'Vereinbarungen', 'Vereinbarte nächste Schritte', 'Private Notizen']);
    assert.equal(missingSectionNamed('Boundaries', missing)?.title, 'Grenzen', 'the English name still finds it');
    const private_ = missingSectionNamed('Privat', missing)!;
    assert.equal(insertSection(german, private_, config.requiredSections)?.text, '\n## Private Notizen\n\n{{Nur für Sie}}\n');
    const steps = insertSection(german, missingSectionNamed('Nächste Schritte', missing)!, config.requiredSections)?.text;
    assert.equal(steps, '\n## Vereinbarte nächste Schritte\n\n- {{Was}} (Verantwortlich: {{ich oder Kunde}}, fällig: {{JJJJ-MM-TT}})\n');
  });

  for (const language of LANGUAGE_PACKS) {
    it(`${language.code}: a section holding only its prompt is unfilled, and empty as the English one is`, () => {
      const english = (key: SectionKey) => hasOnlyScaffolding(ENGLISH.sectionPrompts[key]);
      for (const key of Object.keys(language.sectionPrompts) as SectionKey[]) {
        const prompt = language.sectionPrompts[key];
        assert.ok(unfilledPrompts(parseNote(`# T\n\n## ${language.sections[key][0]}\n\n${prompt}\n`, config.requiredSections)).length > 0, `${key}: ${prompt}`);
        assert.equal(hasOnlyScaffolding(prompt), english(key), `${key}: ${prompt}`);
      }
      // After the conversation, with unfilled-placeholder off, a required section of its prompt alone is empty.
      const boundaries = `${language.sections.boundaries[0]}`;
      const text = `---\ntype: client-conversation\nlang: ${language.code}\nclient: Huber\ndate: 2026-11-01\n---\n\n## ${boundaries}\n\n${language.sectionPrompts.boundaries}\n`;
      const off = lint(text, { config: resolveConfig({ rules: { 'unfilled-placeholder': 'off' } }), now: FIXED_NOW }).messages;
      assert.ok(off.some((message) => message.ruleId === 'empty-section' && text.slice(message.start, message.end) === `## ${boundaries}`), off.map((message) => message.ruleId).join(', '));
      const on = lint(text, { config, now: FIXED_NOW }).messages.filter((message) => message.ruleId === 'unfilled-placeholder');
      assert.equal(on.length, 1);
      assert.equal(text.slice(on[0].start, on[0].end), language.sectionPrompts.boundaries);
    });

    it(`${language.code}: the step prompt is the step line under the next steps of its \`other\` template`, () => {
      const template = builtInTemplates(BUNDLED_TEMPLATE_TEXTS[language.code as TemplateLanguage]).find((candidate) => candidate.scenario === 'other')!.text;
      assert.ok(template.split('\n').includes(language.sectionPrompts.nextSteps), language.sectionPrompts.nextSteps);
    });
  }
});

/**
 * Lists a language may have nothing for: elided words, negations before blame, idioms that open with a judgement word,
 * a written first of the month (`1er`), a word beside a weekday that makes it the coming one (`vendredi prochain`, `nächsten Freitag`),
 * pronouns elided before a verb and endings of nouns that look like verbs (German capitalises its nouns), person nouns that end
 * compounds (French and English write them apart), participles after a frequency word that means still (only French's `toujours` does),
 * a client word that is a third person too (only German's `Sie` is), an opinion word that also says how something was done
 * (German's opinion words never do), words before the day a step's words run until that are no due key (German's `bis` is one),
 * words for "will" before an infinitive closing the clause (French writes its future in the verb: `enverra`).
 */
const OPTIONAL_LISTS = ['steps.until', 'tone.negations', 'tone.wishAfterBlame', 'tone.elisions', 'tone.idioms', 'steps.firstOfMonth', 'steps.weekdayNext', 'steps.subjectVerb.elided', 'steps.subjectVerb.nounEndings', 'steps.subjectVerb.modals.words', 'steps.subjectVerb.modals.infinitiveEndings', 'steps.subjectVerb.modals.passive', 'steps.subjectVerb.modals.objectPronouns', 'steps.subjectVerb.modals.future', 'tone.compoundPersonNouns', 'tone.participleEndings', 'tone.thirdPerson.pronouns', 'tone.thirdPerson.verbEndings', 'tone.thirdPerson.verbs', 'tone.thirdPerson.notVerbs', 'tone.mannerAdverbs'];

describe('language packs', () => {
  const keysOf = (value: unknown, path = ''): string[] =>
    value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).flatMap(([key, entry]) => [`${path}${key}`, ...keysOf(entry, `${path}${key}.`)]) : [];

  for (const pack of LANGUAGE_PACKS.filter((candidate) => candidate !== ENGLISH)) {
    it(`${pack.code} is complete: every key of the English pack, each list of words filled`, () => {
      assert.deepEqual(keysOf(pack).sort(), keysOf(ENGLISH).sort());
      for (const path of keysOf(ENGLISH)) {
        const value = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], pack);
        // English's own step notation is the reader's; its word lists are empty, no other language's may be.
        if (Array.isArray(value) && !OPTIONAL_LISTS.includes(path)) assert.ok(value.length > 0, `${pack.code}: ${path} is empty`);
        if (typeof value === 'string') assert.ok(value.trim().length > 0, `${pack.code}: ${path} is empty`);
      }
      assert.equal(pack.steps.months.length, 12);
      assert.equal(pack.steps.weekdays.length, 7);
    });
  }
});

describe('steps as French and German freelancers write them', () => {
  const stepsOf = (body: string, lang: string) => {
    const parsed = parseNote(note(body, `lang: ${lang}\n`), config.requiredSections);
    return nextStepsOf(parsed).map((step) => ({ owner: step.owner, due: step.due }));
  };

  it('reads a ticket tool\'s unassigned as no one, and what I can do as the boundaries', () => {
    const unassigned = parseNote(note('## Nächste Schritte\n\n- **SEC-196** Abnahme Bericht\n  Zugewiesen an: Nicht zugewiesen · Fälligkeitsdatum: 27.11.2026 · Status: Offen\n', 'lang: de\n'), config.requiredSections);
    assert.deepEqual(nextStepsOf(unassigned).map((step) => [step.owner, step.due]), [['Nicht zugewiesen', '2026-11-27']]);
    assert.deepEqual(findings(note('## Nächste Schritte\n\n- Abnahme Bericht (Verantwortlich: niemand, bis 27.11.2026)\n', 'lang: de\n')).filter((finding) => finding.startsWith('next-step-incomplete')), ['next-step-incomplete: Abnahme Bericht (Verantwortlich: niemand, bis 27.11.2026)']);
    assert.deepEqual(findings(note('## Prochaines étapes\n\n- Relire le BAT (responsable : non assigné, échéance : 27/11/2026)\n', 'lang: fr\n')).filter((finding) => finding.startsWith('next-step-incomplete')), ['next-step-incomplete: Relire le BAT (responsable : non assigné, échéance : 27/11/2026)']);
    const canDo = GERMAN.replace('## Grenzen', '## Was ich machen kann');
    assert.notEqual(canDo, GERMAN);
    assert.deepEqual(findings(canDo).filter((finding) => finding.startsWith('required-sections')), []);
  });

  it('reports a contact left as a prompt in angle brackets once, as a prompt', () => {
    const prompted = note('## Nächste Schritte\n\n- Angebot schicken (Verantwortlich: ich, bis 5.12.2026)\n', 'lang: de\ncontact: <Name, E-Mail>\n');
    assert.deepEqual(findings(prompted).filter((finding) => /^(?:frontmatter-schema|unfilled-placeholder)/u.test(finding)), ['unfilled-placeholder: <Name, E-Mail>']);
  });

  it('reads owner and due date from fields nested under the step', () => {
    assert.deepEqual(stepsOf('## Prochaines étapes\n\n- [ ] Envoyer le BAT\n  - Responsable : Mme Chambon\n  - Échéance : 15/01/2027\n', 'fr'), [{ owner: 'Mme Chambon', due: '2027-01-15' }]);
    assert.deepEqual(stepsOf('## Nächste Schritte\n\n- [ ] Angebot schicken\n  - Verantwortlich: ich\n  - Fällig: 4.12.2026\n', 'de'), [{ owner: 'ich', due: '2026-12-04' }]);
  });

  it('reads a role with its article as a sub-heading’s owner, a side with someone else as a joint owner, and a state in pictures as no words', () => {
    assert.deepEqual(stepsOf('## Prochaines étapes\n\n### Le capitaine\n\n- Relevé des cotes salle de bain — avant le 13/12 ⏳\n\n### Cette semaine\n\n- Devis v3 — avant le 9/12\n', 'fr'), [
      { owner: 'Le capitaine', due: '2026-12-13' },
      { owner: undefined, due: '2026-12-09' },
    ]);
    assert.deepEqual(stepsOf('## Nächste Schritte\n\n### Die Agentur\n\n- Ablaufplan schicken – bis 7.12.2026\n', 'de'), [{ owner: 'Die Agentur', due: '2026-12-07' }]);
    assert.deepEqual(stepsOf('## Next steps\n\n### The accountant\n\n- Send the VAT figures by 2026-12-07\n', 'en'), [{ owner: 'The accountant', due: '2026-12-07' }]);
    const parsed = parseNote(note('## Prochaines étapes\n\n- Pose de la sellerie à bord — moi + Fabrice — 21 déc. ⏳\n', 'lang: fr\n'), config.requiredSections);
    assert.deepEqual(nextStepsOf(parsed).map((step) => [step.what, step.owner, step.due]), [['Pose de la sellerie à bord', 'moi + Fabrice', '2026-12-21']]);
    assert.deepEqual(stepsOf('## Nächste Schritte\n\n- Zweite Verkostung – ich + Julia – Termin im Jänner\n', 'de'), [{ owner: 'ich + Julia', due: undefined }]);
  });

  it('reads the day a done mark gives as the note writes its days, and a step done after the conversation but due before it as a typo', () => {
    const text = note('## Faits\n\n- x\n\n## Limites\n\n- y\n\n## Prochaines étapes\n\n- Reprise du vernis — Karim — avant le 3/10 ✅ 28/10\n- Déshumidificateur — moi — le 27/11 ✅\n', 'lang: fr\n').replace('date: 2026-12-01', 'date: 2026-10-07');
    assert.deepEqual(nextStepsOf(parseNote(text, config.requiredSections)).map((step) => step.doneOn), ['2026-10-28', undefined]);
    assert.deepEqual(findings(text).filter((finding) => finding.startsWith('date-order')), ['date-order: 3/10']);
  });

  it('reads a name written first, then a verb, as the owner; an infinitive or a noun first is no one', () => {
    assert.deepEqual(stepsOf("## Prochaines étapes\n\n- Claire renvoie la cession signée avant le 20/11/2026\n- M. Besson valide le service fait — d'ici le 27 novembre 2026\n- Envoyer le devis avant le 20/11/2026\n", 'fr'), [
      { owner: 'Claire', due: '2026-11-20' },
      { owner: 'M. Besson', due: '2026-11-27' },
      { owner: undefined, due: '2026-11-20' },
    ]);
    assert.deepEqual(stepsOf('## Nächste Schritte\n\n- Herr Brandt klärt das Budget bis 4.12.2026\n- Nutzertest mit 5 Personen organisieren (bis 4.12.2026)\n', 'de'), [
      { owner: 'Herr Brandt', due: '2026-12-04' },
      { owner: undefined, due: '2026-12-04' },
    ]);
  });

  it('reads a name or the client before a modal and an infinitive as the owner, a passive after the modal as no one, and the client as the subject of a verb', () => {
    assert.deepEqual(
      stepsOf("## Prochaines étapes\n\n- Marie doit envoyer le devis d'ici le 30/11/2026\n- le client va m'envoyer les textes d'ici le 30/11/2026\n- Client doit valider la maquette d'ici le 30/11/2026\n- Facture doit être payée d'ici le 30/11/2026\n- Cliente valide la maquette d'ici le 30/11/2026\n- Vous m'envoyez les accès d'ici le 30/11/2026\n", 'fr'),
      [
        { owner: 'Marie', due: '2026-11-30' },
        { owner: 'le client', due: '2026-11-30' },
        { owner: 'Client', due: '2026-11-30' },
        { owner: undefined, due: '2026-11-30' },
        { owner: 'Cliente', due: '2026-11-30' },
        { owner: 'Vous', due: '2026-11-30' },
      ],
    );
    assert.deepEqual(stepsOf("## Prochaines étapes\n\n- M. Leroy doit me transmettre les relevés avant le 10/12/2026\n- Le client va nous renvoyer le contrat d'ici le 10/12/2026\n", 'fr'), [
      { owner: 'M. Leroy', due: '2026-12-10' },
      { owner: 'Le client', due: '2026-12-10' },
    ]);
    assert.deepEqual(stepsOf('## Nächste Schritte\n\n- Kundin schickt die Texte bis 30.11.2026\n', 'de'), [{ owner: 'Kundin', due: '2026-11-30' }]);
  });

  it('reads no subject in an infinitive, a noun or an adjective that opens a step, though a word like a verb follows it; names stay subjects', () => {
    assert.deepEqual(
      stepsOf("## Prochaines étapes\n\n- Envoyer l'avenant au client d'ici le 4/12/2026\n- Validation maquette finale pour le 3/12/2026\n- Point budget avec Julie le 3/12/2026\n- Première rencontre avec Hugo le 3/12/2026\n- Olivier l'envoie d'ici le 4/12/2026\n- Pierre valide le devis le 3/12/2026\n", 'fr'),
      [
        { owner: undefined, due: '2026-12-04' },
        { owner: undefined, due: '2026-12-03' },
        { owner: undefined, due: '2026-12-03' },
        { owner: undefined, due: '2026-12-03' },
        { owner: 'Olivier', due: '2026-12-04' },
        { owner: 'Pierre', due: '2026-12-03' },
      ],
    );
    assert.deepEqual(stepsOf('## Nächste Schritte\n\n- Rechnung folgt bis 3.12.2026\n- Neue Version geht raus bis 3.12.2026\n', 'de'), [
      { owner: undefined, due: '2026-12-03' },
      { owner: undefined, due: '2026-12-03' },
    ]);
  });

  it('takes a part set off after the words for the owner over a word read as a subject only for the verb that seemed to follow it', () => {
    assert.deepEqual(
      stepsOf("## Prochaines étapes\n\n- [ ] Envoyer l'avenant + devis pour le codex — moi — le 13/11/2026\n- [ ] Dernière facture (moi) – 31.12.2026\n- [ ] Décider : garder ou changer les 11 termes → 2026-11-30 [Marc-André]\n- [ ] Frau Ott liefert les textes (Nordlicht) – 30.11.2026\n", 'fr'),
      [
        { owner: 'moi', due: '2026-11-13' },
        { owner: 'moi', due: '2026-12-31' },
        { owner: 'Marc-André', due: '2026-11-30' },
        { owner: 'Frau Ott', due: '2026-11-30' },
      ],
    );
  });

  it('reads a Swiss table whose done column is headed erl., and Was ist passiert as the facts', () => {
    const table = '## Was ist passiert\n\n- Die SMS gingen am 3.11. doppelt raus.\n\n## Nächste Schritte\n\n| Nr. | Pendenz | Wer | Termin | erl. |\n|---|---|---|---|---|\n| 1 | Begründung für die GL | RB | 20.11.2026 | ✔ 19.11. |\n| 2 | Nachtrag unterzeichnen | CW | 15.12.2026 | |\n';
    const parsed = parseNote(note(table, 'lang: de\n'), config.requiredSections);
    assert.deepEqual(nextStepsOf(parsed).map((step) => [step.owner, step.due, step.done]), [['RB', '2026-11-20', true], ['CW', '2026-12-15', false]]);
    assert.equal(parsed.sections.find((section) => section.title === 'Was ist passiert')?.known?.key, 'facts');
  });

  it("reads a table's date cell that opens with its key", () => {
    assert.deepEqual(stepsOf("## Prochaines étapes\n\n| Quoi | Qui | Quand |\n|---|---|---|\n| Acompte 30 % | client | avant le 5/12/2026 |\n| Maquette | moi | d'ici le 4/12/2026 |\n", 'fr'), [
      { owner: 'client', due: '2026-12-05' },
      { owner: 'moi', due: '2026-12-04' },
    ]);
    assert.deepEqual(stepsOf('## Nächste Schritte\n\n| Was | Wer | Wann |\n|---|---|---|\n| Glossar | ich | bis 4.12.2026 |\n', 'de'), [{ owner: 'ich', due: '2026-12-04' }]);
  });

  it('reads a dictated resp. and éch. without their colon, and a weekday and a day with an hour after it anywhere in the step', () => {
    assert.deepEqual(stepsOf('## Prochaines étapes\n\n1. Envoyer le bilan au client resp. moi éch. 15/12/2026\n2. RDV mardi 8 à 14h avec M. Leroy (moi)\n', 'fr'), [
      { owner: 'moi', due: '2026-12-15' },
      { owner: 'moi', due: '2026-12-08' },
    ]);
  });

  it('reads a side, initials or a titled name set off by a colon after the words as the owner; a capitalised noun after a lead is the words', () => {
    assert.deepEqual(
      stepsOf("## Prochaines étapes\n\n- Devis v2 : moi, pour le 4/12/2026\n- Valider le devis : Mme Garnier, sous huitaine\n- Envoi facture rectificative : TV, le 23/11/2026\n", 'fr'),
      [
        { owner: 'moi', due: '2026-12-04' },
        { owner: 'Mme Garnier', due: '2026-12-08' },
        { owner: 'TV', due: '2026-11-23' },
      ],
    );
    assert.deepEqual(stepsOf('## Nächste Schritte\n\n- Angebot prüfen: Hr. Frey, bis 4.12.2026\n- UH: Freigabe Sprecherhonorar – bis 4.12.2026\n', 'de'), [
      { owner: 'Hr. Frey', due: '2026-12-04' },
      { owner: 'UH', due: '2026-12-04' },
    ]);
  });

  it('reads who does a step written as a noun after "par", a name or a noun with its article, never a plain noun', () => {
    assert.deepEqual(
      stepsOf('## Prochaines étapes\n\n- Signature du devis par Pierre Garnier — au plus tard le 15 janvier 2027\n- Mise en paiement de la facture par le musée avant le 18/12/2026\n- Régler la facture par virement avant le 18/12/2026\n', 'fr'),
      [
        { owner: 'Pierre Garnier', due: '2027-01-15' },
        { owner: 'le musée', due: '2026-12-18' },
        { owner: undefined, due: '2026-12-18' },
      ],
    );
  });

  it('reads a day after its article and the first of the month as French writes them', () => {
    assert.deepEqual(stepsOf('## Prochaines étapes\n\n- Envoyer le récap (moi, le 3 déc. 2026)\n- Relancer Thomas (moi, avant le 1er décembre 2026)\n', 'fr'), [
      { owner: 'moi', due: '2026-12-03' },
      { owner: 'moi', due: '2026-12-01' },
    ]);
  });

  it('reads a judgement of a person named by title', () => {
    const text = note('## Fakten\n\n- Frau Seidel war total unflexibel.\n\n## Grenzen\n\n- Keine.\n', 'lang: de\n');
    assert.deepEqual(findings(text).filter((finding) => finding.startsWith('judgemental-facts')), ['judgemental-facts: unflexibel']);
  });
});

describe('notes as Swiss German and French freelancers write them', () => {
  const read = (body: string, lang: string) => {
    const parsed = parseNote(note(body, `lang: ${lang}\n`), config.requiredSections);
    const people = notePeople(parsed.frontmatter?.data, {}, parsed.language);
    return nextStepsOf(parsed).map((step) => ({ owner: step.owner, side: sideOf(step.owner, people), due: step.due, done: step.done }));
  };
  const ownersOf = (body: string, lang: string) => read(body, lang).map((step) => step.owner);

  it('reads Pendenzen, Massnahmen and Weiteres Vorgehen as the next steps, ß written as ss', () => {
    for (const heading of ['Pendenzen', 'Offene Pendenzen', 'Massnahmen', 'Weiteres Vorgehen']) {
      const text = note(`## Fakten\n\n- Drei neue Seiten.\n\n## Grenzen\n\n- Keine.\n\n## ${heading}\n\n- Offerte schicken – LB – bis 4.12.2026\n`, 'lang: de-CH\n');
      assert.deepEqual(findings(text).filter((finding) => finding.startsWith('required-sections')), [], heading);
      assert.deepEqual(ownersOf(`## ${heading}\n\n- Offerte schicken – LB – bis 4.12.2026\n`, 'de'), ['LB'], heading);
    }
    assert.equal(normalizeHeading('Maßnahmen'), normalizeHeading('Massnahmen'));
  });

  it('reads the agreements and the preparation as French writers name them', () => {
    const parsed = parseNote(note("## Prépa\n\n- Relire le devis.\n\n## Ce qu'on a convenu\n\n- Un seul aller-retour.\n", 'lang: fr\n'), config.requiredSections);
    assert.deepEqual(parsed.sections.map((section) => section.known?.key), ['preparation', 'agreements']);
  });

  it('reads the short done marks and a remark after them', () => {
    const steps = read(
      [
        '## Pendenzen',
        '',
        '- Offerte an Herrn Arnold – LB – bis 30.10. ✔ erl. 29.10.',
        '- Liste Pilotformulare – CH – bis 6.11. ✔ erl',
        '- Freigabe Offerte durch Amtsleitung – PA – bis 20.11. ✔ erledigt (Mail 19.11.)',
        '- Vertrag zurück – SL – bis 20.11. – ok',
        '- Kickoff planen – LB – bis 20.11.',
        '',
      ].join('\n'),
      'de',
    );
    assert.deepEqual(steps.map((step) => [step.owner, step.done]), [['LB', true], ['CH', true], ['PA', true], ['SL', true], ['LB', false]]);
    assert.deepEqual(
      read('## À faire\n\n- Avenant au devis → moi, avant le 20/10 — OK\n- Choisir la date → M. Lenoir, avant le 10/11 ✓ fait le 9/11 (retenu : sam. 21/11)\n- Livrer le teaser → moi, avant le 21/11\n', 'fr').map((step) => step.done),
      [true, true, false],
    );
  });

  it('reads a deadline by calendar week, Swiss `per`, and French keys written with their colon', () => {
    assert.deepEqual(read('## Pendenzen\n\n- Testzugang einrichten – NF – bis Ende KW 49\n- Bericht abgeben – LB – per 1.12.\n- Offerte schicken – LB – bis Kalenderwoche 50\n', 'de').map((step) => step.due), ['2026-12-04', '2026-12-01', '2026-12-11']);
    assert.deepEqual(read('## À faire\n\n- Storyboard → moi, S50\n- Repérage du local → moi, semaine 49\n', 'fr').map((step) => step.due), ['2026-12-11', '2026-12-04']);
    assert.deepEqual(read('## Prochaines étapes\n\n1. Valider les recadrages\n   Qui : Pauline / Quand : ven. 4/12\n', 'fr'), [{ owner: 'Pauline', side: 'named', due: '2026-12-04', done: false }]);
  });

  it('reads a table of steps by its German or French headers, its status in the note’s language', () => {
    assert.deepEqual(read('## Pendenzen\n\n| Was | Wer | Bis |\n|---|---|---|\n| Kontrast prüfen | LB | Di. 24.11. ✔ erl. |\n| Änderungen live schalten | Urs Kälin | Fr. 4.12. |\n', 'de'), [
      { owner: 'LB', side: 'named', due: '2026-11-24', done: true },
      { owner: 'Urs Kälin', side: 'named', due: '2026-12-04', done: false },
    ]);
    assert.deepEqual(read('## Aufgaben\n\n| Aufgabe | Verantwortlich | Termin | Status |\n|---|---|---|---|\n| Offerte schicken | ich | 4.12.2026 | erledigt |\n| Texte liefern | Kunde | 8.12.2026 | offen |\n', 'de').map((step) => step.done), [true, false]);
    assert.deepEqual(
      read("## Actions\n\n| Action | Qui | Pour quand | Statut |\n|---|---|---|---|\n| Envoyer le devis | moi | 6/11 | fait |\n| Confirmer les badges | Sophie Lacroix | 27/11 | en cours |\n| Émettre l'avoir | moi | 13/11 | à faire |\n| Proposer des dates | M. Dumas | — | à faire |\n", 'fr'),
      [
        { owner: 'moi', side: 'me', due: '2026-11-06', done: true },
        { owner: 'Sophie Lacroix', side: 'named', due: '2026-11-27', done: false },
        { owner: 'moi', side: 'me', due: '2026-11-13', done: false },
        { owner: 'M. Dumas', side: 'named', due: undefined, done: false },
      ],
    );
  });

  it('reads the initials set off after the step’s words as its owner, not a label, a sum in francs or who approves it', () => {
    assert.deepEqual(
      ownersOf(
        [
          '## Nächste Schritte',
          '',
          '- Kurzfassung Bericht (2 Seiten) – LB – bis Fr. 4.12.',
          '- **LB:** Screens Abo-Kauf – bis 4. Dez.',
          '- Pitch-Deck: Screens einbauen – wir – bis 1.12.',
          "- Rechnung Lizenz CHF 1'500.– – LB – bis 6.12.",
          '- Freigabe Offerte durch Amtsleitung – PA – bis 4.12.',
          '',
        ].join('\n'),
        'de',
      ),
      ['LB', 'LB', 'wir', 'LB', 'PA'],
    );
  });

  it('reports blame addressed to a team with `ihr`, and a person judged in a clause with a verb after the adjective', () => {
    const tone = (facts: string) => findings(note(`## Fakten\n\n${facts}\n\n## Grenzen\n\n- Keine.\n`, 'lang: de\n')).filter((finding) => /^(?:accusatory-language|judgemental-facts)/.test(finding));
    assert.deepEqual(tone('- Die Verzögerungen sind eure Schuld.'), ['accusatory-language: eure Schuld']);
    assert.deepEqual(tone('- Der Vorstand hat das unprofessionell kommuniziert.'), ['judgemental-facts: unprofessionell']);
    assert.deepEqual(tone('- Die Lieferung war unprofessionell verpackt.'), []);
  });
});
