import type { LanguagePack } from './pack';

/** German (Germany, Austria, Switzerland). */
export const de: LanguagePack = {
  code: 'de',
  sections: {
    preparation: ['Vorbereitung', 'Vor dem Gespräch', 'Gesprächsvorbereitung'],
    facts: ['Fakten', 'Sachverhalt', 'Was passiert ist', 'Was ist passiert', 'Was ist geschehen', 'Was geschah', 'Wichtige Fakten', 'Stand der Dinge', 'Ausgangslage', 'Sachstand', 'Was gesagt wurde'],
    clientPerspective: ['Sicht des Kunden', 'Sicht der Kundin', 'Kundensicht', 'Perspektive des Kunden', 'Perspektive der Kundin', 'Ihre Sicht', 'Sicht Kunde', 'Sicht Kundin'],
    boundaries: ['Grenzen', 'Meine Grenzen', 'Was ich leisten kann und was nicht', 'Was ich anbieten kann und was nicht', 'Was ich machen kann und was nicht', 'Was ich tun kann und was nicht', 'Was ich kann und was nicht', 'Was ich kann und nicht kann', 'Was geht und was nicht', 'Was ich zusagen kann und was nicht', 'Was ich zusagen kann', 'Was ich machen kann', 'Was ich tun kann', 'Was ich leisten kann', 'Was ich nicht mache', 'Abgrenzung', 'Was ich nicht übernehme', 'Was nicht geht', 'Was ich abgelehnt habe', 'Was ich ablehne', 'Meine Bedingungen', 'Was ich nicht akzeptiere', 'Rahmen', 'Leitplanken', 'No-Gos', 'Leistungsgrenzen', 'Was ich übernehme und was nicht', 'Was ich übernehme'],
    options: ['Besprochene Optionen', 'Optionen', 'Möglichkeiten', 'Varianten'],
    agreements: ['Vereinbarungen', 'Was wir vereinbart haben', 'Absprachen', 'Vereinbart', 'Beschlüsse', 'Entscheide', 'Entscheidungen'],
    // `Pendenzen`: the open tasks, as Swiss German says it.
    nextSteps: ['Vereinbarte nächste Schritte', 'Nächste Schritte', 'Wer macht was', 'Aufgaben', 'To-dos', 'Maßnahmen', 'Offene Punkte', 'Pendenzen', 'Weiteres Vorgehen', 'Aktionspunkte', 'Vereinbarte Schritte', 'Aktionselemente', 'Folgeaufgaben'],
    privateNotes: ['Private Notizen', 'Privat', 'Notizen für mich', 'Interne Notizen', 'Nur für mich'],
  },
  privateWords: ['privat', 'vertraulich'],
  steps: {
    // `Verantw.:`, `Zust.:`: the office abbreviations; `Zugewiesen an`, `Zugewiesen`, `Zugewiesene Person`, `Zugewiesene`: a task tool's (Asana's, Planner's, Jira's, ClickUp's) field;
    // `Bearbeiter:`, Jira's German assignee; `Verantwortliche Person:`, Bitrix24's; `Warten auf:`, the one a step waits on, as English's `Waiting for:`.
    ownerKeys: ['Verantwortliche Person', 'Verantwortlicher', 'Verantwortliche', 'Verantwortlich', 'Verantwortung', 'Verantw.', 'zuständig', 'Zust.', 'wer', 'zugewiesen an', 'zugewiesen zu', 'zugewiesene Person', 'zugewiesene', 'zugewiesen', 'Mitglieder', 'Bearbeiter', 'Bearbeiterin', 'Besitzer', 'Besitzerin', 'Warten auf', 'Wartet auf'],
    assignedTo: ['zugewiesen an'],
    // The same word as English's `Status:`; Planner's `Fortschritt` (progress).
    // YouTrack's `Zustand`; a board's column a card sits in (Projectplace's `Board-Spalte: Erledigt`).
    statusKeys: ['Status', 'Zustand', 'Fortschritt', 'Liste', 'Abschnitt', 'Board-Spalte', 'Spalte'],
    // `per 1.12.`: by that day, as Swiss German writes a deadline; `WV am 10.12.`: the day the
    // file comes back up (Wiedervorlage), as German offices write a follow-up.
    deadlineKeys: ['Fälligkeitsdatum', 'fällig am', 'fällig bis', 'fällig', 'Frist'],
    // `Ende:`, the end factro gives a task after its `Start:`.
    dueKeys: ['Termin:', 'Ende:', 'bis spätestens', 'spätestens', 'bis zum', 'bis', 'per', 'wann:', 'Wiedervorlage am', 'Wiedervorlage', 'WV am', 'WV'],
    // In contract minutes the freelancer is the contractor (`AN`, Auftragnehmer) and the client the principal (`AG`, Auftraggeber).
    me: ['ich', 'mir', 'mich', 'AN'],
    client: ['Kunde', 'Kundin', 'Kd.', 'Auftraggeber', 'Auftraggeberin', 'Sie', 'AG'],
    both: ['wir', 'beide', 'wir beide', 'beide Seiten', 'gemeinsam', 'uns'],
    // `N.N.` (nomen nescio): someone not yet named, as German offices write it.
    nobody: ['N.N.', 'alle', 'alle Beteiligten', 'jemand', 'niemand', 'nicht zugewiesen', 'nicht zugeordnet', 'noch offen'],
    subjectPronouns: ['ich', 'wir'],
    months: [
      ['Januar', 'Jänner', 'Jan.', 'Jän.', 'Jan', 'Jän'],
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
    // two letters alone are too short to read as a weekday (`Mo: Freigabe` is Mo's step).
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
      // `next`: `nächste Woche`, written over as `next week`, is no verb after a noun (`Termin nächste Woche vereinbaren`).
      notAfterName: ['nicht', 'mit', 'seit', 'samt', 'statt', 'laut', 'jetzt', 'erst', 'bereits', 'direkt', 'sofort', 'komplett', 'gut', 'ist', 'wird', 'erfolgt', 'steht', 'fehlt', 'läuft', 'kommt', 'geht', 'bleibt', 'next'],
      elided: [],
      // Nouns are capitalised; a verb after a name is not.
      nounEndings: [],
      // A German modal puts its infinitive last (`Anna muss das Angebot prüfen`, `ändern`, `sammeln`); `werden` closing it makes a
      // passive (`Angebot muss geprüft werden`).
      modals: {
        words: ['soll', 'sollen', 'muss', 'müssen', 'kann', 'können', 'will', 'wollen', 'möchte', 'möchten', 'darf', 'dürfen'],
        infinitiveEndings: ['en', 'rn', 'ln'],
        passive: ['werden', 'worden', 'sein'],
        objectPronouns: [],
        infinitiveLast: true,
        future: ['wird', 'werden'],
      },
      // German nouns are capitalised as names are: an adjective before one (`Neue Version geht raus`), and endings no name has
      // (`Rechnung folgt`), a compound's head noun among them, as a card's title names its task (`Förderantrag: Nachweis vorbereiten`).
      notSubjects: ['neu', 'neue', 'neuer', 'neues', 'nächste', 'nächster', 'nächstes', 'erste', 'erster', 'erstes', 'letzte', 'letzter', 'letztes', 'finale', 'finaler', 'finales'],
      notSubjectEndings: ['ung', 'heit', 'keit', 'tion', 'schaft', 'antrag', 'vertrag', 'angebot', 'bericht', 'liste', 'datei', 'vorlage', 'konzept'],
    },
    agent: { words: ['durch'], articles: ['den', 'die', 'das', 'unseren', 'unsere', 'ihren', 'ihre'] },
    dateArticles: ['am', 'zum'],
    firstOfMonth: [],
    today: ['heute'],
    asked: ['angefragt am', 'nachgefragt am', 'erinnert am', 'angefragt', 'nachgefragt'],
    after: ['nach dem'],
    // `bis` is a due key: `jeden Fr bis 18.12.` is due that day already.
    until: [],
    todo: ['Zu erledigen', 'Zu tun'],
    yes: ['ja'],
    stillOpen: ['offen', 'noch offen', 'ausstehend', 'steht aus', 'in Arbeit', 'in Bearbeitung', 'läuft', 'geplant', 'zu erledigen', 'zu tun', 'nicht erledigt', 'noch nicht erledigt', 'wartet', 'nicht begonnen'],
    calendarWeek: ['Ende KW', 'Ende der KW', 'Ende Kalenderwoche', 'Kalenderwoche', 'KW'],
    // `T+5` (Tag), as English's.
    daysAfter: ['T'],
    tableColumns: {
      // A task tool's export names its columns so: `Aufgabenname`, `Zugewiesen an`, `Fälligkeitsdatum`.
      // Minutes name the item `Gegenstand` or `Thema` (`| lfd. Nr. | Gegenstand | Verantwortlich | Termin | erl. |`); Outlook's tasks, `Betreff` and `Besitzer`;
      // Jira's, `Zusammenfassung` and `Zugewiesene Person`; Loop's, `Titel` and `Zugewiesen zu`; Bitrix24's, `Verantwortliche Person`.
      what: ['Was', 'Aufgabe', 'Schritt', 'Pendenz', 'Massnahme', 'Maßnahme', 'To-do', 'Aufgabenname', 'Gegenstand', 'Thema', 'Beschreibung', 'Tätigkeit', 'Aktion', 'Karte', 'Betreff', 'Zusammenfassung', 'Titel', 'Name'],
      // Swiss minutes abbreviate the one responsible `VA` (`| Nr. | Pendenz | VA | Termin | Erledigt |`).
      owner: ['Wer', 'Verantwortlich', 'Verantwortliche Person', 'Verantwortliche', 'Verantwortlicher', 'Verantw.', 'VA', 'Zuständig', 'Verantwortung', 'Zugewiesen an', 'Zugewiesen zu', 'Zugewiesen', 'Zugewiesene Person', 'Zugewiesene', 'Bearbeiter', 'Bearbeiterin', 'Mitglieder', 'Mitglied', 'Besitzer', 'Besitzerin'],
      due: ['Bis', 'Bis wann', 'Wann', 'Termin', 'Frist', 'Fällig', 'Datum', 'Fälligkeitsdatum', 'Fällig am', 'Fälligkeit', 'Zieldatum', 'Enddatum', 'Ende', 'Fertigstellungsdatum'],
      // Asana's `Abgeschlossen` (`Abgeschlossen am`) holds the day a task was done; Trello's `Liste`, the list a card is in (`Erledigt`);
      // MeisterTask's `Abschnitt`, the section of the board it sits in (`Offen`, `In Arbeit`, `Erledigt`).
      done: ['Status', 'Zustand', 'Stand', 'Erledigt', 'erl.', 'Bemerkung', 'Bemerkungen', 'Fortschritt', 'Liste', 'Abschnitt', 'Abgeschlossen', 'Abgeschlossen am', 'Erledigt am'],
    },
    relativeDays: {
      // `bis Ende Woche`, as Swiss German writes it without the article.
      'end of week|eow': ['Ende der Woche', 'Ende dieser Woche', 'Ende Woche', 'Wochenende', 'Ende der Wo.', 'Ende Wo.'],
      'end of month|eom': ['Ende des Monats', 'Monatsende', 'Ende dieses Monats', 'Ende Monat'],
      'end of next week': ['Ende nächster Woche', 'Ende der nächsten Woche', 'Ende kommender Woche', 'Ende der kommenden Woche', 'Ende nächste Woche', 'Ende nächster Wo.', 'Ende nächste Wo.'],
      'end of next month': ['Ende nächsten Monats', 'Ende des nächsten Monats', 'Ende nächster Monat'],
      'end of year|eoy': ['Jahresende', 'Ende des Jahres', 'Ende Jahr', 'Ende dieses Jahres'],
      'christmas|xmas': ['Weihnachten'],
      'within a week': ['innerhalb einer Woche', 'binnen einer Woche'],
      'within 2 weeks': ['innerhalb von zwei Wochen', 'binnen zwei Wochen', 'innerhalb von 14 Tagen', 'binnen 14 Tagen'],
      'within|in': ['innerhalb von', 'innerhalb', 'binnen', 'in'],
      'days|day': ['Tagen', 'Tage', 'Tag'],
      'weeks|week': ['Wochen', 'Woche'],
      'hours|h': ['Stunden', 'Stunde', 'Std.', 'Std'],
      // `nächste Wo.`: the week in its short form too.
      'next week': ['nächste Woche', 'nächster Woche', 'kommende Woche', 'kommender Woche', 'nächste Wo.', 'nächster Wo.'],
      tmrw: ['morgen'],
      early: ['Anfang'],
      mid: ['Mitte'],
      end: ['Ende'],
      every: ['jeden', 'jedes', 'bei jeder', 'bei jedem'],
      daily: ['täglich', 'jeden Tag'],
      // `dienstags`: a weekday that comes back each week.
      // `jeden Mo`, as Todoist writes a weekly due day: the two letters a weekday only after `jeden`.
      weekly: ['wöchentlich', 'jede Woche', 'jeden Mo', 'jeden Di', 'jeden Mi', 'jeden Do', 'jeden Fr', 'jeden Sa', 'jeden So', 'montags', 'dienstags', 'mittwochs', 'donnerstags', 'freitags', 'samstags', 'sonntags'],
      monthly: ['monatlich', 'jeden Monat'],
    },
    // `✔ erl.`, `– ok`: the short forms too.
    done: ['als erledigt markiert', 'hab ich gemacht', 'habe ich gemacht', 'erledigt am', 'erledigt', 'erl.', 'erl', 'ok', 'gemacht', 'fertig', 'abgeschlossen', 'geschlossen', 'verschickt', 'versendet', 'gesendet', 'geschickt', 'bezahlt', 'überwiesen', 'geliefert', 'erhalten', 'unterschrieben', 'bestätigt', 'freigegeben', 'abgenommen', 'genehmigt', 'abgebrochen', 'storniert', 'entfällt', 'entfallen'],
    // Before the weekday, as German says it: `bis nächsten Freitag`, `kommenden Mi`.
    weekdayNext: ['nächsten', 'nächster', 'kommenden', 'kommender'],
    slashedDates: 'day-first',
  },
  tone: {
    blame: [
      'Ihre Schuld', 'deine Schuld', 'Ihr Versäumnis', 'dein Versäumnis', 'Ihr Verschulden', 'dein Verschulden', 'Schuld Ihres', 'Schuld Ihrer', 'Schuld deines', 'Schuld deiner', 'Ihr Fehler', 'dein Fehler', 'das ist Ihr Problem', 'ist das Ihr Problem', 'das ist dein Problem', 'ist das dein Problem', 'das ist euer Problem', 'ist das euer Problem', 'Ihretwegen', 'deinetwegen', 'wegen Ihnen', 'wegen dir', 'wegen Ihrer', 'wegen Ihres', 'wegen deiner', 'wegen deines',
      // `…`: the object or an adverb inside the verb (`Sie haben die Zahlungsfrist versäumt`, `weil du die Mail vergessen hast`).
      'Sie haben … versäumt', 'du hast … versäumt', 'Sie haben … vergessen', 'du hast … vergessen', 'Sie haben … ignoriert', 'du hast … ignoriert',
      // Overlooked: `die Frist für eine kostenfreie Verschiebung, die Sie übersehen haben`.
      'Sie haben … übersehen', 'du hast … übersehen', 'Sie … übersehen haben', 'du … übersehen hast', 'haben Sie … übersehen', 'hast du … übersehen', 'ihr habt … übersehen', 'ihr … übersehen habt',
      'Sie haben … verpasst', 'du hast … verpasst', 'Sie haben … zu spät geliefert', 'du hast … zu spät geliefert', 'Sie … zu spät geliefert haben', 'du … zu spät geliefert hast', 'Sie haben … nicht … geliefert', 'du hast … nicht … geliefert',
      'Sie haben … unvollständig geliefert', 'du hast … unvollständig geliefert', 'Sie … unvollständig geliefert haben', 'du … unvollständig geliefert hast',
      'Sie haben … nicht eingehalten', 'du hast … nicht eingehalten', 'Sie … nicht eingehalten haben', 'du … nicht eingehalten hast',
      'Sie … versäumt haben', 'du … versäumt hast', 'Sie … vergessen haben', 'du … vergessen hast', 'Sie … ignoriert haben', 'du … ignoriert hast',
      'Sie … verpasst haben', 'du … verpasst hast', 'Sie … nicht … geliefert haben', 'du … nicht … geliefert hast', 'Sie hätten', 'du hättest', 'Sie sollten eigentlich', 'du solltest eigentlich',
      'Sie waren dafür zuständig', 'du warst dafür zuständig', 'Sie haben es verbockt', 'du hast es verbockt', 'Sie haben mich hängen lassen',
      'du hast mich hängen lassen', 'wie ich bereits sagte', 'wie ich schon sagte', 'wie bereits gesagt', 'wie schon gesagt', 'wie oft noch',
      // What the writer already told them, with what lies between (`Wie ich dir schon in der Mail gesagt hab`).
      'wie ich Ihnen … gesagt', 'wie ich dir … gesagt', 'wie ich euch … gesagt', 'wie ich Ihnen … geschrieben', 'wie ich dir … geschrieben', 'wie ich Ihnen … mitgeteilt', 'wie ich Ihnen … erklärt', 'wie ich dir … erklärt',
      'wie bereits mehrfach erwähnt',
      // What the client caused, and the same blame with the verb first, after what the sentence opens with (`Die Verzögerungen haben Sie … verursacht`).
      'Sie haben … verursacht', 'du hast … verursacht', 'Sie … verursacht haben', 'du … verursacht hast', 'ihr habt … verursacht',
      // A promise or a duty broken: `Da Sie die Vertraulichkeit gebrochen haben`.
      'Sie haben … gebrochen', 'du hast … gebrochen', 'Sie … gebrochen haben', 'du … gebrochen hast', 'haben Sie … gebrochen', 'hast du … gebrochen', 'ihr habt … gebrochen', 'ihr … gebrochen habt',
      'haben Sie … verursacht', 'hast du … verursacht', 'haben Sie … versäumt', 'hast du … versäumt', 'haben Sie … vergessen', 'hast du … vergessen',
      'haben Sie … ignoriert', 'hast du … ignoriert', 'haben Sie … verpasst', 'hast du … verpasst', 'haben Sie … nicht eingehalten', 'hast du … nicht eingehalten',
      // What the client answers for: `die Verschiebung haben Sie zu verantworten`.
      'haben Sie … zu verantworten', 'hast du … zu verantworten', 'Sie haben … zu verantworten', 'du hast … zu verantworten', 'Sie … zu verantworten haben', 'du … zu verantworten hast',
      // `ihr`, the plural of `du`, as a team is addressed.
      'eure Schuld', 'euer Fehler', 'euretwegen', 'wegen euch', 'wegen eurer', 'wegen eures', 'ihr habt … versäumt', 'ihr habt … nicht eingehalten', 'ihr habt … vergessen', 'ihr habt … ignoriert', 'ihr habt … verpasst',
      'ihr … versäumt habt', 'ihr … nicht eingehalten habt', 'ihr … vergessen habt', 'ihr … ignoriert habt', 'ihr … verpasst habt', 'ihr … verursacht habt',
      'ihr habt … zu spät geliefert', 'ihr … zu spät geliefert habt',
      // What the client did without asking first: `du hast … dein Setup ohne Absprache umgestellt`, the verb first after a day too
      // (`Am 16.11. hast du ohne Absprache nur 1.800 € überwiesen`).
      'Sie haben … ohne Absprache', 'du hast … ohne Absprache', 'ihr habt … ohne Absprache', 'Sie haben … ohne Rücksprache', 'du hast … ohne Rücksprache', 'ihr habt … ohne Rücksprache',
      'haben Sie … ohne Absprache', 'hast du … ohne Absprache', 'habt ihr … ohne Absprache', 'haben Sie … ohne Rücksprache', 'hast du … ohne Rücksprache', 'habt ihr … ohne Rücksprache',
      // In a clause of its own, the verb last: `…, dass Sie die Fenster ohne Absprache mit mir umbestellt haben`, `nur weil Sie die
      // Rechnung ohne Absprache gekürzt haben`.
      'dass Sie … ohne Absprache', 'dass du … ohne Absprache', 'dass ihr … ohne Absprache', 'dass Sie … ohne Rücksprache', 'dass du … ohne Rücksprache', 'dass ihr … ohne Rücksprache',
      'weil Sie … ohne Absprache', 'weil du … ohne Absprache', 'weil ihr … ohne Absprache', 'weil Sie … ohne Rücksprache', 'weil du … ohne Rücksprache', 'weil ihr … ohne Rücksprache',
      'nachdem Sie … ohne Absprache', 'nachdem du … ohne Absprache', 'nachdem Sie … ohne Rücksprache', 'nachdem du … ohne Rücksprache',
      'ihr hättet', 'ihr habt es verbockt',
      // The verb first after what the sentence opens with: `Das hättet ihr im Angebot lesen müssen`, `da hätten Sie uns schon früher
      // Bescheid geben können`.
      'hätten Sie … müssen', 'hättest du … müssen', 'hättet ihr … müssen', 'hätten Sie … können', 'hättest du … können', 'hättet ihr … können', 'ihr habt mich hängen lassen',
      // The subject left out of the second clause: `Sie haben unterschrieben und hätten den Zuschlag lesen müssen`.
      'Sie … und hätten … müssen', 'du … und hättest … müssen', 'ihr … und hättet … müssen',
      // Not read, not heeded: `Sie haben die Lizenzbedingungen offenbar nicht gelesen`.
      'Sie haben … nicht gelesen', 'du hast … nicht gelesen', 'ihr habt … nicht gelesen', 'Sie … nicht gelesen haben', 'du … nicht gelesen hast',
      'Sie haben … nicht beachtet', 'du hast … nicht beachtet', 'ihr habt … nicht beachtet', 'Sie … nicht beachtet haben', 'du … nicht beachtet hast',
      // What came of the client's doing: `das liegt dann an Ihnen`, `Die Verzögerung lag an Ihnen`.
      'das liegt dann an Ihnen', 'das liegt dann an dir', 'das liegt dann an euch', 'lag an Ihnen', 'lag an dir', 'lag an euch',
      // Strung along, or given the wrong thing: `Sie haben uns lange genug hingehalten`, `Sie haben uns die falschen Maße gegeben`.
      'Sie haben … hingehalten', 'du hast … hingehalten', 'ihr habt … hingehalten', 'Sie … hingehalten haben', 'du … hingehalten hast',
      'Sie haben … die falschen', 'du hast … die falschen', 'ihr habt … die falschen', 'Sie haben … den falschen', 'du hast … den falschen', 'ihr habt … den falschen',
    ],
    wishAfterBlame: ['gern', 'gerne', 'lieber', 'am liebsten'],
    acknowledging: ['ich verstehe', 'ich verstehe, dass', 'ich verstehe ja, dass', 'ich kann verstehen, dass'],
    frequency: ['immer', 'nie', 'niemals', 'ständig', 'dauernd', 'andauernd', 'permanent'],
    repetition: ['schon wieder', 'wieder einmal', 'mal wieder', 'jedes Mal', 'jedes einzelne Mal', 'immer wieder'],
    mannerAdverbs: [],
    // Not `wie gewohnt` and `wie gehabt`, which say what stays as it was (`Du überweist die 420 € wie gewohnt`, `Tagsatz wie gehabt`).
    opinion: ['offensichtlich', 'offenkundig', 'natürlich wieder', 'selbstverständlich nicht', 'wie immer', 'wie üblich', 'typisch', 'immer die gleiche Geschichte', 'immer dieselbe Geschichte', 'immer das Gleiche', 'immer dasselbe'],
    person: [
      'unprofessionell', 'faul', 'unhöflich', 'unverschämt', 'unzuverlässig', 'inkompetent', 'nachlässig', 'unfähig', 'respektlos', 'arrogant',
      'schwierig', 'stur', 'uneinsichtig', 'unvernünftig', 'unorganisiert', 'chaotisch', 'aggressiv', 'herablassend', 'egoistisch', 'undankbar',
      'unehrlich', 'verantwortungslos', 'fordernd', 'anstrengend', 'unflexibel', 'unkooperativ', 'unfreundlich', 'unselbstständig', 'feindselig',
    ],
    contempt: ['schlampig', 'lächerlich', 'absurd', 'nutzlos', 'erbärmlich', 'dumm', 'idiotisch', 'dilettantisch', 'stümperhaft', 'unmöglich', 'katastrophal', 'peinlich',
      // Overblown, said whole: `überzogen` alone is a fact (`Budget überzogen`).
      'völlig überzogen', 'total überzogen', 'maßlos überzogen', 'masslos überzogen', 'völlig übertrieben', 'total übertrieben'],
    adjectiveEndings: ['e', 'en', 'er', 'es', 'em'],
    idioms: ['immer noch'],
    // A dunning notice (`Mahnung`) comes only when payment is late.
    clientSideBlame: [
      'hat … ohne Absprache', 'hat … ohne Rücksprache', 'haben … ohne Absprache', 'haben … ohne Rücksprache', 'hat … versäumt', 'haben … versäumt',
      'hat … vergessen', 'haben … vergessen', 'hat … ignoriert', 'haben … ignoriert', 'hat … übersehen', 'haben … übersehen', 'hat … nicht eingehalten', 'haben … nicht eingehalten',
    ],
    shortfalls: ['zu spät', 'nach der Frist', 'nach der vereinbarten Frist', 'nach dem vereinbarten Termin', 'nach Fristablauf', 'nach Fristende', 'nach Ablauf der Frist', 'verspätet', 'Verspätung', 'letzten Drücker', 'am Vorabend', 'am Vortag', 'letzter Minute', 'letzten Minute', 'letzten Moment', 'letzter Sekunde', 'letzten Sekunde', 'kurz vor Schluss', 'erst kurz vor', 'erst wenn ich', 'erst nach mehrmaligem', 'erst auf Nachfrage', 'erst nach Nachfrage', 'erst nach Erinnerung', 'erst nach einer Erinnerung', 'erst nach der Erinnerung', 'in Verzug', 'Mahnung', 'nie pünktlich', 'nie rechtzeitig', 'niemals pünktlich', 'nie … pünktlich', 'nie … rechtzeitig', 'am Tag vor', 'am Abend vor', 'in der Nacht vor', 'unvollständig', 'lückenhaft', 'halbfertig'],
    clientWords: ['du', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'dir', 'dich', 'ihr', 'euer', 'eure', 'euch', 'Sie', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'Ihnen'],
    clientPossessives: ['Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euer', 'eure', 'euren', 'eurem'],
    determiners: ['ein', 'eine', 'einen', 'einem', 'einer', 'kein', 'keine', 'mein', 'meine', 'sein', 'seine', 'unser', 'unsere', 'dieser', 'dieses', 'jeder', 'jedes'],
    selfWords: ['ich', 'wir', 'mir', 'mich', 'uns'],
    personNouns: [
      'kunde', 'kunden', 'kundin', 'auftraggeber', 'auftraggeberin', 'chef', 'chefin', 'geschäftsführer', 'geschäftsführerin', 'leiter', 'leiterin',
      'team', 'mitarbeiter', 'mitarbeiterin', 'kollege', 'kollegin', 'agentur', 'projektleiter', 'projektleiterin', 'ansprechpartner',
      'ansprechpartnerin', 'buchhaltung', 'marketing', 'vertrieb', 'einkauf', 'redaktion', 'personalabteilung', 'kanzlei', 'geschäftsführung', 'vorstand', 'geschäftsleitung', 'leitung', 'verwaltung', 'verwaltungsrat', 'abteilung', 'gremium', 'frau', 'herr', 'hr', 'hrn', 'fr', 'er', 'sie', 'man', 'jemand', 'niemand', 'alle', 'leute',
      // A business is the people who run it, as an agency is: `Die Betriebe schicken ihre Zahlen immer erst kurz vor Schluss`.
      'betrieb', 'betriebe', 'firma', 'firmen',
      // A public body or a club is the people who run it too: `Die Gemeinde meldet sich immer erst 3 Wochen vorher`.
      'gemeinde', 'behörde', 'magistrat', 'amt', 'verein',
      // The trades a freelancer works beside, as English lists them.
      'inhaber', 'inhaberin', 'gründer', 'gründerin', 'assistent', 'assistentin', 'praktikant', 'praktikantin', 'entwickler', 'entwicklerin',
      'dj', 'designer', 'designerin', 'grafiker', 'grafikerin', 'texter', 'texterin', 'fotograf', 'fotografin', 'übersetzer', 'übersetzerin', 'berater',
      'beraterin', 'anwalt', 'anwältin', 'architekt', 'architektin', 'lieferant', 'lieferantin', 'dienstleister', 'dienstleisterin', 'partner',
      'partnerin', 'caterer', 'handwerker', 'handwerkerin', 'einkäufer', 'einkäuferin', 'planer', 'planerin',
      // The building and print trades (not `Drucker`, which is the machine too).
      'druckerei', 'elektriker', 'elektrikerin', 'installateur', 'installateurin', 'tischler', 'tischlerin', 'schreiner', 'schreinerin', 'maler', 'malerin',
      'subunternehmer', 'subunternehmerin', 'spediteur', 'techniker', 'technikerin', 'monteur', 'monteurin',
      // Those who use and test what the freelancer delivers: `Die Key-User testen immer nur den Standardkunden`.
      'nutzer', 'nutzerin', 'anwender', 'anwenderin', 'user', 'tester', 'testerin',
      // Those on a stage and in a restaurant's room, as event and hospitality trades work beside them.
      'darsteller', 'darstellerin', 'schauspieler', 'schauspielerin', 'musiker', 'musikerin', 'sänger', 'sängerin', 'tänzer', 'tänzerin', 'künstler', 'künstlerin',
      'kellner', 'kellnerin', 'koch', 'köchin', 'personal',
      // A production's crew, and the English roles German offices say as they are (`Ihr Art Director hat …`, `Euer PO hat …`).
      'director', 'directorin', 'manager', 'managerin', 'producer', 'producerin', 'produzent', 'produzentin', 'regisseur', 'regisseurin',
      'redakteur', 'redakteurin', 'lektor', 'lektorin', 'cutter', 'cutterin', 'kameramann', 'kamerafrau', 'sprecher', 'sprecherin',
      'po', 'pm', 'ceo', 'cto', 'cfo', 'cmo', 'coo',
      // The family around a couple or a household client, as event and home trades meet them.
      'mutter', 'vater', 'ehemann', 'ehefrau', 'schwester', 'bruder', 'tochter', 'sohn', 'braut', 'bräutigam', 'eltern', 'schwiegermutter', 'schwiegervater',
    ],
    verbHelpers: [
      'bin', 'ist', 'sind', 'war', 'waren', 'wart', 'hat', 'haben', 'habt', 'hatte', 'hatten', 'wird', 'werden', 'wurde', 'wurden', 'kann',
      'können', 'konnte', 'konnten', 'muss', 'müssen', 'soll', 'sollen', 'sollte', 'sollten', 'will', 'wollen', 'nicht', 'auch', 'noch',
      'wirklich', 'eigentlich', 'fast', 'so', 'gar', 'einfach', 'halt', 'eben', 'ja', 'doch', 'wohl',
    ],
    // The perfect's participle too, as German reports in speech and notes (`Frau Vogt hat geschrieben, … sie hätte nie …`).
    reporting: ['sagte', 'sagt', 'meinte', 'meint', 'schrieb', 'schreibt', 'findet', 'fand', 'glaubt', 'erklärte', 'erwähnte', 'behauptet', 'behauptete', 'gesagt', 'geschrieben', 'gemeint', 'erklärt', 'erwähnt', 'betont', 'mitgeteilt', 'geantwortet', 'bestätigt', 'zugegeben', 'versichert'],
    ownMessageLeads: ['meine antwort', 'entwurf', 'zu versenden', 'zum versenden', 'zusammenfassung gesendet', 'gesendete zusammenfassung', 'meine zusammenfassung', 'protokoll gesendet', 'mein protokoll', 'meine mail', 'meine e-mail', 'meine nachricht', 'meine sprachnachricht', 'meine antwortmail', 'meiner antwort', 'meiner antwortmail', 'meiner mail', 'meiner e-mail', 'meiner nachricht', 'ich antwortete', 'ich schrieb', 'ich sagte',
      // The participle closes the clause: `Was ich Tim geschrieben habe`, `ich habe ihr gesagt`.
      'ich … geantwortet', 'ich … geschrieben', 'ich … gesagt', 'ich … geschickt', 'ich … gesendet', 'gesendete mail', 'gesendete e-mail', 'gesendete nachricht', 'mail an', 'e-mail an', 'nachricht an'],
    relatives: ['der', 'die', 'das', 'welcher', 'welche'],
    clauseOpeners: ['dass', 'weil', 'da', 'wenn', 'ob', 'nachdem', 'obwohl', 'sodass'],
    // `noch` says still (`immer noch`).
    participleEndings: [],
    compoundPersonNouns: ['team', 'leiter', 'leiterin', 'leitung', 'abteilung', 'kunde', 'kundin', 'mitarbeiter', 'mitarbeiterin', 'agentur', 'chef', 'chefin', 'kollege', 'kollegin', 'partner', 'partnerin', 'manager', 'managerin', 'entwickler', 'entwicklerin', 'nutzer', 'anwender', 'user', 'gast', 'gäste', 'teilnehmer', 'teilnehmerin', 'teilnehmende', 'teilnehmenden', 'techniker', 'technikerin', 'berater', 'beraterin', 'planer', 'planerin', 'designer', 'designerin', 'assistent', 'assistentin', 'sachbearbeiter', 'sachbearbeiterin', 'betreuer', 'betreuerin', 'vertreter', 'vertreterin', 'beauftragte', 'beauftragter', 'lieferant', 'dienstleister', 'architekt', 'architektin', 'ingenieur', 'ingenieurin', 'grafiker', 'grafikerin', 'fotograf', 'fotografin', 'dienst', 'redaktion'],
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
    // `Sie hat`, `Sie meldete sich`: she; `Sie haben`, `Sie melden sich`: the client, or they.
    thirdPerson: {
      pronouns: ['Sie'],
      verbEndings: ['t', 'te'],
      verbs: ['wird', 'weiß', 'will', 'kann', 'muss', 'soll', 'darf', 'mag', 'war'],
      notVerbs: ['nicht', 'jetzt', 'erst', 'bereits', 'selbst', 'oft', 'zuletzt', 'meist', 'sonst', 'gut', 'direkt', 'sofort', 'komplett', 'seit', 'mit', 'statt', 'laut', 'samt', 'fast', 'halt', 'recht', 'zuerst', 'bitte', 'heute', 'gestern', 'leider', 'eigentlich', 'wirklich', 'trotzdem', 'damit', 'somit', 'ebenfalls'],
    },
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
    reminder: {
      subject: 'Nachfrage: {topic}',
      subjectDated: 'Nachfrage: {topic} ({date})',
      // After a greeting with a comma, German letters go on in lower case.
      agreed: 'wir hatten Folgendes vereinbart:',
      agreedDated: 'in unserem Gespräch am {date} hatten wir Folgendes vereinbart:',
      step: '{step} (bis {date})',
      ask: 'Könnten Sie mir kurz sagen, wie der Stand ist, und mir einen neuen Termin nennen, der Ihnen passt?',
    },
  },
  fillInWords: ['ergänzen', 'einfügen', 'ausfüllen', 'eintragen', 'hier ergänzen', 'hier einfügen', 'Platzhalter', 'Beschreiben', 'Auflisten', 'Notieren', 'Was', 'Wer', 'Wann', 'Wie', 'Warum', 'Welche', 'Welcher', 'Welches'],
  slotNames: ['Datum', 'Tag', 'Uhrzeit', 'Zeit', 'Name', 'Kundenname', 'Kunde', 'Firma', 'Betrag', 'Preis', 'Honorar', 'Satz', 'Stundensatz', 'Anzahl', 'Nummer', 'E-Mail', 'Telefon', 'Adresse', 'Link', 'Frist', 'Termin'],
  fillInAfter: ['ergänzen', 'einfügen', 'ausfüllen', 'eintragen', 'einsetzen', 'nachtragen', 'angeben', 'folgt', 'offen'],
  pointerPhrases: ['siehe oben', 'siehe unten', 's. o.', 's.o.', 'wie oben', 'siehe Frontmatter', 'im Frontmatter', 'Schritte im Frontmatter'],
  remarkLabels: ['Kommentare', 'Kommentar', 'Anmerkungen', 'Bemerkungen', 'Diskussion'],
  taskGroups: ['demnächst', 'anstehend', 'bevorstehend', 'irgendwann', 'später', 'überfällig', 'eingang', 'ohne datum'],
  placingWords: ['am', 'im'],
  // Not `von` alone: a name opens with it (`von Bergen:`).
  sourceLabels: ['aus', 'kopiert aus', 'kopiert von', 'Kopie aus', 'eingefügt aus', 'Export aus', 'exportiert aus', 'übernommen aus', 'Auszug aus'],
  andWords: ['und'],
  orWords: ['oder', 'sonst', 'ansonsten', 'andernfalls'],
  // What an inserted section asks for, as the English prompts ask it, in the German templates' words.
  sectionPrompts: {
    preparation: '{{Die Fakten, die voraussichtliche Sicht des Kunden, das Ergebnis, das Sie wollen, die Optionen, die Sie anbieten können, die Fragen an den Kunden}}',
    facts: '{{Was passiert ist, in Daten und Zahlen, ohne Wertung}}',
    clientPerspective: '{{Wie der Kunde es sieht, in seinen Worten, das Ergebnis, das er sich wünscht, und was Sie ihm zurückgespiegelt haben}}',
    boundaries: '{{Was Sie tun können und was nicht}}',
    options: '{{Die Optionen, die Sie auf den Tisch gelegt haben}}',
    agreements: '- {{Was wir vereinbart haben, in einem Satz, den der Kunde unterschreiben würde}}',
    nextSteps: '- {{Was}} (Verantwortlich: {{ich oder Kunde}}, fällig: {{JJJJ-MM-TT}})',
    privateNotes: '{{Nur für Sie}}',
  },
  preparation: {
    intro: '<!-- Aus Ihren früheren Notizen mit {client}, Stand {date}. -->',
    lists: {
      signals: 'Signale aus den Notizen',
      mine: 'Offen bei mir',
      theirs: 'Offen auf Kundenseite',
      unowned: 'Offen, ohne Zuständigkeit',
      recaps: 'Nicht verschickte Zusammenfassungen',
      agreed: 'In den letzten Gesprächen vereinbart',
      boundaries: 'In den letzten Gesprächen gezogene Grenzen',
    },
    date: '{day}.{month}.{year}',
    note: 'Notiz',
    recap: 'Zusammenfassung',
    due: 'fällig am {date} ({relative})',
    noDate: 'ohne Termin',
    recapDue: 'zu senden bis {date}',
    days: { late: { one: '{count} Tag überfällig', other: '{count} Tage überfällig' }, today: 'heute', tomorrow: 'morgen', ahead: { one: 'in {count} Tag', other: 'in {count} Tagen' } },
    span: '{from} bis {to}',
    signals: {
      'recurring-scenario': { one: '{count} Gespräch zum Thema „{scenario}“ innerhalb von {days} Tagen ({span}).', other: '{count} Gespräche zum Thema „{scenario}“ innerhalb von {days} Tagen ({span}).' },
      // `Von 4 datierten nächsten Schritten des Kunden wurden 2 verspätet erledigt und 1 ist überfällig.`
      'late-commitments': {
        sentence: 'Von {steps} des Kunden {late} und {overdue}.',
        steps: { one: '{count} datierten nächsten Schritt', other: '{count} datierten nächsten Schritten' },
        late: { one: 'wurde {count} verspätet erledigt', other: 'wurden {count} verspätet erledigt' },
        overdue: { one: '{count} ist überfällig', other: '{count} sind überfällig' },
      },
      'boundary-restated': { one: 'Die Grenze „{boundary}“ steht in {count} Notiz.', other: 'Die Grenze „{boundary}“ steht in {count} Notizen.' },
      'payment-trouble': { one: '{count} Streitfall um eine Rechnung innerhalb von {days} Tagen ({span}).', other: '{count} Streitfälle um Rechnungen innerhalb von {days} Tagen ({span}).' },
      escalation: { one: '{count} Gespräch in den letzten {days} Tagen ({span}).', other: '{count} Gespräche in den letzten {days} Tagen ({span}).' },
    },
    scenarios: {
      'scope-change': 'Änderung des Umfangs',
      'missed-deadline': 'Verpasster Termin',
      'price-increase': 'Preiserhöhung',
      'budget-constraints': 'Knappes Budget',
      'unrealistic-expectations': 'Unrealistische Erwartungen',
      'quality-complaint': 'Beschwerde über die Qualität',
      'invoice-dispute': 'Streit um eine Rechnung',
      miscommunication: 'Missverständnis',
      'contract-termination': 'Vertragsende',
      other: 'Sonstiges',
    },
  },
};
