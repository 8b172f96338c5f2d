import { ENGLISH, LANGUAGE_PACKS, packFor } from '../lang/packs';
import type { LanguagePack } from '../lang/pack';
import { headingName, KNOWN_SECTIONS, languageSectionNames } from './sections';

const SECTION_KEYS = KNOWN_SECTIONS.map((section) => section.key);

/**
 * The language a note is written in, which chooses the pack its sections, steps and tone
 * are read with: its `lang` key (`de`, `fr-CA`), else the configured `language`
 * (`.clientnotesrc` or the `clientNotes.noteLanguage` setting), else the language its
 * section headings are written in, else English.
 */
export function noteLanguage(written: unknown, configured: string | undefined, body: string): LanguagePack {
  return packFor(typeof written === 'string' ? written : undefined) ?? packFor(configured) ?? languageOfHeadings(body) ?? ENGLISH;
}

/**
 * Where a line may mark a section: a heading (`## Fakten`) or a line in bold (`**Nächste
 * Schritte:**`), alone or as a top-level item of an outline, as Logseq writes a page (`- ## Fakten`).
 */
const SECTION_LINE_START = /^(?: {0,3}|[-*+][ \t]+)(?:#{1,6}[ \t]|\*\*)/gmu;
/** A heading underlined (`Fakten` over `------`), as plain-text writers and Sublime Text's Markdown write one; not a list item over a rule. */
const SETEXT_HEADING = /^ {0,3}(?![-*+][ \t]|\d{1,9}[.)][ \t])(\S[^\r\n]*)\r?\n {0,3}(?:=+|-+)[ \t]*$/gmu;
const OUTLINE_ITEM = /^[-*+][ \t]+/u;
const BOLD_LINE = /^\*\*([^*]{1,60}?):?\*\*:?$/u;

/** The title a heading or a bold line gives, else undefined. */
function titleOfLine(line: string): string | undefined {
  const trimmed = line.replace(OUTLINE_ITEM, '').trim();
  if (trimmed.startsWith('**')) return BOLD_LINE.exec(trimmed)?.[1];
  // `## Fakten ##`: the closing hashes are no part of the title.
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end--;
  return trimmed.slice(0, end).replace(/^#+/u, '');
}

/**
 * Names only another language's sections answer to: `fakten`, not `options`, which English
 * shares; and of them, those the pack writes in ASCII. A heading compared without its
 * accents (`Prochaines etapes` is `Prochaines étapes`) says which language it is in only
 * when written with them: written without, `Decision` would be French's `Décisions`.
 */
const ownNamesOf = new WeakMap<LanguagePack, { any: Set<string>; ascii: Set<string> }>();

function ownNames(pack: LanguagePack): { any: Set<string>; ascii: Set<string> } {
  let names = ownNamesOf.get(pack);
  if (!names) {
    const english = new Set(SECTION_KEYS.flatMap((key) => [...languageSectionNames(ENGLISH, key)]));
    const titles = SECTION_KEYS.flatMap((key) => pack.sections[key]).filter((title) => !english.has(headingName(title)));
    names = { any: new Set(titles.map(headingName)), ascii: new Set(titles.filter((title) => ASCII_ONLY.test(title)).map(headingName)) };
    ownNamesOf.set(pack, names);
  }
  return names;
}

const ASCII_ONLY = /^[\x20-\x7e]*$/u;

/** The language whose own section names most of the note's headings are written in, when some are. */
function languageOfHeadings(body: string): LanguagePack | undefined {
  const counts = new Map<LanguagePack, number>();
  const titles: string[] = [];
  for (const match of body.includes('#') || body.includes('**') ? body.matchAll(SECTION_LINE_START) : []) {
    const lineEnd = body.indexOf('\n', match.index);
    const title = titleOfLine(body.slice(match.index, lineEnd === -1 ? body.length : lineEnd));
    if (title !== undefined) titles.push(title);
  }
  for (const match of body.includes('--') || body.includes('==') ? body.matchAll(SETEXT_HEADING) : []) titles.push(match[1].trim());
  for (const title of titles) {
    const name = headingName(title);
    const ascii = ASCII_ONLY.test(title);
    for (const pack of LANGUAGE_PACKS) {
      if (pack !== ENGLISH && (ascii ? ownNames(pack).ascii : ownNames(pack).any).has(name)) counts.set(pack, (counts.get(pack) ?? 0) + 1);
    }
  }
  let best: { pack: LanguagePack; count: number } | undefined;
  for (const [pack, count] of counts) if (count > (best?.count ?? 0)) best = { pack, count };
  return best?.pack;
}
