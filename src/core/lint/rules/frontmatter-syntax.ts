import type { Rule } from '../rule';

export const frontmatterSyntax: Rule = {
  id: 'frontmatter-syntax',
  description: 'YAML frontmatter that does not parse, reported at the exact position.',
  defaultSeverity: 'error',
  fixable: false,
  check({ note, report }) {
    for (const problem of note.frontmatter?.problems ?? []) report(problem);
  },
};
