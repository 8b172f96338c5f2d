import { normalizeHeading } from '../base/text';

/** A section the templates know, in canonical order. */
export interface KnownSection {
  key: SectionKey;
  title: string;
  aliases: readonly string[];
  /** Private sections never reach a follow-up summary and are not client-facing. */
  private: boolean;
}

export type SectionKey =
  | 'preparation'
  | 'facts'
  | 'clientPerspective'
  | 'boundaries'
  | 'options'
  | 'nextSteps'
  | 'privateNotes';

export const KNOWN_SECTIONS: readonly KnownSection[] = [
  { key: 'preparation', title: 'Preparation', aliases: ['Prep', 'Before the conversation'], private: true },
  { key: 'facts', title: 'Facts', aliases: ['Key facts', 'What happened'], private: false },
  {
    key: 'clientPerspective',
    title: "Client's perspective",
    aliases: ['Client perspective', "Client's view", 'Their perspective'],
    private: true,
  },
  { key: 'boundaries', title: 'Boundaries', aliases: ['Limits', 'What I can and cannot do'], private: false },
  { key: 'options', title: 'Options discussed', aliases: ['Options'], private: false },
  {
    key: 'nextSteps',
    title: 'Agreed next steps',
    aliases: ['Next steps', 'Action items', 'Agreements and next steps'],
    private: false,
  },
  { key: 'privateNotes', title: 'Private notes', aliases: ['Private', 'Notes to self'], private: true },
];

/** A section the configuration requires, matched by title or any alias. */
export interface RequiredSection {
  title: string;
  aliases: string[];
}

export const DEFAULT_REQUIRED_SECTIONS: readonly RequiredSection[] = ['facts', 'boundaries', 'nextSteps'].map((key) => {
  const known = KNOWN_SECTIONS.find((section) => section.key === key)!;
  return { title: known.title, aliases: [...known.aliases] };
});

// Section names are compared normalized, and normalizing (NFKC, Unicode classes) costs
// more than the rest of the lookup: each name list is normalized once, not per heading.
const namesOf = new WeakMap<object, Set<string>>();
const knownByNameOf = new WeakMap<readonly RequiredSection[], Map<string, KnownSection>>();

/** All names (title and aliases) a section answers to, normalized for comparison. */
export function sectionNames(section: { title: string; aliases: readonly string[] }): Set<string> {
  let names = namesOf.get(section);
  if (!names) {
    names = new Set([section.title, ...section.aliases].map(normalizeHeading));
    namesOf.set(section, names);
  }
  return names;
}

/**
 * The known section a heading names, taking the configured aliases into account, so that
 * a team's alias for "Agreed next steps" is also where next steps are read from.
 */
export function knownSectionFor(heading: string, required: readonly RequiredSection[]): KnownSection | undefined {
  return knownSectionNamed(normalizeHeading(heading), required);
}

/** `knownSectionFor` for a heading already normalized with `normalizeHeading`. */
export function knownSectionNamed(normalized: string, required: readonly RequiredSection[]): KnownSection | undefined {
  let knownByName = knownByNameOf.get(required);
  if (!knownByName) {
    knownByName = new Map();
    // The first known section, in canonical order, that answers to a name claims it.
    for (const known of KNOWN_SECTIONS) {
      const configured = required.find((section) => normalizeHeading(section.title) === normalizeHeading(known.title));
      for (const name of [...sectionNames(known), ...(configured ? sectionNames(configured) : [])]) {
        if (!knownByName.has(name)) knownByName.set(name, known);
      }
    }
    knownByNameOf.set(required, knownByName);
  }
  return knownByName.get(normalized);
}

/** Position of a section title in the canonical order; unknown titles go before Private notes. */
export function canonicalIndex(title: string, required: readonly RequiredSection[]): number {
  const known = knownSectionFor(title, required);
  if (known) return KNOWN_SECTIONS.indexOf(known);
  return KNOWN_SECTIONS.findIndex((section) => section.key === 'privateNotes') - 0.5;
}
