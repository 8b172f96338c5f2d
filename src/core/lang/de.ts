import type { LanguagePack } from './pack';

/** German (Germany, Austria, Switzerland). */
export const de: LanguagePack = {
  code: 'de',
  sections: {
    preparation: ['Vorbereitung', 'Vor dem Gespräch', 'Gesprächsvorbereitung'],
    facts: ['Fakten', 'Sachverhalt', 'Was passiert ist', 'Wichtige Fakten', 'Stand der Dinge', 'Ausgangslage'],
    clientPerspective: ['Sicht des Kunden', 'Sicht der Kundin', 'Kundensicht', 'Perspektive des Kunden', 'Perspektive der Kundin', 'Ihre Sicht'],
    boundaries: ['Grenzen', 'Meine Grenzen', 'Was ich leisten kann und was nicht', 'Was ich kann und was nicht', 'Was ich nicht mache', 'Rahmen', 'No-Gos'],
    options: ['Besprochene Optionen', 'Optionen', 'Möglichkeiten', 'Varianten'],
    agreements: ['Vereinbarungen', 'Was wir vereinbart haben', 'Absprachen', 'Vereinbart', 'Beschlüsse', 'Entscheide', 'Entscheidungen'],
    // `Pendenzen`: the open tasks, as Swiss German says it.
    nextSteps: ['Vereinbarte nächste Schritte', 'Nächste Schritte', 'Wer macht was', 'Aufgaben', 'To-dos', 'Maßnahmen', 'Offene Punkte', 'Pendenzen', 'Weiteres Vorgehen', 'Aktionspunkte'],
    privateNotes: ['Private Notizen', 'Privat', 'Notizen für mich', 'Interne Notizen', 'Nur für mich'],
  },
  privateWords: ['privat', 'vertraulich'],
  steps: {
    ownerKeys: ['Verantwortlich', 'Verantwortung', 'zuständig', 'wer'],
    // `per 1.12.`: by that day, as Swiss German writes a deadline.
    dueKeys: ['fällig am', 'fällig bis', 'fällig', 'Frist', 'Termin', 'bis spätestens', 'spätestens', 'bis zum', 'bis', 'per', 'wann:'],
    me: ['ich', 'mir', 'mich'],
    client: ['Kunde', 'Kundin', 'Auftraggeber', 'Auftraggeberin', 'Sie'],
    both: ['wir', 'beide', 'gemeinsam', 'uns'],
    months: [
      ['Januar', 'Jänner', 'Jan.', 'Jan'],
      ['Februar', 'Feber', 'Feb.', 'Feb'],
      ['März', 'Mär.', 'Mrz.', 'Mär'],
      ['April', 'Apr.', 'Apr'],
      ['Mai'],
      ['Juni', 'Jun.'],
      ['Juli', 'Jul.'],
      ['August', 'Aug.', 'Aug'],
      ['September', 'Sept.', 'Sep.', 'Sep'],
      ['Oktober', 'Okt.', 'Okt'],
      ['November', 'Nov.', 'Nov'],
      ['Dezember', 'Dez.', 'Dez'],
    ],
    // Two-letter abbreviations with the comma German writes after them before a day (`Mi, 2.12.`):
    // two letters alone are too short to read as a weekday.
    weekdays: [
      ['Sonntag', 'So.', 'So,'],
      ['Montag', 'Mo.', 'Mo,'],
      ['Dienstag', 'Di.', 'Di,'],
      ['Mittwoch', 'Mi.', 'Mi,'],
      ['Donnerstag', 'Do.', 'Do,'],
      ['Freitag', 'Fr.', 'Fr,'],
      ['Samstag', 'Sonnabend', 'Sa.', 'Sa,'],
    ],
    subjectVerb: {
      endings: ['t'],
      // Words in `t` that follow a noun as often as a name: prepositions, adverbs, and verbs of a thing (`Freigabe erfolgt`).
      notAfterName: ['nicht', 'mit', 'seit', 'samt', 'statt', 'laut', 'jetzt', 'erst', 'bereits', 'direkt', 'sofort', 'komplett', 'gut', 'ist', 'wird', 'erfolgt', 'steht', 'fehlt', 'läuft', 'kommt', 'geht', 'bleibt'],
    },
    agent: { words: ['durch'], articles: ['den', 'die', 'das', 'unseren', 'unsere', 'ihren', 'ihre'] },
    dateArticles: ['am', 'zum'],
    firstOfMonth: [],
    today: ['heute'],
    todo: ['Zu erledigen', 'Zu tun'],
    calendarWeek: ['Ende KW', 'Ende der KW', 'Ende Kalenderwoche', 'Kalenderwoche', 'KW'],
    tableColumns: {
      what: ['Was', 'Aufgabe', 'Schritt', 'Pendenz', 'Massnahme', 'Maßnahme', 'To-do'],
      owner: ['Wer', 'Verantwortlich', 'Zuständig', 'Verantwortung'],
      due: ['Bis', 'Bis wann', 'Wann', 'Termin', 'Frist', 'Fällig', 'Datum'],
      done: ['Status', 'Stand', 'Erledigt', 'Bemerkung', 'Bemerkungen'],
    },
    relativeDays: {
      'end of week|eow': ['Ende der Woche', 'Ende dieser Woche', 'Wochenende'],
      'end of month|eom': ['Ende des Monats', 'Monatsende', 'Ende dieses Monats'],
      'end of next week': ['Ende nächster Woche', 'Ende der nächsten Woche', 'Ende kommender Woche', 'Ende der kommenden Woche'],
      'next week': ['nächste Woche', 'nächster Woche', 'kommende Woche', 'kommender Woche'],
      tmrw: ['morgen'],
      early: ['Anfang'],
      mid: ['Mitte'],
      end: ['Ende'],
    },
    // `✔ erl.`, `– ok`: the short forms too.
    done: ['erledigt am', 'erledigt', 'erl.', 'erl', 'ok', 'gemacht', 'fertig', 'abgeschlossen', 'verschickt', 'versendet', 'gesendet', 'geschickt', 'bezahlt', 'überwiesen', 'geliefert', 'erhalten', 'unterschrieben', 'bestätigt'],
    slashedDates: 'day-first',
  },
  tone: {
    blame: [
      'Ihre Schuld', 'deine Schuld', 'Ihr Fehler', 'dein Fehler', 'Ihretwegen', 'deinetwegen', 'wegen Ihnen', 'wegen dir',
      // `…`: the object or an adverb inside the verb (`Sie haben die Zahlungsfrist versäumt`, `weil du die Mail vergessen hast`).
      'Sie haben … versäumt', 'du hast … versäumt', 'Sie haben … vergessen', 'du hast … vergessen', 'Sie haben … ignoriert', 'du hast … ignoriert',
      'Sie haben … verpasst', 'du hast … verpasst', 'Sie haben … nicht … geliefert', 'du hast … nicht … geliefert',
      'Sie … versäumt haben', 'du … versäumt hast', 'Sie … vergessen haben', 'du … vergessen hast', 'Sie … ignoriert haben', 'du … ignoriert hast',
      'Sie … verpasst haben', 'du … verpasst hast', 'Sie … nicht … geliefert haben', 'du … nicht … geliefert hast', 'Sie hätten', 'du hättest', 'Sie sollten eigentlich', 'du solltest eigentlich',
      'Sie waren dafür zuständig', 'du warst dafür zuständig', 'Sie haben es verbockt', 'du hast es verbockt', 'Sie haben mich hängen lassen',
      'du hast mich hängen lassen', 'wie ich bereits sagte', 'wie ich schon sagte', 'wie bereits gesagt', 'wie schon gesagt', 'wie oft noch',
      'wie bereits mehrfach erwähnt',
      // `ihr`, the plural of `du`, as a team is addressed.
      'eure Schuld', 'euer Fehler', 'euretwegen', 'wegen euch', 'ihr habt … versäumt', 'ihr habt … vergessen', 'ihr habt … ignoriert', 'ihr habt … verpasst',
      'ihr hättet', 'ihr habt es verbockt', 'ihr habt mich hängen lassen',
    ],
    frequency: ['immer', 'nie', 'niemals', 'ständig', 'dauernd', 'andauernd', 'permanent'],
    repetition: ['schon wieder', 'wieder einmal', 'mal wieder', 'jedes Mal', 'jedes einzelne Mal', 'immer wieder'],
    opinion: ['offensichtlich', 'natürlich wieder', 'selbstverständlich nicht', 'wie immer', 'wie üblich', 'wie gewohnt', 'wie gehabt', 'typisch'],
    person: [
      'unprofessionell', 'faul', 'unhöflich', 'unverschämt', 'unzuverlässig', 'inkompetent', 'nachlässig', 'unfähig', 'respektlos', 'arrogant',
      'schwierig', 'stur', 'uneinsichtig', 'unvernünftig', 'unorganisiert', 'chaotisch', 'aggressiv', 'herablassend', 'egoistisch', 'undankbar',
      'unehrlich', 'verantwortungslos', 'fordernd', 'anstrengend', 'unflexibel', 'unkooperativ', 'unfreundlich', 'unselbstständig',
    ],
    contempt: ['schlampig', 'lächerlich', 'absurd', 'nutzlos', 'erbärmlich', 'dumm', 'idiotisch', 'dilettantisch', 'stümperhaft', 'unmöglich', 'katastrophal', 'peinlich'],
    clientWords: ['du', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'dir', 'dich', 'ihr', 'euer', 'eure', 'euch', 'Sie', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihnen'],
    clientPossessives: ['Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euer', 'eure', 'euren', 'eurem'],
    selfWords: ['ich', 'wir', 'mir', 'mich', 'uns'],
    personNouns: [
      'kunde', 'kunden', 'kundin', 'auftraggeber', 'auftraggeberin', 'chef', 'chefin', 'geschäftsführer', 'geschäftsführerin', 'leiter', 'leiterin',
      'team', 'mitarbeiter', 'mitarbeiterin', 'kollege', 'kollegin', 'agentur', 'projektleiter', 'projektleiterin', 'ansprechpartner',
      'ansprechpartnerin', 'buchhaltung', 'marketing', 'vorstand', 'geschäftsleitung', 'leitung', 'verwaltung', 'verwaltungsrat', 'abteilung', 'gremium', 'frau', 'herr', 'er', 'sie', 'man', 'jemand', 'niemand', 'alle', 'leute',
    ],
    verbHelpers: [
      'bin', 'ist', 'sind', 'war', 'waren', 'wart', 'hat', 'haben', 'habt', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann',
      'können', 'konnte', 'konnten', 'muss', 'müssen', 'soll', 'sollen', 'sollte', 'sollten', 'will', 'wollen', 'nicht', 'auch', 'noch',
      'wirklich', 'eigentlich', 'fast', 'so', 'gar', 'einfach', 'halt', 'eben', 'ja', 'doch', 'wohl',
    ],
    reporting: ['sagte', 'sagt', 'meinte', 'meint', 'schrieb', 'schreibt', 'findet', 'fand', 'glaubt', 'erklärte', 'erwähnte', 'behauptet', 'behauptete'],
    relatives: ['der', 'die', 'das', 'welcher', 'welche'],
    joiners: ['und', 'aber', 'oder', 'dann'],
    notNames: [
      'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'dieser', 'diese', 'dieses', 'unser', 'unsere', 'mein', 'meine',
      'es', 'heute', 'gestern', 'morgen',
    ],
    notNouns: ['zu', 'mit', 'bei', 'in', 'im', 'am', 'an', 'auf', 'für', 'von', 'vom', 'über', 'gegenüber', 'und', 'oder', 'aber', 'weil', 'wenn', 'als', 'wie', 'dass', 'da', 'heute', 'gestern', 'jetzt'],
    negations: ['nicht', 'kein', 'keine', 'keinesfalls'],
    elisions: [],
    frequencyAfterVerb: true,
    capitalisedNouns: true,
  },
  recap: {
    subject: 'Zusammenfassung: {topic}',
    subjectDated: 'Zusammenfassung: {topic} ({date})',
    hello: 'Guten Tag,',
    hi: 'Hallo {names},',
    and: '{first} und {second}',
    // After a greeting with a comma, German letters go on in lower case.
    thanks: 'vielen Dank für {what}.',
    thanksDated: 'vielen Dank für {what} am {date}.',
    channels: { 'in-person': 'unser Treffen', 'video-call': 'unseren Videocall', phone: 'unser Telefonat', email: 'Ihre Nachrichten', chat: 'unseren Chat', other: 'unser Gespräch' },
    agreed: 'Was wir vereinbart haben',
    boundaries: 'Damit alles klar ist',
    groups: { me: 'Was ich übernehme', you: 'Was Sie übernehmen', we: 'Was wir gemeinsam übernehmen', unassigned: 'Außerdem vereinbart', named: 'Was {owner} übernimmt', only: 'Nächste Schritte' },
    done: '{step} – erledigt',
    by: '{step} bis {date}',
    due: '{step} (fällig: {due})',
    colon: ':',
    closing: 'Viele Grüße',
    longDate: '{weekday}, {day}. {month} {year}',
    shortDate: '{day}. {month} {year}',
    weekdays: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    firstOfMonth: '1',
    tones: {
      'scope-change': {
        opening: 'Hier fasse ich zusammen, wie sich der Umfang der Arbeit ändert, wie wir es besprochen haben, damit wir beide denselben Stand haben.',
        closing: 'Ich beginne mit den Änderungen wie hier beschrieben. Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.',
      },
      'missed-deadline': {
        opening: 'Ich habe den zugesagten Termin nicht gehalten, und es tut mir leid, dass Ihnen das Umstände macht. Hier ist der neue Plan, auf den wir uns geeinigt haben.',
        closing: 'Ich halte Sie auf dem Laufenden, während wir den neuen Plan umsetzen. Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.',
      },
      'price-increase': {
        opening: 'Hier fasse ich die besprochene Preisänderung zusammen: warum es dazu kommt und was sie für unsere Zusammenarbeit bedeutet.',
        closing: 'Ich gehe die neuen Preise jederzeit gern noch einmal mit Ihnen durch. Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.',
      },
      'budget-constraints': {
        opening: 'Danke, dass Sie so offen über Ihr Budget gesprochen haben. Hier ist, was wir im Rahmen dieses Budgets vereinbart haben.',
        closing: 'Wenn sich Ihr Budget ändert, schaue ich mir den Rest der Arbeit gern noch einmal an. Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.',
      },
      'unrealistic-expectations': {
        opening: 'Hier ist, was wir im vorhandenen Zeit- und Kostenrahmen vereinbart haben, damit wir dieselben Erwartungen haben.',
        closing: 'Wenn Ihnen das nicht reicht, sagen Sie es mir bitte, dann sehen wir uns die Möglichkeiten noch einmal an. Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.',
      },
      'quality-complaint': {
        opening: 'Danke, dass Sie Ihre Bedenken zur Arbeit so klar angesprochen haben: Das hilft mir, es in Ordnung zu bringen. Hier ist, was wir vereinbart haben.',
        closing: 'Ich halte Sie auf dem Laufenden, sobald jeder Schritt erledigt ist. Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.',
      },
      'invoice-dispute': {
        opening: 'Hier fasse ich zusammen, was wir an der Rechnung geprüft haben und wie es weitergeht.',
        closing: 'Falls etwas davon nicht zu Ihren Unterlagen passt, sagen Sie mir bitte Bescheid, dann sehe ich es mir an.',
      },
      miscommunication: {
        opening: 'Wir hatten einiges unterschiedlich verstanden. Hier ist, worauf wir uns jetzt geeinigt haben, damit wir vom selben Verständnis ausgehen.',
        closing: 'Falls Sie etwas davon noch anders lesen, sagen Sie es mir bitte, damit wir es gleich klären.',
      },
      'contract-termination': {
        opening: 'Hier fasse ich zusammen, was wir zum Ende unserer Zusammenarbeit vereinbart haben, damit die Übergabe für uns beide klar ist.',
        closing: 'Vielen Dank für die gemeinsame Arbeit. Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.',
      },
      other: { opening: 'Hier eine kurze Zusammenfassung unseres Gesprächs, damit wir beide denselben Stand haben.', closing: 'Falls etwas davon nicht Ihrem Verständnis entspricht, sagen Sie mir bitte Bescheid, dann korrigiere ich es.' },
    },
  },
};
