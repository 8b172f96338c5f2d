import type { LanguagePack } from './pack';
import { escapedForPattern } from '../base/matches';

// A step written in another language is read by the one reader of steps
// (`note/stepNotation.ts`) with each of the pack's notation words written over by the
// English word it stands for, padded with blanks to its own length, so that every offset
// the reader gives holds in the text as written: `Verantwortlich: ich, bis 5. Dezember`
// reads as `owner         : me , by  5  Dec     `.

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ENGLISH_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

interface Translation {
  pattern: RegExp;
  english: Map<string, string>;
  /** The words before a day that only say it is one, followed by a day in figures. */
  articles: RegExp | undefined;
  /** The pack's words that say a step happened, where a done mark stands. */
  done: RegExp | undefined;
  /** The same words as a label opening the step (`ERLEDIGT: Angebot schicken`, `Fait : relancer Paul`), as English's `Done:` is one. */
  doneLabel: RegExp | undefined;
  /** The pack's words that open a step as a to-do, at the start of a line. */
  todo: RegExp | undefined;
  /** The pack's words that close a step as still to be done, after a dash or a pipe. */
  stillOpen: RegExp | undefined;
  /** The pack's owner and due keys as TaskPaper's tags (`@wer(ich)`, `@bis(4.12.)`), and the English tag each stands for. */
  tags: { pattern: RegExp; english: Map<string, string> } | undefined;
  /** The pack's words before a calendar week's number (`KW 49`, `S49`). */
  calendarWeek: RegExp | undefined;
  /** The pack's letter for the conversation's day before the days counted from it (`J+5`). */
  daysAfter: RegExp | undefined;
  /**
   * A weekday abbreviated without its dot before a day in figures (`jeu 3/12`, `Mo 7.12.`):
   * written over by English's (`Thu 3/12`), which says the figures are a day; one in two
   * letters, too short for English's, is read as blanks.
   */
  shortWeekday: RegExp | undefined;
  /** The same weekday just before a place in the text, with the blanks after it. */
  shortWeekdayBefore: RegExp | undefined;
  /** A word after a weekday that says it is the coming one (`vendredi prochain`). */
  weekdayNext: RegExp | undefined;
  /** The same word just after a place in the text, with the blanks before it. */
  weekdayNextAfter: RegExp | undefined;
  /** The same word before a weekday, with the weekday in any of its forms (`nächsten Mittwoch`, `kommenden Mi`), and the English weekday each form names. */
  nextWeekday: { pattern: RegExp; english: Map<string, string> } | undefined;
  /**
   * A weekday in any of its forms with the pack's words for next week, before or after them (`nächste Woche Mi`, `Mittwoch
   * nächster Woche`, `jeudi semaine prochaine`), and the English weekday each form names: the pair is read as English's.
   */
  nextWeeksDay: { pattern: RegExp; english: Map<string, string> } | undefined;
  /** A state that opens with one of the pack's words that say a step happened (`fait`, `erledigt 24.11.`). */
  doneFirst: RegExp | undefined;
  /** The pack's owner, due and status keys in bold with no colon before their value, as Craft sets one (`**Qui** moi · **Quand** ve 27.11`). */
  boldKey: RegExp | undefined;
}

const translations = new WeakMap<LanguagePack, Translation | null>();

function translationOf(pack: LanguagePack): Translation | null {
  let translation = translations.get(pack);
  if (translation !== undefined) return translation;
  const english = new Map<string, string>();
  const add = (words: readonly string[], word: string) => {
    // A word is written over only by an English word that fits in it; the longest fitting word of `word|…` is taken.
    for (const written of words) {
      const fitting = word.split('|').find((candidate) => candidate.length <= written.length);
      if (fitting && !english.has(written.toLowerCase())) english.set(written.toLowerCase(), fitting);
    }
  };
  const { steps } = pack;
  add(steps.ownerKeys.map((key) => `${key}:`), 'owner:|who:');
  // An abbreviated key needs no colon after its dot, as English's `resp. moi` does: `verantw. Kunde`; nor does one that ends as
  // English's `assigned to` (`Attribuée à Julie`), read as that abbreviation, which fits where `assigned to` may not.
  add([...steps.ownerKeys.filter((key) => key.endsWith('.')), ...steps.assignedTo], 'resp.');
  add(steps.statusKeys.map((key) => `${key}:`), 'status:|state:|list:');
  add(steps.dueKeys, 'by');
  add(steps.deadlineKeys, 'due');
  // `J'envoie`: an elided `je` is written over by `I` and a blank, which keeps the verb a word of its own.
  add(steps.me.filter((word) => !ELIDED.test(word)), 'me');
  add(steps.me.filter((word) => ELIDED.test(word)), 'I');
  add(steps.client, 'client|you');
  add(steps.both, 'we');
  // `Ole oder ich`: two who might do it, neither named the one.
  add(pack.orWords, 'or');
  add(steps.nobody, 'tbd|?');
  add(steps.today, 'today');
  add(steps.asked, 'asked');
  add(steps.after, 'after');
  add(steps.until, 'until|till');
  for (const [english, written] of Object.entries(steps.relativeDays)) add(written, english);
  add(steps.firstOfMonth, '1st');
  steps.months.forEach((names, index) => add(names, ENGLISH_MONTHS[index]));
  // A short form with its comma (`Fr,`) is a weekday only before a day, read there as the form without it (below): alone, it may be
  // someone's initials (`→ FR, bis 2.12.` is FR's step).
  steps.weekdays.forEach((names, index) => add(names.filter((name) => !name.endsWith(',')), ENGLISH_WEEKDAYS[index]));
  const doneFirst = steps.done.length > 0 ? new RegExp(`^(?:${steps.done.map(escapedForPattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : undefined;
  const afterToday = steps.today.length > 0 ? `|(?<![\\p{L}\\p{N}])(?:${steps.today.map(escapedForPattern).join('|')})[ \\t]+` : '';
  const done = steps.done.length > 0 ? new RegExp(`${LETTER_FIRST}(?<=${DONE_MARK_PLACES}${afterToday})(?:${steps.done.map(escapedForPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  const doneLabels = steps.done.filter((word) => word.length >= 4).map(escapedForPattern);
  const doneLabel = doneLabels.length > 0 ? new RegExp(`^[ \\t]*(?:${doneLabels.join('|')})(?=[ \\t]*:)`, 'iu') : undefined;
  const todo = steps.todo.length > 0 ? new RegExp(`${LETTER_FIRST}(?<=^[ \\t]*|\\n[ \\t]*)(?:${steps.todo.map(escapedForPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  // After a dash or a pipe, last in the item or before the next part: `— à faire`, `| offen |`; or as a lozenge in brackets, first or last: `[OFFEN]`, `[EN COURS]`.
  const openWords = [...steps.stillOpen].sort((a, b) => b.length - a.length).map(escapedForPattern);
  const stillOpen =
    openWords.length > 0
      ? new RegExp(`${LETTER_FIRST}(?:(?<=(?:[—–|·]|(?<![\\p{L}\\p{N}])-)[ \\t]*)(?:${openWords.join('|')})(?=[ \\t]*(?:\\r?\\n|$|[—–|·]))|(?<=\\[[ \\t]*)(?:${openWords.join('|')})(?=[ \\t]*\\]))`, 'giu')
      : undefined;
  // `@wer(Kunde)`, `@qui(moi)`, `@bis(4.12.)`: a key of one word as a tag's name, written over by `@who` or `@due`.
  const tagWords = new Map<string, string>();
  for (const key of steps.ownerKeys) if (/^\p{L}+$/u.test(key)) tagWords.set(key.toLowerCase(), '@who');
  for (const key of [...steps.deadlineKeys, ...steps.dueKeys]) if (/^\p{L}+$/u.test(key) && key.length >= 3) tagWords.set(key.toLowerCase(), '@due');
  const tags = tagWords.size > 0 ? { pattern: new RegExp(`(?<![\\p{L}\\p{N}_@])@(?:${[...tagWords.keys()].map(escapedForPattern).join('|')})(?=\\()`, 'giu'), english: tagWords } : undefined;
  // Longest first, so that `Ende KW` is one word rather than a stray `Ende` and `KW`.
  const weekWords = [...steps.calendarWeek].sort((a, b) => b.length - a.length).map(escapedForPattern);
  const calendarWeek = weekWords.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${weekWords.join('|')})(?=[ \\t]*\\d{1,2}(?!\\d))`, 'giu') : undefined;
  const daysAfter = steps.daysAfter.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${steps.daysAfter.map(escapedForPattern).join('|')})(?=[ \\t]?\\+[ \\t]?\\d)`, 'giu') : undefined;
  // Abbreviations without their dot (`Mo 7.12.`, `Mi, 2.12.`, `jeu 3/12`): too short to write over, or common words (`Sam`) but before a day in figures.
  const shortWeekdays = [...new Set(steps.weekdays.flat().filter((name) => /[.,]$/u.test(name)).map((name) => name.slice(0, -1)).filter((name) => name.length <= 3))].map(escapedForPattern);
  // Before a day in words too (`ve 15 janvier 2027`), its month named.
  const monthNames = steps.months.flat().map(escapedForPattern).join('|');
  const dayInWords = monthNames.length > 0 ? `|(?:er|\\.)?[ \\t]+(?:${monthNames})(?![\\p{L}])` : '';
  const shortWeekday = shortWeekdays.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${shortWeekdays.join('|')}),?(?=[ \\t]+\\d{1,2}(?:[./]\\d{1,2}${dayInWords}))`, 'giu') : undefined;
  const weekdayNames = steps.weekdays.flat().map(escapedForPattern).join('|');
  const weekdayNextAfter = steps.weekdayNext.length > 0 ? new RegExp(`^[ \\t]+(?:${steps.weekdayNext.map(escapedForPattern).join('|')})(?![\\p{L}\\p{N}])`, 'iu') : undefined;
  const weekdayNext = steps.weekdayNext.length > 0 ? new RegExp(`${LETTER_FIRST}(?<=(?<![\\p{L}\\p{N}])(?:${weekdayNames})[ \\t]+)(?:${steps.weekdayNext.map(escapedForPattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : undefined;
  // Before the weekday, the word says which one as well (`nächsten Mi`): the pair is read as the English weekday, the short form too.
  const weekdayForms = new Map<string, string>();
  steps.weekdays.forEach((names, index) => {
    for (const name of names) weekdayForms.set(name.replace(/[.,]$/u, '').toLowerCase(), ENGLISH_WEEKDAYS[index]);
  });
  const nextWeekday =
    steps.weekdayNext.length > 0 && weekdayForms.size > 0
      ? {
          pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${steps.weekdayNext.map(escapedForPattern).join('|')})[ \\t]+(?:${[...weekdayForms.keys()].map(escapedForPattern).join('|')})\\.?(?![\\p{L}\\p{N}])`, 'giu'),
          english: weekdayForms,
        }
      : undefined;
  // A weekday in two letters (`Mi`, `ma`) is a word of its own (`sa semaine prochaine`, `la semaine prochaine ma cliente`) but last
  // in its part after next week, or capitalised before it (`Do nächste Woche`); its longer forms anywhere next to the words.
  const nextWeek = steps.relativeDays['next week'].map(escapedForPattern).join('|');
  const longWeekdayForms = [...weekdayForms.keys()].filter((form) => form.length > 2).map(escapedForPattern).join('|');
  const shortWeekdayForms = [...weekdayForms.keys()].filter((form) => form.length <= 2).map(escapedForPattern).join('|');
  const articleBeforeWeekday = steps.dateArticles.length > 0 ? `(?:(?:${steps.dateArticles.map(escapedForPattern).join('|')})[ \\t]+)?` : '';
  const nextWeeksDay =
    nextWeek.length > 0 && longWeekdayForms.length > 0
      ? {
          pattern: new RegExp(
            `(?<![\\p{L}\\p{N}])(?:(?:(?:${longWeekdayForms})\\.?(?:[ \\t]*,)?${shortWeekdayForms.length > 0 ? `|(?:${shortWeekdayForms})\\.?` : ''})[ \\t]+(?:${nextWeek})|(?:${nextWeek})(?:[ \\t]*,)?[ \\t]+${articleBeforeWeekday}(?:(?:${longWeekdayForms})\\.?${shortWeekdayForms.length > 0 ? `|(?:${shortWeekdayForms})\\.?(?=[ \\t]*(?:$|[,;:()\\[\\]—–]|\\d))` : ''}))(?![\\p{L}\\p{N}])`,
            'giu',
          ),
          english: weekdayForms,
        }
      : undefined;
  const keyWords = [...new Set([...steps.ownerKeys, ...steps.deadlineKeys, ...steps.dueKeys, ...steps.statusKeys].map((key) => (key.endsWith(':') ? key.slice(0, -1).trimEnd() : key)))].sort((a, b) => b.length - a.length);
  const boldKey = keyWords.length > 0 ? new RegExp(`(\\*\\*|__)(${keyWords.map(escapedForPattern).join('|')})\\1(?=[ \\t]+[^\\s:])`, 'giu') : undefined;
  const shortWeekdayBefore = shortWeekdays.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${shortWeekdays.join('|')})[ \\t]+$`, 'iu') : undefined;
  if (english.size === 0 && !done && !todo && !stillOpen && !tags && !calendarWeek && !daysAfter) {
    translations.set(pack, null);
    return null;
  }
  // Longest first, so that `fällig am` is one key rather than `fällig` and a stray `am`.
  const longestFirst = [...english.keys()].sort((a, b) => b.length - a.length);
  // A word that says when, before a hyphen and a letter, is the first part of a compound (`Freitags-Status`), not the word;
  // a month or a weekday there still names its day (`Dezember-Shooting`).
  const relative = new Set(Object.values(steps.relativeDays).flat().map((word) => word.toLowerCase()));
  // An owner key is one with its colon (`zuständig:`), written after blanks as French writes it (`responsable :`); an elided word runs into the next.
  const alternatives = longestFirst
    .filter((word) => !ELIDED.test(word))
    .map((word) => `${escapedForPattern(word).replace(/:/gu, '[ \\t\\u00a0\\u202f]*:')}(?![\\p{L}\\p{N}]${relative.has(word) ? '|-\\p{L}' : ''})`);
  const elided = longestFirst.filter((word) => ELIDED.test(word)).map(escapedForPattern);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}'’])(?:${alternatives.join('|')}${elided.length > 0 ? `|(?:${elided.join('|')})(?=\\p{L})` : ''})`,
    'giu',
  );
  const articles = steps.dateArticles.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${steps.dateArticles.map(escapedForPattern).join('|')})(?=[ \\t]+\\d)`, 'giu') : undefined;
  translation = { pattern, english, articles, done, doneLabel, todo, stillOpen, tags, calendarWeek, daysAfter, doneFirst, shortWeekday, shortWeekdayBefore, weekdayNext, weekdayNextAfter, nextWeekday, nextWeeksDay, boldKey };
  translations.set(pack, translation);
  return translation;
}

/**
 * Before a look back over blanks, a letter where the word would start: tried from every
 * blank of a long run, the look back alone is quadratic (every pack's words start with a letter).
 */
const LETTER_FIRST = '(?=\\p{L})';

/** A word elided before the next, as French writes `j'` for `je`. */
const ELIDED = /['’]$/u;

/** A check mark just before a done word (`✔ erl`): the mark says it alone. */
const CHECK_MARK_BEFORE = /[✅✔✓☑]\uFE0F?[ \t]*$/u;

/**
 * Where a done mark's word stands: after a dash, a task tool's middle dot (`· erledigt`), an arrow, a check mark or a day (`30.10.
 * erledigt`; the pack's word for today too, `aujourd'hui fait`), opening a bracket or after
 * one (`(RS, per 24.11.) erledigt`), after who did it in a bracket (`(ich, erledigt 19.11.)`), as a sentence of its own
 * (`… beim Verleih. Hab ich gemacht.`), or after an `ok` (`(ok c'est fait)`).
 */
const DONE_MARK_PLACES = '(?:[—–·→✅✔✓☑(\\[)\\]]|->|(?<![\\p{L}\\p{N}])-)\\uFE0F?[ \\t]*|\\d\\.?[ \\t]+|[.!;][ \\t]+|(?<=[([][^()[\\]\\r\\n,]{1,30}),[ \\t]+|(?<![\\p{L}\\p{N}])ok,?[ \\t]+';


/** Whether a step's state (a Status cell) opens with a word of the pack that says the step happened: `fait`, `erledigt am 24.11.`; `à faire` does not. */
export function opensWithDoneWord(status: string, pack: LanguagePack): boolean {
  return translationOf(pack)?.doneFirst?.test(status) ?? false;
}

/** How far before `at` a weekday in two letters starts (`Mo 7.12.`), which a part with the day after it takes in; 0 for none. */
export function shortWeekdayBefore(text: string, at: number, pack: LanguagePack): number {
  const weekday = translationOf(pack)?.shortWeekdayBefore?.exec(text.slice(Math.max(0, at - 8), at));
  return weekday ? weekday[0].length : 0;
}

/** How far after `at` a word that makes the weekday before it the coming one ends (`mardi pro`); 0 for none. */
export function weekdayNextAfter(text: string, at: number, pack: LanguagePack): number {
  const next = translationOf(pack)?.weekdayNextAfter?.exec(text.slice(at, at + 16));
  return next ? next[0].length : 0;
}

/** The text with the pack's notation words written over by English ones, at the same length. */
export function inEnglishNotation(text: string, pack: LanguagePack): string {
  return englishNotation(text, pack).text;
}

/**
 * `inEnglishNotation`, with where each word was written over: a part the reader finds ends
 * inside the blanks that pad a word (`me ` for `ich`), and is the whole word as written.
 */
export function englishNotation(text: string, pack: LanguagePack): { text: string; words: Array<{ start: number; end: number }> } {
  const translation = translationOf(pack);
  if (!translation) return { text, words: [] };
  const words: Array<{ start: number; end: number }> = [];
  const writeOver = (text: string, pattern: RegExp | undefined, english: (found: string, before: string) => string) =>
    pattern
      ? text.replace(pattern, (found: string, at: number) => {
          const word = english(found, text.slice(Math.max(0, at - 4), at));
          // The found words as written, where the English would not do.
          if (word === found) return found;
          words.push({ start: at, end: at + found.length });
          return word.padEnd(found.length);
        })
      : text;
  // `KW 49`, `Ende KW 49`, `fin S47`: English's `week 49`, `wk 49`, `w49`, the longest that fits; first, so that
  // `Ende` and `fin` before a week are read with it rather than as the end of a month.
  const blank = (found: string) => ' '.repeat(found.length);
  // `**Responsable** : Karim`: a bold key's closing marks after its colon, as `**Responsable :**`, so that the key is read with its colon.
  // `**Qui** moi`: a key in bold with no colon, as Craft sets one; its closing marks become the colon it goes without, as English's do.
  const emphasised = text.includes('**') || text.includes('__');
  const colonInside = emphasised ? text.replace(BOLD_KEY_BEFORE_COLON, '$2$1') : text;
  const keyed = emphasised && translation.boldKey ? colonInside.replace(translation.boldKey, (_whole: string, _marks: string, key: string) => `  ${key}: `) : colonInside;
  // `nächste Woche Mi`, `Freitag kommende Woche`: English's `next week Wed`, `Fri next week`, over the pair, where it fits.
  const nextWeeksDays = writeOver(keyed, translation.nextWeeksDay?.pattern, (found) => {
    const weekday = /^\p{L}+/u.exec(found)![0];
    const first = translation.nextWeeksDay?.english.get(weekday.toLowerCase());
    if (first !== undefined && weekday.length <= 2 && !/^\p{Lu}\p{Ll}$/u.test(weekday)) return found;
    const last = translation.nextWeeksDay?.english.get(/(?<!\p{L})\p{L}+(?=\.?$)/u.exec(found)![0].toLowerCase());
    const english = first !== undefined ? `${first} next week` : `next week ${last}`;
    return english.length <= found.length ? english : found;
  });
  // `nächsten Mi`, `kommenden Freitag`: the English weekday, over the pair.
  const nextWeekdays = writeOver(nextWeeksDays, translation.nextWeekday?.pattern, (found) => translation.nextWeekday?.english.get(/\S+$/u.exec(found)![0].replace(/\.$/u, '').toLowerCase()) ?? found);
  const shortWeekdays = translation.shortWeekday
    ? nextWeekdays.replace(translation.shortWeekday, (found, at: number) => {
        // With its comma (`Mi, 2.12.`), the English weekday over both.
        const form = found.replace(/,$/u, '');
        const english = translation.english.get(`${form.toLowerCase()}.`);
        // In two letters, English's first two, which the reader takes for a weekday before a day in dots only (`Fr 4.12.`); before a
        // slashed day (`ve 20/11`) or a day in words (`ve 15 janvier`), blanks, as the day alone says it.
        const dayAlone = form.length < 3 && /^[ \t]+\d{1,2}(?:\/|(?:er|\.)?[ \t]+\p{L})/u.test(text.slice(at + found.length, at + found.length + 8));
        return english !== undefined && !dayAlone ? english.slice(0, found.length).padEnd(found.length) : blank(found);
      })
    : nextWeekdays;
  const weekdays = translation.weekdayNext ? shortWeekdays.replace(translation.weekdayNext, blank) : shortWeekdays;
  const weeks = writeOver(weekdays, translation.calendarWeek, (found) => ['week', 'wk', 'w'].find((word) => word.length <= found.length) ?? found);
  const counted = writeOver(weeks, translation.daysAfter, () => 'T');
  // `— erledigt`, `(fait)`: read as English's done mark; `À faire :` opening a line as `TODO`. First, as written:
  // a done phrase may hold a word of the pack (`Hab ich gemacht`), and a day word before it says where it stands (`aujourd'hui fait`).
  // A done word too short for `done` (`— OK`, `✔ erl`) is a check mark, or nothing after one.
  const doneWord = (found: string, before: string) => (found.length >= 4 ? 'done' : CHECK_MARK_BEFORE.test(before) ? '' : '✓');
  // `— à faire`, `— noch offen`: English's closing state, `open`, each as long as `open` at least.
  const labelled = writeOver(counted, translation.doneLabel, () => 'done');
  const marked = writeOver(writeOver(writeOver(labelled, translation.done, doneWord), translation.todo, () => 'TODO'), translation.stillOpen, () => 'open');
  // A tag's English name ends where its bracket opens, so the blanks go before it: `@wer(` reads as `@who(`, `@fällig(` as `   @due(`.
  const tagged = translation.tags
    ? marked.replace(translation.tags.pattern, (found: string, at: number) => {
        words.push({ start: at, end: at + found.length });
        return (translation.tags!.english.get(found.slice(1).toLowerCase()) ?? found).padStart(found.length);
      })
    : marked;
  const written = tagged.replace(translation.pattern, (found: string, at: number) => {
    const key = found.endsWith(':') ? `${found.slice(0, -1).trimEnd().toLowerCase()}:` : found.toLowerCase();
    const word = translation.english.get(key);
    // A tag is a side only whole (`#kunde`); in a longer one it names a client (`#Kunde-Physio`).
    if (word === undefined || (tagged[at - 1] === '#' && /^[-/_]/u.test(tagged.slice(at + found.length)))) return found;
    words.push({ start: at, end: at + found.length });
    // The colon stays where it was written: `responsable :` reads as `owner       :`.
    return word.endsWith(':') ? `${word.slice(0, -1).padEnd(found.length - 1)}:` : word.padEnd(found.length);
  });
  // `le 3 déc.`, `am 5.12.`: a word that says a day follows, read as English's `on` amid the step's words (`Ich bringe das Pult
  // am 28.11. mit`), and as a blank where it opens a part set off (`— le 10/12`), which the day alone says;
  // `5. Dezember`: the day's dot, as German writes a day before its month, read as a blank.
  // After a weekday, as Québec writes a day (`jeudi le 3`), the article is a blank: `Thu    3`.
  const articles = translation.articles
    ? written.replace(translation.articles, (article: string, at: number) =>
        (AMID_WORDS.test(written.slice(Math.max(0, at - 4), at)) && !WEEKDAY_BEFORE.test(written.slice(Math.max(0, at - 12), at)) ? 'on' : '').padEnd(article.length),
      )
    : written;
  return { text: articles.replace(DAY_DOT_BEFORE_MONTH, ' '), words };
}

/** A word's last letter or figure, then blanks: what stands before a word amid the step's words. */
const AMID_WORDS = /[\p{L}\p{N}][ \t]+$/u;
/** An English weekday, as a pack's is written over, then blanks: what stands before the article of `jeudi le 3`. */
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(?:${ENGLISH_WEEKDAYS.map((day) => `${day.slice(0, 3)}\\p{L}*`).join('|')})\\.?[ \\t]+$`, 'iu');
/** The closing marks of a bold word right before its colon: `**Responsable** :`. */
const BOLD_KEY_BEFORE_COLON = /(?<=\p{L})(\*\*|__)([ \t]*:{1,2})/gu;
const DAY_DOT_BEFORE_MONTH = new RegExp(`(?<=(?<![\\d.])\\d{1,2})\\.(?=[ \\t]+(?:${ENGLISH_MONTHS.join('|')})(?![\\p{L}]))`, 'gu');
