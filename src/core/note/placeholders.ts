import type { Note } from './parseNote';
import { HTML_COMMENT_OPEN, withoutHtmlComments } from '../base/htmlComments';
import { codeRanges, isQuotation, quotationAround } from './clientProse';
import { AND_WORDS, anyPackPhrase, LANGUAGE_PACKS } from '../lang/packs';
import { knownSectionFor } from './sections';
import { readableConversationDay } from './frontmatter';

/** `{{…}}` on one line: how templates write their variables and prompts, `{{What happened, in dates and numbers}}`. */
export const PLACEHOLDER = /\{\{[^{}\r\n]*\}\}/g;

/** A template prompt found in a text, with its offsets. */
export interface Prompt {
  text: string;
  start: number;
  end: number;
  /** A place held inside the writer's own sentence (`XXX € HT`, `ca. TODO h`): filled in, never removed, as removing it would leave `€ HT`. */
  inSentence?: true;
}

// Other tools' macros and keywords written `{{name …}}` (Logseq's, Handlebars' `else`,
// Go templates' `end`): lower-case, as those tools need them.
const OTHER_TOOLS_WORDS = new Set([
  'query', 'embed', 'renderer', 'video', 'youtube', 'youtube-timestamp', 'tweet', 'twitter', 'pdf', 'cloze',
  'namespace', 'function', 'vimeo', 'bilibili', 'zotero-imported-file', 'zotero-linked-file', 'else', 'end',
]);
// Code, not words: page links and block references, filters and assignments, quoted
// arguments, variables, escapes, URLs, dotted or snake_case names (`page.title`, `first_name`).
const CODE = /\[\[|\]\]|\(\(|\)\)|[|="`$\\]|:\/\/|\p{L}[._]\p{L}/u;

/**
 * Whether a `{{…}}` is a template's prompt, words for a person to replace, and not the
 * syntax of another tool kept in the note on purpose. A prompt starts with a letter or a
 * digit (Handlebars `{{#each}}`, `{{/if}}`, `{{> partial}}`, Hugo `{{< … >}}`, `{{% … %}}`
 * and Go's `{{ .Title }}` start with a sign), holds no code (`{{embed [[Page]]}}`,
 * `{{ page.title }}`, `{{ name | upcase }}`), is not a Logseq macro (`{{query …}}`,
 * `{{renderer …}}`) and is not a single word padded with spaces, another template
 * language's variable (`{{ title }}`); `{{contact}}` and `{{YYYY-MM-DD}}` are ours.
 */
export function isTemplatePrompt(placeholder: string): boolean {
  const inner = placeholder.slice(2, -2);
  const words = inner.trim();
  if (!/^[\p{L}\p{N}]/u.test(words) || CODE.test(words)) return false;
  const first = /^[\p{L}\p{N}-]+/u.exec(words)?.[0] ?? '';
  if (OTHER_TOOLS_WORDS.has(first) && (words.length === first.length || /\s/.test(words[first.length]))) return false;
  return inner === words || /\s/.test(words);
}

/**
 * The template prompts of a text; `{{{triple}}}` braces are another tool's, never a prompt. A Templater command the template
 * left unexpanded (`<% tp.file.cursor() %>`, `<% tp.date.now() %>`, as a note made by Obsidian's Templater without running it
 * holds one) is the template's too.
 */
export function templatePrompts(text: string): Prompt[] {
  const prompts: Prompt[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (text[start - 1] === '{' || text[end] === '}' || !isTemplatePrompt(match[0])) continue;
    prompts.push({ text: match[0], start, end });
  }
  for (const match of text.includes('<%') ? text.matchAll(TEMPLATER_COMMAND) : []) prompts.push(promptOfMatch(match));
  return prompts.sort((a, b) => a.start - b.start);
}

/** Templater's command on one line: `<% … %>`, `<%* … %>` (JavaScript), `<%_ … _%>` and `<%- … -%>` (whitespace control). */
const TEMPLATER_COMMAND = /<%[*_-]?[ \t][^%\r\n]*%>/g;

/**
 * Prompts as other tools' templates and word processors write them, in place of `{{…}}`:
 * an instruction in capitals in square brackets anywhere (`$[INSERT AMOUNT]`, `[ENTER
 * DATE]`), what to write alone in a table's cell (`| [à compléter] |`) or in brackets after the writer's words (`Forfait : [à
 * compléter]`), Xs or a word in brackets in place of a figure (`XXX € HT`, `CHF [Betrag]`) or a TODO inside a
 * sentence (`Aufwand ca. TODO h`), and a line that is nothing but a question to the writer in brackets or
 * emphasis (`[What can you offer? What is off the table?]`, `_What is off the table?_`,
 * `_What can't you do? Write your limits plainly._`), or what to write, in brackets (`[Add boundaries here]`).
 * A question line is a prompt only where nothing but scaffolding is around it (with
 * `questionLines` false, left to the caller): a question of the writer's own among their notes is content.
 */
function writtenPrompts(written: string, questionLines: boolean): Prompt[] {
  const prompts: Prompt[] = [];
  // Pandoc escapes the brackets of a document it converts (`CHF \[à compléter\]`): read as brackets, every offset kept.
  const text = written.includes('\\[') ? written.replace(ESCAPED_BRACKET, (escaped) => (escaped === '\\[' ? ' [' : '] ')) : written;
  // Each kind is looked for only where what it cannot be written without is in the text at all: most text the
  // readers ask about (a step's words, an owner, a section) holds none of it, and a search costs the whole text.
  const brackets = text.includes('[');
  for (const pattern of brackets ? (text.includes('|') ? [CAPITALS_INSTRUCTION, CELL_PROMPT] : [CAPITALS_INSTRUCTION]) : []) {
    for (const match of text.matchAll(pattern)) prompts.push(promptOfMatch(match));
  }
  const inSentence = [
    ...(text.includes('XX') || text.includes('xx') ? [FIGURE_FILLER] : []),
    ...(text.includes('MM') ? [DATE_FORMAT] : []),
    ...(/Cli|Kli/u.test(text) ? [WORD_CONTROL] : []),
    ...(brackets ? [BRACKETED_FIGURE, BRACKETED_BLANK] : []),
    ...(text.includes('TODO') ? [TODO_IN_SENTENCE] : []),
  ];
  for (const pattern of inSentence) {
    for (const match of text.matchAll(pattern)) prompts.push({ ...promptOfMatch(match), inSentence: true });
  }
  // `Forfait support : [à compléter]`: what to write in brackets after the writer's own words (alone on its line, it is a question line's).
  for (const match of brackets ? text.matchAll(BRACKETED_FILL_IN) : []) {
    // What stands before it on its line, read back a few characters only: a long line read back from each bracket is quadratic.
    const before = text.slice(Math.max(0, match.index - 40), match.index);
    const newline = before.lastIndexOf('\n');
    const opening = newline >= 0 ? before.slice(newline + 1) : match.index <= 40 ? before : undefined;
    if (opening !== undefined && LINE_OPENING.test(opening)) continue;
    // A board's label after a card's title in bold, or beside another (`**Freigabe per Mail** [Kunde]`, `[Angebot] [Kunde]`), as
    // Trello and Deck paste a card, names no slot to fill.
    if (/(?:\*\*|__|\])[ \t]*$/u.test(before) || /^[ \t]*\[/u.test(text.slice(match.index + match[0].length))) continue;
    // In quotation marks within a sentence it is quoted, what someone else left: `la page est en ligne, y compris "[mot-clé à caser
    // ici]"`; quotes that open a YAML value (`budget: "[Betrag offen]"`) are the value's.
    // So it is at the end of a quotation within a sentence: `"please submit by [date]" in bold, every time`.
    const quotation = isQuotation(text, match.index - 1, match.index + match[0].length + 1) ? { start: match.index - 1 } : quotationAround(text, match.index, match.index + match[0].length);
    if (quotation && WORD_BEFORE_QUOTE.test(text.slice(Math.max(0, quotation.start - 24), quotation.start))) continue;
    prompts.push({ ...promptOfMatch(match), inSentence: true });
  }
  // `Outcome I want: [outcome you want]`, `What outcome would they call good? <client's ideal outcome>`: a bracket after a label or a
  // question that names what it asks for again is what to write there.
  for (const match of (brackets || text.includes('<')) && (text.includes(':') || text.includes('?')) ? text.matchAll(LABEL_ECHO) : []) {
    const asked = new Set(longWordsOf(match[1]));
    if (longWordsOf(match[2].slice(1, -1)).some((word) => asked.has(word))) {
      const start = match.index + match[0].lastIndexOf(match[2]);
      prompts.push({ text: match[2], start, end: start + match[2].length });
    }
  }
  if (questionLines && QUESTION_LINE_MARK.test(text)) {
    for (const match of text.matchAll(QUESTION_LINE)) {
      const start = match.index + match[0].indexOf(match[1]);
      prompts.push({ text: match[1], start, end: start + match[1].length });
    }
  }
  return text === written ? prompts : prompts.map((prompt) => withItsEscapes(prompt, written));
}

/** A word (a comma after it too), then blanks, before a quotation mark: a sentence goes on into the quote. */
const WORD_BEFORE_QUOTE = /[\p{L}\p{N}],?[ \t]+$/u;

/** A prompt found in brackets read without their escapes, with the escapes it is written with: what filling it in replaces. */
function withItsEscapes(prompt: Prompt, written: string): Prompt {
  const start = written[prompt.start - 1] === '\\' && written[prompt.start] === '[' ? prompt.start - 1 : prompt.start;
  const end = written[prompt.end - 1] === '\\' && written[prompt.end] === ']' ? prompt.end + 1 : prompt.end;
  return { ...prompt, text: written.slice(start, end), start, end };
}

/** A bracket escaped with a backslash, as Pandoc writes one. */
const ESCAPED_BRACKET = /\\[[\]]/gu;
const CAPITALS_INSTRUCTION = /\[(?:INSERT|ENTER|ADD|FILL IN|TYPE)\b[^\][\r\n]*\](?![([])/gu;
/**
 * `TODO` in capitals after a word of the sentence it holds a place in (`Aufwand ca. TODO h`) or a label's colon (`headspace
 * contribution: TODO`); not a task's keyword opening its
 * line (`- TODO Einreichplan`, Logseq's and org-mode's), nor one with org-mode's priority or an owner's name after it, as its agenda
 * view lists a task (`Deadline:   TODO [#A] Me: re-mix ep 4`, `Deadline:   TODO Priya: add the line`), a state after its key (`Status: TODO`), or a word of a Logseq query
 * (`{{query (task TODO)}}`).
 */
// Looked back from a TODO only: tried from every blank of a long run, the look back is quadratic. The TODO first, so that
// the search skips to each one rather than trying the look back at every character.
const TODO_IN_SENTENCE = /TODO(?<=[\p{L}\p{N}.,:→>–—][ \t]+TODO)(?<![Ss]tatus:?[ \t]+TODO|STATUS:?[ \t]+TODO|\{\{[^{}\r\n]{0,200}TODO)(?![\p{L}\p{N}]|[ \t]+(?:\[#[A-Z0-9]\]|\p{Lu}[\p{L}'’-]{0,30}:[ \t]))/gu;
/**
 * Xs standing for a figure to fill in, as writers hold a place for an amount, a length of time or work, or a day: `XXX € HT`, `€XX`,
 * `XX %`, `ca. XX h`, `XX Seiten`, `xx/xx/2026`,
 * `le XX.XX.`, a day left out before its month (`Bis: XX.12.`); three capitals alone too (`Tarif : XXX`). Two Xs alone, or a lowercase `xx`, say nothing of a figure (`XX century`, `Thanks xx`).
 */
const FIGURE_FILLER =
  /(?<![\p{L}\p{N}])(?:(?:X{2,}|x{2,})(?:[.,](?:X{2,}|x{2,}|\d+))?(?=[ \t\u00a0]?(?:€|\$|£|%|k€|(?:EUR|CHF|USD|GBP|MAD|HT|TTC|h|hrs?|hours?|Std|Stunden|min|Min|Minuten|days?|Tagen?|jours?|j|weeks?|Wochen|semaines?|pages?|Seiten|words|mots|Wörter)(?![\p{L}\p{N}])))|(?<=[€$£][ \t\u00a0]?)(?:X{2,}|x{2,})|(?:XX|xx)[./](?:XX|xx|\d{1,2}(?![\d]))(?:[./](?:XX(?:XX)?|xx(?:xx)?|\d{2,4}))?\.?|X{3,})(?![\p{L}\p{N}])/gu;
/**
 * The text Word's content controls hold until they are filled in, as a note pasted from a Word template keeps it, in English,
 * German and French: `Click or tap here to enter text.`, `Klicken oder tippen Sie hier, um Text einzugeben.`, `Cliquez ou appuyez ici
 * pour entrer du texte.`, and the same for a date.
 */
const WORD_CONTROL =
  /Click (?:or tap )?here to enter (?:text|a date)\.|Klicken (?:oder tippen )?Sie hier, um (?:Text|ein Datum) einzugeben\.|Cliquez (?:ou appuyez )?ici pour (?:entrer|taper) (?:du texte|une date)\./gu;
/**
 * A date's format written where the date goes, in the letters of English, German or French: `YYYY-MM-DD`, `DD/MM/YYYY`,
 * `TT.MM.JJJJ`, `JJ/MM/AAAA`, `TT.MM.`; in capitals, with its year or German's closing dot, and not inside a template's `{{ }}`.
 */
const DATE_FORMAT =
  /(?<![\p{L}\p{N}{])(?:(?:YYYY|JJJJ|AAAA)[-/.]MM[-/.](?:DD|TT|JJ)|(?:DD|TT|JJ)[-/.]MM(?:[-/.](?:YYYY|JJJJ|AAAA|YY|JJ|AA)|\.)|MM[-/.]DD[-/.](?:YYYY|YY))(?![\p{L}\p{N}}])/gu;
/**
 * A blank to fill in, in brackets, as lawyers draft (`Frist: [●].12.2026`, `[•]`) and forms leave one (`[____]`, `[XX]`); not
 * `[…]`, which marks words left out of a quotation.
 */
const BRACKETED_BLANK = /\[(?:[●•]|_{2,}|[Xx]{2,})\]/gu;
/** A label, its colon, then words in brackets and nothing else: `- Outcome I want: [outcome you want]`. */
const LABEL_ECHO = /^[ \t]*(?:[-*+][ \t]+)?(\p{L}[^:?[\]<>\r\n]{0,60})[:?][ \t]*(\[[^[\]\r\n]{1,60}\]|<\p{L}[^<>:@/\r\n]{0,60}>)[ \t]*$/gmu;
/** The words of four letters or more, in lower case and without a plural's `s`: what a label and the bracket after it are compared by. */
function longWordsOf(text: string): string[] {
  return (text.toLowerCase().match(LONG_WORD) ?? []).map((word) => word.replace(/s$/u, ''));
}
const LONG_WORD = /\p{L}{4,}/gu;
/**
 * A word in brackets beside a currency, in a figure's place: `CHF [Betrag]`, `[amount] €`; not a link's text (`[Preise](…)`),
 * nor a field with its key (`6 000 € [qui:: moi]`, Dataview's inline field).
 */
// The bracket first, the currency before it looked back at from there: the search skips to each bracket.
const BRACKETED_FIGURE = /\[(?:(?<=(?:€|\$|£|CHF|EUR|USD|GBP)[ \t\u00a0]?\[)[^[\]:\r\n]{1,30}\](?![([])|[^[\]:\r\n]{1,30}\](?=[ \t\u00a0]?(?:€|\$|£|(?:CHF|EUR|USD|GBP)(?![\p{L}\p{N}]))))/gu;
// A whole line (after a list marker) in brackets, underscores, asterisks or angle brackets (not a comment's) that asks a question,
// alone or before what to write (`_What can you do, and what can't you do? Write your limits plainly._`), or a
// question's words without its mark in brackets (`[What you can and cannot do]`), or what to write (`[Add boundaries here]`,
// `[ergänzen]`, `[À compléter]`: the language packs' `fillInWords`), or in emphasis as a label before what to write
// (`_À compléter : ce que tu peux faire…_`, `*To be completed*`, in brackets too: `_(à compléter)_`), or in angle brackets (`<Was ich anbieten kann – und was nicht>`), or a
// question after a TODO (`TODO – what outcome would the client call good?`).
const FILL_IN_WORDS = anyPackPhrase((pack) => pack.fillInWords);
/** What a template leaves a place for (the packs' `slotNames`), alone in brackets: `[Datum]`. */
const SLOT_NAMES = anyPackPhrase((pack) => pack.slotNames);
/** What closes a bracket as what to write there (the packs' `fillInAfter`): `[Betrag ergänzen]`, `[montant à préciser]`. */
const FILL_IN_AFTER = anyPackPhrase((pack) => pack.fillInAfter);
/**
 * What to write, inside square brackets: `À compléter`, `Add boundaries here`; the name of what goes there, `Datum`; or that
 * name and then what to do, `Betrag einsetzen`, `montant à préciser` (not a field of Dataview's: `[owner:: TBD]`, `[wer:: ich]`,
 * nor a list of several, as YAML writes one: `labels: [grün – Laden, gelb – Angebot offen]`).
 */
const FILL_IN_IN_BRACKETS = `(?:(?:${FILL_IN_WORDS})(?!::)(?:[ \\t.:…][^[\\]\\r\\n]*)?|(?:${SLOT_NAMES})(?=\\])|[^[\\]\\r\\n:,]{1,40}?[ \\t](?:${FILL_IN_AFTER})(?=\\]))`;
/** A question, or what to write, in brackets: `[What can you offer?]`, `[À compléter]`. */
const BRACKETED_PROMPT = `\\[[^[\\]?\\r\\n]*\\?[^[\\]\\r\\n]*\\]|\\[${FILL_IN_IN_BRACKETS}\\]`;
/**
 * A question, or what to write, in angle brackets, as templates hold a place (`<What outcome do you want?>`, `<Was ich anbieten kann –
 * und was nicht>`); not a comment, a closing tag or a link (`<https://example.com/?q=1>`).
 */
const ANGLE_PROMPT = `<(?![!/]|[a-z][a-z\\d+.-]*:)[^<>?\\r\\n]*\\?[^<>\\r\\n]*>|<(?:${FILL_IN_WORDS})(?:[ \\t.:…][^<>\\r\\n]*)?>`;
/** A bullet or a number opening a list item, and the blanks after it: a prompt line may be an item of either kind of list (`- [À compléter]`, `3. [à compléter]`). */
const LIST_MARKER = '(?:(?:[-*+]|\\d{1,9}[.)])[ \\t]+)?';
const QUESTION_LINE = new RegExp(
  `^[ \\t]*${LIST_MARKER}(${BRACKETED_PROMPT}|_\\(?(?:${FILL_IN_WORDS})(?:[ \\t\\u00a0]*[:…][^_\\r\\n]*|\\.?)\\)?_|\\*{1,2}\\(?(?:${FILL_IN_WORDS})(?:[ \\t\\u00a0]*[:…][^*\\r\\n]*|\\.?)\\)?\\*{1,2}|_(?:[^_?()\\r\\n]|\\([^()\\r\\n]*\\))*\\?[^_\\r\\n]*_|\\*{1,2}(?:[^*?()\\r\\n]|\\([^()\\r\\n]*\\))*\\?[^*\\r\\n]*\\*{1,2}|${ANGLE_PROMPT}|TODO[ \\t]*[:–—-][^?\\r\\n]*\\?)[ \\t]*$`,
  'gmiu',
);

/** What a question line cannot be written without. */
const QUESTION_LINE_MARK = /[[_*<]|TODO/u;

/** What to write in brackets (`[à compléter]`), not a page link's, a link's text or a label before a colon. */
const BRACKETED_FILL_IN = new RegExp(`(?<!\\[)\\[${FILL_IN_IN_BRACKETS}\\](?![[(:\\]])`, 'giu');
/** What a line may open with before its words: blanks, a list marker, a task box. */
const LINE_OPENING = new RegExp(`^[ \\t]*${LIST_MARKER}(?:\\[[ xX]\\][ \\t]+)?$`, 'u');

/**
 * Three words or more in angle brackets and nothing else (`<options you can offer>`): what to write, where an HTML tag has
 * attributes with values, or one word or two (`<details open>`), or names an element that takes several words alone
 * (`<video controls autoplay muted>`).
 */
const ANGLE_WORDS = `<(?!(?:video|audio|input|select|option|optgroup|textarea|button|iframe|img|script|track|details|dialog|form|fieldset|ol|template)(?![\\p{L}\\p{N}]))\\p{L}+(?:[ \\t]+\\p{L}[\\p{L}'’-]*){2,}>`;
/**
 * A question or what to write in square or angle brackets, a line of its own, in italics or not (`_[Was ist ihr wichtig?]_`): a
 * template's prompt, though the writer wrote on under it.
 */
const BRACKETED_PROMPT_LINE = new RegExp(`^[ \\t]*${LIST_MARKER}(?<emphasis>_|\\*{1,2})?(?<prompt>${BRACKETED_PROMPT}|${ANGLE_PROMPT}|${ANGLE_WORDS})\\k<emphasis>[ \\t]*$`, 'gmiu');
/** A word or two in angle brackets alone on a line, the first capitalised as no HTML tag is written: `3. <Option>`, `- <Betrag netto>`. */
const ANGLE_TITLE_LINE = new RegExp(`^[ \\t]*${LIST_MARKER}(?<prompt><(?=\\p{Lu}\\p{Ll})\\p{L}+(?:[ \\t]+\\p{L}+)?>)[ \\t]*$`, 'gmu');

/**
 * A frontmatter value that is words in angle brackets and nothing else (`topic: "<topic>"`, `- <Name>`), as templates in other
 * tools hold a place: no HTML in a value, and no address (`<jane@acme.example>`, `<https://…>`) either.
 */
const ANGLE_VALUE_WORDS = '<\\p{L}[^<>@:\\r\\n]{0,40}>';
const ANGLE_VALUE = new RegExp(`^[ \\t]*(?:-[ \\t]+)?(?:[\\p{L}\\p{N}_-]+[ \\t]*:[ \\t]*)?(?<quote>["']?)(?<prompt>${ANGLE_VALUE_WORDS})\\k<quote>[ \\t]*$`, 'gmu');
/** A line (or list item) that is words in brackets and nothing else: `[Optionen, die ich anbieten kann]`. */
const BRACKET_LINE = new RegExp(`^[ \\t]*${LIST_MARKER}(\\[[^[\\]\\r\\n]+\\])[ \\t]*$`, 'gmu');
/**
 * Two words or more in brackets, words alone (a number among them, `[option 3]`), and nothing else on the line: `- [weitere Option]`,
 * `3. [Option you can offer]`, an abbreviation among them (`[Weitere Option, z. B. Teilmontage]`), what a template asks for, left under what the writer wrote. Writers set their own remarks in brackets
 * within a line, not as a line of words; a colon, a dash or a time (`[Commentaire de Camille : vérifier …]`, `[inaudible 00:14]`) makes the bracket theirs.
 */
const WORDS_BRACKET_LINE = new RegExp(`^[ \\t]*${LIST_MARKER}(\\[\\p{L}[\\p{L}'’-]*(?:,?[ \\t]+(?:\\p{L}[\\p{L}'’-]*|\\p{L}{1,4}\\.(?=[ \\t]\\p{L})|\\d{1,2}(?![\\d:.]))){1,11}\\])[ \\t]*$`, 'gmu');
/** A label, a colon, then a list: `[Ce qui s'est passé : dates, montants, documents]`. */
const LABEL_AND_LIST = /^\[\p{L}[^:\]]*:[^,\]]+,[^\]]+\]$/u;
/** What a bracket opens with, up to a comma, a colon, a dash or a bracket: `[Ce qui s'est passé, sans jugement]`. */
const BRACKET_HEAD = /^\[([^,:;–—()[\]]{3,60})/u;

/** Whether a bracket opens with a name of the known section it stands in, in the note's language: `[What happened, no judgement]` under Facts. */
function namesSection(bracket: string, key: string | undefined, note: Note): boolean {
  const head = BRACKET_HEAD.exec(bracket)?.[1];
  return head !== undefined && key !== undefined && knownSectionFor(head, [], note.language)?.key === key;
}

/** A word of five letters or more: what a section's name and a prompt for it are compared by, on their first five (`Option`, `Optionen`). */
const STEM_WORD = /\p{L}{5,}/gu;

/** The first five letters of each word of five letters or more, in lower case. */
function stemsOf(text: string): Set<string> {
  return new Set([...text.toLowerCase().matchAll(STEM_WORD)].map((word) => word[0].slice(0, 5)));
}

/**
 * Whether a bracket's words say what goes in a section: one shares its first five letters with a word of the section's title
 * (`[Option you can offer]` under `## Options discussed`), or the bracket opens with a known section's name and a comma (`[Optionen,
 * die ich anbieten kann]` under `## Vorbereitung`).
 */
function namesWhatGoesThere(bracket: string, title: string, note: Note): boolean {
  const titleStems = stemsOf(title);
  const head = BRACKET_HEAD.exec(bracket)?.[1];
  // The section's name whole before a comma, not words a heading might hold after one (`[Décision prise pendant la réunion]`).
  const named = head !== undefined && head.trim().split(/\s+/u).length <= 2 && knownSectionFor(head, [], note.language) !== undefined;
  return named || [...stemsOf(bracket)].some((stem) => titleStems.has(stem)) || isPartOfSectionPrompt(bracket);
}

/**
 * Whether a bracket's words are a part of a section's prompt in a pack, as a writer copies one into brackets from the template
 * or the guidance: `[The outcome you want]`, `[what you heard back]`; its article may go (`[outcome you want]`).
 */
function isPartOfSectionPrompt(bracket: string): boolean {
  const words = promptPartKey(bracket.replace(/^\[|\]$/gu, ''));
  return PROMPT_PARTS.some((part) => part === words || (part.endsWith(` ${words}`) && part.split(' ').length === words.split(' ').length + 1));
}

/** Every pack's section prompts cut at their commas and joining words, of two words at least: `the outcome you want`. */
const PROMPT_PARTS: readonly string[] = [
  ...new Set(
    LANGUAGE_PACKS.flatMap((pack) => Object.values(pack.sectionPrompts))
      .flatMap((prompt) => [...prompt.matchAll(/\{\{([^{}]*)\}\}/gu)].flatMap((field) => field[1].split(',')))
      .map(promptPartKey)
      .map((part) => (AND_WORDS.has(part.split(' ')[0]) ? part.split(' ').slice(1).join(' ') : part))
      .filter((part) => part.split(' ').length >= 2),
  ),
];

/** Words compared as a prompt's: lower case, one blank between them, straight apostrophes. */
function promptPartKey(text: string): string {
  return text.toLowerCase().replace(/[’]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** The first word of a heading or a bracket of four letters at least, as a section is named, past an article: `Optionen`, `[the outcome you want]`. */
const FIRST_WORD = /^[^\p{L}]*(?:\p{L}{1,3}[^\p{L}]+)*(\p{L}{4,})/u;

/** What to write, or a question, in brackets and alone in a table's cell: `| C | [à compléter] | |`. */
// Looked back from a bracket only: tried from every blank of a long run, the look back is quadratic; the bracket first, so that the
// search skips to each one.
const CELL_PROMPT = new RegExp(`\\[(?<=\\|[ \\t]*\\[)(?:(?:${FILL_IN_WORDS})(?:[ \\t.:…][^[\\]|\\r\\n]*)?|[^[\\]|?\\r\\n]*\\?[^[\\]|\\r\\n]*)\\](?=[ \\t]*\\|)`, 'giu');

/** Every prompt of a stretch of Markdown, `{{…}}` and written ones, in order. */
function allPrompts(markdown: string, questionLines: boolean): Prompt[] {
  return inOrderWithoutOverlaps([...templatePrompts(markdown), ...writtenPrompts(markdown, questionLines)]);
}

/** Prompts in the order of the text, each once: `[{{What?}}]` is one prompt, not two. */
function inOrderWithoutOverlaps(prompts: Prompt[]): Prompt[] {
  const result: Prompt[] = [];
  for (const prompt of prompts.sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (result.length === 0 || prompt.start >= result[result.length - 1].end) result.push(prompt);
  }
  return result;
}

/**
 * The template prompts of a note left for its writer to fill: `{{first_name}}` quoted in
 * code is a mail-merge field or a template being discussed, content and not a gap. A
 * question line in emphasis is one only in a section that holds nothing else; in brackets,
 * the template's way, it is one anywhere.
 */
export function unfilledPrompts(note: Note): Prompt[] {
  const code = codeRanges(note);
  const bodyStart = note.frontmatter?.end ?? 0;
  const prompts = [...templatePrompts(note.text), ...writtenPrompts(note.text, false)];
  const frontmatter = note.text.slice(0, bodyStart);
  for (const value of frontmatter.includes('<') ? frontmatter.matchAll(ANGLE_VALUE) : []) prompts.push(promptOfLine(value, 0));
  for (const section of note.sections) {
    const content = note.text.slice(section.contentStart, section.contentEnd);
    if (section.contentStart < bodyStart) continue;
    // `- TODO : remettre au propre les 3 options`: a part of the record left to write, where a section holds what was said and set
    // (Facts, the client's perspective, Boundaries, Options); under the next steps, or in the Preparation, a TODO is a task.
    if (section.known && RECORD_SECTIONS.has(section.known.key)) {
      for (const line of content.matchAll(TODO_LINE)) prompts.push({ text: line[1], start: section.contentStart + line.index + line[0].indexOf(line[1]), end: section.contentStart + line.index + line[0].length, inSentence: true });
      // `- TODO` in capitals alone on its line, under what the writer wrote (`- B: automated scan` then `- TODO`): one more left to write.
      for (const line of content.matchAll(BARE_TODO_LINE)) prompts.push(promptOfLine(line, section.contentStart));
      // `- À compléter`, `TODO` bare on their lines, all the section holds: what to write, not written.
      for (const line of linesAloneInSection(content, BARE_FILL_IN_LINE)) prompts.push(promptOfLine(line, section.contentStart));
    }
    // `[Qu'est-ce que la cliente considérerait comme une bonne issue ?]` left above what the writer wrote: still the template's.
    for (const line of content.matchAll(BRACKETED_PROMPT_LINE)) prompts.push(promptOfLine(line, section.contentStart));
    for (const line of content.includes('<') ? content.matchAll(ANGLE_TITLE_LINE) : []) prompts.push(promptOfLine(line, section.contentStart));
    // `- [weitere Option]` under what the writer wrote in `## Optionen besprochen`: a bracket of words alone on its line that names
    // what the section holds; a remark (`[Décision prise pendant la réunion]`) does not. A reference link's text alone on its line
    // is the writer's, where the note defines it (`[Options you can offer]: https://…`).
    for (const line of content.includes('[') ? content.matchAll(WORDS_BRACKET_LINE) : []) {
      if (namesWhatGoesThere(line[1], section.title, note) && !note.text.includes(`${line[1]}:`)) prompts.push(promptOfLine(line, section.contentStart));
    }
    // `[Optionen, die ich anbieten kann]` alone under `## Optionen`: a bracket that names its section again says what to write in it;
    // so does a label and the list of what to write, all a section of the record holds (`[Ce qui s'est passé : dates, montants,
    // documents]` under `## Faits`), where a remark in brackets (`[Decision taken in the meeting]`) is the writer's.
    const title = FIRST_WORD.exec(section.title)?.[1].toLowerCase();
    const record = section.known !== undefined && RECORD_SECTIONS.has(section.known.key);
    for (const line of title || record ? linesAloneInSection(content, BRACKET_LINE) : []) {
      if (FIRST_WORD.exec(line[1].slice(1))?.[1].toLowerCase() === title || (record && (LABEL_AND_LIST.test(line[1]) || namesSection(line[1], section.known?.key, note)))) {
        prompts.push(promptOfLine(line, section.contentStart));
      }
    }
    if (!hasOnlyScaffolding(content)) continue;
    for (const question of writtenPrompts(content, true)) prompts.push({ ...question, start: section.contentStart + question.start, end: section.contentStart + question.end });
  }
  return inOrderWithoutOverlaps(prompts.filter((prompt) => !code.some((range) => prompt.start >= range.start && prompt.start < range.end)));
}

/** The lines of a section's content that `pattern` matches, where they are all it holds besides scaffolding; none else. */
function linesAloneInSection(content: string, pattern: RegExp): RegExpExecArray[] {
  const lines = [...content.matchAll(pattern)];
  return lines.length > 0 && hasOnlyScaffolding(content.replace(pattern, '')) ? lines : [];
}

/** The prompt a pattern matched, whole. */
function promptOfMatch(match: RegExpExecArray): Prompt {
  return { text: match[0], start: match.index, end: match.index + match[0].length };
}

/** The prompt a matched line holds (its group named `prompt`, else its first), at its offsets in the note (`at`: where the matched text starts). */
function promptOfLine(line: RegExpExecArray, at: number): Prompt {
  const text = line.groups?.prompt ?? line[1];
  const start = at + line.index + line[0].indexOf(text);
  return { text, start, end: start + text.length };
}

const RECORD_SECTIONS: ReadonlySet<string> = new Set(['facts', 'clientPerspective', 'boundaries', 'options']);
/** A line (or list item) that opens with TODO and a separator, then what is left to write. */
const TODO_LINE = new RegExp(`^[ \\t]*${LIST_MARKER}(TODO[ \\t]*[:–—-])[^\\r\\n]*\\S`, 'gmu');
/** A line (or list item) that is a TODO in capitals and nothing else: `- TODO`, `TODO …`. */
const BARE_TODO_LINE = new RegExp(`^[ \\t]*${LIST_MARKER}(TODO(?:[ \\t]*(?:\\.{1,3}|…|:))?)[ \\t]*$`, 'gmu');
/** A line (or list item) that is nothing but what to write (the packs' `fillInWords`) or a TODO, in brackets or not: `- À compléter`, `ergänzen …`, `(à compléter)`. */
const BARE_FILL_IN_LINE = new RegExp(`^[ \\t]*${LIST_MARKER}((?:${FILL_IN_WORDS}|TODO)(?:[ \\t]*(?:\\.{1,3}|…|:))?|\\((?:${FILL_IN_WORDS}|TODO)(?:[ \\t]*(?:\\.{1,3}|…))?\\))[ \\t]*$`, 'gmiu');

/** Whether a text is one `{{…}}` and nothing else: a template's prompt, or another tool's macro kept on purpose (Logseq's `{{query (task TODO)}}`). */
export function isBracedAlone(text: string): boolean {
  return BRACED_ALONE.test(text.trim());
}

const BRACED_ALONE = /^\{\{[^{}\r\n]*\}\}$/u;

export function hasPlaceholder(text: string): boolean {
  return allPrompts(text, true).length > 0 || ANGLE_ALONE.test(text.trim());
}

/** A value that is words in angle brackets and nothing else (`<Name, E-Mail>`), as ANGLE_VALUE finds one in the frontmatter. */
const ANGLE_ALONE = new RegExp(`^(?<quote>["']?)${ANGLE_VALUE_WORDS}\\k<quote>$`, 'u');

/**
 * Until the day after the conversation (by the note's `date`), its template prompts are
 * expected: a note made from a template before a call is all prompts, rightly. A note
 * without a real date is taken as not held yet. The date is read from a broken frontmatter's
 * well-formed lines too: an unquoted `: ` in the topic does not make a month-old note new.
 */
export function promptsExpected(note: Note, today: string): boolean {
  const day = readableConversationDay(note.frontmatter);
  return !(day !== undefined && day < today);
}

const HEADING_LINE = /^[ \t]{0,3}#{1,6}(?:[ \t].*)?$/gm;
/** A line with a letter or a digit and none of what a prompt is written with (`{{`, brackets, emphasis, `<%`, Xs, TODO), not a heading. */
const PLAIN_WORDS_LINE = /^(?![ \t]{0,3}#)(?![^\r\n]*(?:XX|xx|TODO))[^\r\n{[<_*%]*[\p{L}\p{N}][^\r\n{[<_*%]*$/mu;
const BARE_LIST_MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]*$/gm;

/** True when a stretch of Markdown holds nothing but template prompts, comments, headings and bare markers. */
export function hasOnlyScaffolding(written: string): boolean {
  // A line of what to write alone (`- TODO`, `À compléter`) holds a place as a prompt does.
  const markdown = written.replace(BARE_FILL_IN_LINE, '');
  // Most text holds a line of the writer's own words that no prompt can be on (every prompt is on one line, and none is written
  // without one of these): then there is no need to look for every prompt.
  if (!markdown.includes(HTML_COMMENT_OPEN) && PLAIN_WORDS_LINE.test(markdown)) return false;
  let withoutPrompts = '';
  let last = 0;
  for (const prompt of allPrompts(markdown, true)) {
    withoutPrompts += markdown.slice(last, prompt.start);
    last = prompt.end;
  }
  const remaining = withoutHtmlComments(withoutPrompts + markdown.slice(last)).replace(HEADING_LINE, '').replace(BARE_LIST_MARKER, '');
  return !/[\p{L}\p{N}]/u.test(remaining);
}
