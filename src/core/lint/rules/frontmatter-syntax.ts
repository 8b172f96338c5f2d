import type { Rule } from '../rule';

export const frontmatterSyntax: Rule = {
  id: 'frontmatter-syntax',
  description: 'YAML frontmatter that does not parse, reported at the exact position.',
  defaultSeverity: 'error',
  fixable: false,
  check({ note, say, report }) {
    for (const { key, values, start, end } of note.frontmatter?.problems ?? []) report({ message: say(key, values), start, end });
  },
};
