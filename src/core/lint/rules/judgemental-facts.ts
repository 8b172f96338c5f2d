import { clientFacingProse, findInProse, phrasePattern } from '../../note/clientProse';
import { stringListOption, type Rule } from '../rule';

const JUDGEMENT_WORDS = [
  'obviously',
  'clearly',
  'lazy',
  'ridiculous',
  'always',
  'never',
  'incompetent',
  'stupid',
  'careless',
  'sloppy',
  'absurd',
  'unprofessional',
  'useless',
  'pathetic',
];

// "Lazy loading" is how a developer writes a fact about a web page, not a judgement of anyone.
const TECHNICAL_TERM = /^lazy[\s-]*load/i;

export const judgementalFacts: Rule = {
  id: 'judgemental-facts',
  description: 'Judgement words ("obviously", "lazy", "ridiculous", "always", "never") in the Facts section.',
  defaultSeverity: 'info',
  fixable: false,
  options: {
    words: { type: 'array', items: { type: 'string' }, description: 'Extra judgement words to report in the Facts section, besides the built-in ones.' },
  },
  check({ note, config, options, report }) {
    const pattern = phrasePattern([...JUDGEMENT_WORDS, ...stringListOption(options, 'words')]);
    const facts = note.sections.filter((section) => section.known?.key === 'facts');
    if (!pattern || facts.length === 0) return;
    const inFacts = (offset: number) => facts.some((section) => offset >= section.contentStart && offset < section.contentEnd);
    // What is private under Facts is the freelancer's own read, not the facts the client sees.
    const prose = clientFacingProse(note, config).filter((piece) => inFacts(piece.start));
    for (const match of findInProse(prose, pattern)) {
      if (TECHNICAL_TERM.test(note.text.slice(match.start, match.start + 12))) continue;
      report({
        message: `"${match.text}" is a judgement, not a fact. State what happened: dates, numbers, who did what.`,
        start: match.start,
        end: match.end,
      });
    }
  },
};
