import { clientFacingProse, findInProse, phrasePattern } from '../../note/clientProse';
import { stringListOption, type Rule } from '../rule';

const BLAME_PHRASES = [
  'you failed',
  'you never',
  'you always',
  'your fault',
  'you forgot',
  'you ignored',
  'you caused',
  'you missed',
  "you didn't",
  'you did not',
  'you should have',
  'because of you',
  'you messed up',
];

const NEGATION_BEFORE = /(?:(?<![\p{L}\p{N}])not|n['’]t)\s+$/iu;

export const accusatoryLanguage: Rule = {
  id: 'accusatory-language',
  description: 'Blame phrasing ("you failed", "your fault", "you never") in client-facing text; suggests an "I" statement.',
  defaultSeverity: 'info',
  fixable: false,
  options: {
    phrases: { type: 'array', items: { type: 'string' }, description: 'Extra blame phrases to report, besides the built-in ones.' },
  },
  check({ note, config, options, report }) {
    const pattern = phrasePattern([...BLAME_PHRASES, ...stringListOption(options, 'phrases')]);
    if (!pattern) return;
    for (const match of findInProse(clientFacingProse(note, config), pattern)) {
      // "It's not your fault" is the reassurance the guidance asks for, not blame.
      if (NEGATION_BEFORE.test(note.text.slice(Math.max(0, match.start - 12), match.start))) continue;
      report({
        message: `"${match.text}" reads as blame. An "I" statement keeps the client listening: "I noticed…", "I understand there was a delay…".`,
        start: match.start,
        end: match.end,
      });
    }
  },
};
