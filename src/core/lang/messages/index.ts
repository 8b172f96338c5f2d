import { de } from './de';
import { en, type MessageKey } from './en';
import { fr } from './fr';
import { fill } from '../fill';

export type { MessageKey } from './en';

/** The words findings are given in: one catalog per language the reader may read. */
export interface MessageCatalog {
  /** The catalog's language, `en`, `de` or `fr`. */
  language: string;
  /** The message of a key, its `{name}` parts filled in from `values`. */
  say(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
}

/** A catalog's `say`: what a producer of messages takes to word them in the reader's language. */
export type Say = MessageCatalog['say'];

const CATALOGS: Readonly<Record<string, Readonly<Record<MessageKey, string>>>> = { en, de, fr };

/** Every catalog by its language, for the test that each translates every English key. */
export const MESSAGE_CATALOGS = CATALOGS;

/** Whether a key made at run time (`frontmatter-syntax.yaml.${code}`) is one the catalogs word. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

const made = new Map<string, MessageCatalog>();

/** The primary language of a tag, lower case: `de` for `de-AT`, `fr` for `fr_CA.UTF-8`. */
export function primaryLanguage(locale: string | undefined): string | undefined {
  return /^\s*([a-z]{2,3})(?:[-_.@][\w.@-]*)?\s*$/iu.exec(locale ?? '')?.[1].toLowerCase();
}

/**
 * The catalog for a reader's language tag (`de`, `de-AT`, `fr_CA`): the display language in
 * the editor, `--locale` or CLIENT_NOTES_LOCALE on the command line; English for any other,
 * or none, so that CI logs stay stable.
 */
export function messageCatalog(locale?: string): MessageCatalog {
  const primary = primaryLanguage(locale);
  const language = primary !== undefined && primary in CATALOGS ? primary : 'en';
  let catalog = made.get(language);
  if (!catalog) {
    const templates = CATALOGS[language];
    catalog = {
      language,
      say: (key, values) => fill(templates[key], values),
    };
    made.set(language, catalog);
  }
  return catalog;
}
