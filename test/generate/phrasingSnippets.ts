// The phrasing snippets in German and French: an "I" statement, an empathy line and the core
// of four conversations, which snippets/markdown.json has in English (`cn-i`, `cn-empathy`,
// `cn-missed-deadline`…), written by hand in each language with the same tab stops and the
// same tone: what I see, need and own, never what the client did wrong. Their wording
// follows the templates of the language (`Im Umfang`, `Hors périmètre`); `languageSnippets`
// (snippets.ts) adds them to the language's file as `cn-de-i`, `cn-fr-empathy`…

/** A phrasing snippet of a language: its name after `cn-<language>-`, as English's after `cn-`. */
export interface PhrasingSnippet {
  name: string;
  /** The English snippet's name in the file, which the language's name follows: `"I" statement (Deutsch)`. */
  title: string;
  description: string;
  body: string[];
}

/** The English phrasing snippets, by their name after `cn-`: each language has each. */
export const PHRASING_NAMES = ['i', 'empathy', 'missed-deadline', 'price-increase', 'scope-change', 'invoice-dispute'] as const;

const TODAY = '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE';

const GERMAN: readonly PhrasingSnippet[] = [
  {
    name: 'i',
    title: '"I" statement',
    description: 'Eine Ich-Botschaft: sagen, was ich sehe oder brauche, ohne Schuldzuweisung.',
    body: ['Ich ${1|verstehe\\, dass,habe bemerkt\\, dass,mache mir Sorgen\\, dass,brauche|} ${2:{{was ich sehe oder brauche, ohne Wertung\\}\\}}.$0'],
  },
  {
    name: 'empathy',
    title: 'Empathy line',
    description: 'Erst anerkennen, wie es dem Kunden damit geht, dann zu den Fakten.',
    body: ['Ich verstehe, ${1:{{was das für Sie bedeutet\\}\\}}, und ich möchte gemeinsam mit Ihnen eine Lösung finden.$0'],
  },
  {
    name: 'missed-deadline',
    title: 'Missed deadline',
    description: 'Versäumter Termin: dazu stehen, ein neuer Zeitplan, was sich ändert, damit es nicht wieder passiert.',
    body: [
      '- Dazu stehen: Ich habe ${1:{{was fällig war, zu welchem zugesagten Termin\\}\\}} nicht gehalten, und dafür übernehme ich die Verantwortung.',
      '- Neuer Zeitplan: ${2:{{Der neue Termin mit den Meilensteinen dorthin\\}\\}}',
      '- Damit es nicht wieder passiert: ${3:{{Was ich ändere, etwa Puffer in Schätzungen oder eine frühe Warnung\\}\\}}',
      '$0',
    ],
  },
  {
    name: 'price-increase',
    title: 'Price increase',
    description: 'Preiserhöhung: der Hintergrund, was der Kunde davon hat, Raum für seine Bedenken.',
    body: [
      '- Hintergrund: ${1:{{Warum sich der Preis jetzt ändert\\}\\}}',
      `- Neuer Satz: \${2:{{Der neue Satz\\}\\}} ab \${3:${TODAY}}`,
      '- Was der Kunde davon hat: ${4:{{Vorrang, Kontinuität, die Qualität, auf die er sich verlässt\\}\\}}',
      '- Seine Bedenken: ${5:{{Was er gefragt hat und was ich geantwortet habe\\}\\}}',
      '$0',
    ],
  },
  {
    name: 'scope-change',
    title: 'Scope change',
    description: 'Änderung des Umfangs: was inbegriffen ist, was nicht, was die Änderung kostet und wie sie den Termin verschiebt.',
    body: [
      '- Im Umfang: ${1:{{Was im vereinbarten Preis und Termin bleibt\\}\\}}',
      '- Nicht im Umfang: ${2:{{Was ich gesondert anbiete und einplane\\}\\}}',
      '- Kosten der Änderung: ${3:{{Der Preis, oder wann ich ein Angebot schicke\\}\\}}',
      '- Zeitbedarf der Änderung: ${4:{{Wie sie den Liefertermin verschiebt\\}\\}}',
      '$0',
    ],
  },
  {
    name: 'invoice-dispute',
    title: 'Invoice dispute',
    description: 'Strittige Rechnung: die Rechnung, was strittig ist, was sie belegt, wie wir es klären.',
    body: [
      '- Rechnung: ${1:{{Nummer, Betrag, Versanddatum, Fälligkeit\\}\\}}',
      '- Was strittig ist: ${2:{{Die beanstandeten Posten oder Beträge\\}\\}}',
      '- Was sie belegt: ${3:{{Die Vertragsklausel, das freigegebene Angebot, die Zeiterfassung\\}\\}}',
      '- Zur Klärung: ${4:{{Eine Aufstellung nach Posten, eine Korrektur, eine Ratenzahlung\\}\\}}',
      '$0',
    ],
  },
];

const FRENCH: readonly PhrasingSnippet[] = [
  {
    name: 'i',
    title: '"I" statement',
    description: 'Un message en « je » : dire ce que je constate ou ce dont j’ai besoin, sans reproche.',
    body: ['${1|Je comprends que,J’ai remarqué que,Je crains que,J’ai besoin de|} ${2:{{ce que je constate ou ce dont j’ai besoin, sans jugement\\}\\}}.$0'],
  },
  {
    name: 'empathy',
    title: 'Empathy line',
    description: 'Reconnaître ce que ressent le client avant d’en venir aux faits.',
    body: ['Je comprends ${1:{{ce que cela représente pour vous\\}\\}}, et je souhaite que nous trouvions ensemble une solution.$0'],
  },
  {
    name: 'missed-deadline',
    title: 'Missed deadline',
    description: 'Échéance manquée : l’assumer, un nouveau calendrier, ce qui change pour que cela ne se reproduise pas.',
    body: [
      '- L’assumer : je n’ai pas livré ${1:{{ce qui était prévu, à la date promise\\}\\}}, et j’en prends la responsabilité.',
      '- Nouveau calendrier : ${2:{{La nouvelle date, avec les jalons qui y mènent\\}\\}}',
      '- Pour que cela ne se reproduise pas : ${3:{{Ce que je change, comme une marge dans mes estimations ou une alerte précoce\\}\\}}',
      '$0',
    ],
  },
  {
    name: 'price-increase',
    title: 'Price increase',
    description: 'Hausse de tarif : le contexte, ce que le client y gagne, de la place pour ses inquiétudes.',
    body: [
      '- Contexte : ${1:{{Pourquoi le tarif change maintenant\\}\\}}',
      `- Nouveau tarif : \${2:{{Le nouveau tarif\\}\\}} à partir du \${3:${TODAY}}`,
      '- Ce que le client y gagne : ${4:{{Priorité, continuité, la qualité sur laquelle il compte\\}\\}}',
      '- Ses inquiétudes : ${5:{{Ce qu’il a demandé, et ce que j’ai répondu\\}\\}}',
      '$0',
    ],
  },
  {
    name: 'scope-change',
    title: 'Scope change',
    description: 'Changement de périmètre : ce qui est inclus, ce qui ne l’est pas, le coût et le délai de la modification.',
    body: [
      '- Inclus : ${1:{{Ce qui reste dans le prix et le délai convenus\\}\\}}',
      '- Hors périmètre : ${2:{{Ce que je chiffre et planifie à part\\}\\}}',
      '- Coût de la modification : ${3:{{Le prix, ou quand j’enverrai un devis\\}\\}}',
      '- Délai de la modification : ${4:{{Comment elle décale la date de livraison\\}\\}}',
      '$0',
    ],
  },
  {
    name: 'invoice-dispute',
    title: 'Invoice dispute',
    description: 'Facture contestée : la facture, ce qui est contesté, ce qui la justifie, la façon de régler la question.',
    body: [
      '- Facture : ${1:{{Numéro, montant, date d’envoi, date d’échéance\\}\\}}',
      '- Ce qui est contesté : ${2:{{Les postes ou le montant remis en cause\\}\\}}',
      '- Ce qui la justifie : ${3:{{La clause du contrat, le devis validé, le relevé des heures\\}\\}}',
      '- Pour régler la question : ${4:{{Un détail poste par poste, une correction, un paiement échelonné\\}\\}}',
      '$0',
    ],
  },
];

/** French typography, as the French templates have it: a narrow no-break space inside « » and before : ; ? ! */
function withFrenchSpacing(text: string): string {
  return text.replace(/« /gu, '«\u202f').replace(/ ([»:;?!])/gu, '\u202f$1');
}

/** The phrasing snippets of each language but English. */
export const PHRASING_SNIPPETS: Readonly<Record<string, readonly PhrasingSnippet[]>> = {
  de: GERMAN,
  fr: FRENCH.map((snippet) => ({ ...snippet, description: withFrenchSpacing(snippet.description), body: snippet.body.map(withFrenchSpacing) })),
};
