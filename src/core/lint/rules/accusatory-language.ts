import { findInProse, phrasePattern } from '../../note/clientProse';
import { toneOf } from '../judgements';
import { stringListOption, type Rule } from '../rule';

// Blame addressed at the client, as data. Judgement words about "you" ("you always",
// "your team is careless") are read in judgements.ts with the rest of the judgement words.
const BLAME_PHRASES = [
  'you failed',
  'your fault',
  'your mistake',
  'you forgot',
  'you ignored',
  'you caused',
  'you missed',
  "you didn't",
  "you didn't even",
  'you did not',
  'you did not even',
  "you couldn't even",
  'you should have',
  'you could have',
  'you ought to have',
  'you were supposed to',
  "you're supposed to",
  'you were meant to',
  'you keep',
  'you kept',
  'you refuse',
  'you refused',
  'you messed up',
  'you dropped the ball',
  'you let me down',
  'you made me',
  'because of you',
  'thanks to you',
  'as I already told you',
  'I already told you',
  'as I said before',
  'how many times',
  'per my last email',
];

// "isnt", "wasnt": the apostrophe left out, as in notes typed fast or dictated; "I'm not
// saying it was your fault" denies the blame as "it's not your fault" does.
const NEGATION_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:not|never|(?:is|was|are|were|do|does|did|ai)nt)|n['’]t)\s+(?:(?:saying|suggesting|implying)\s+(?:that\s+)?(?:it|this)\s+(?:was|is|were)\s+)?$/iu;
/** "You could have", "you should have": blame about the past only before a past participle ("you could have told me"). */
const MODAL_PERFECT = /(?:could|should|ought to) have$/iu;
/** A past participle: regular (-ed), or one of the common irregular ones. */
const PAST_PARTICIPLE =
  /^\s+(?:(?:just|at least|simply|easily|maybe|perhaps|already|also|really)\s+)?(?:\p{L}+ed|been|done|told|sent|made|given|known|let|said|paid|brought|thought|kept|left|met|put|read|set|shown|sold|spent|taken|written|gone|got|gotten|seen|heard|found|held|built|bought|caught|felt|forgotten|meant|run|understood|spoken|chosen|driven|broken|begun|come|become)\b/iu;

export const accusatoryLanguage: Rule = {
  id: 'accusatory-language',
  description: 'Blame phrasing ("you failed", "your fault", "you never") in client-facing text; suggests an "I" statement.',
  defaultSeverity: 'info',
  fixable: false,
  options: {
    phrases: { type: 'array', items: { type: 'string' }, description: 'Extra blame phrases to report, besides the built-in ones.' },
  },
  check({ note, config, options, report }) {
    const pattern = phrasePattern([...BLAME_PHRASES, ...stringListOption(options, 'phrases')]) as RegExp;
    const { prose, judgements: allJudgements } = toneOf(note, config);
    // "It's not your fault" is the reassurance the guidance asks for, not blame.
    const blame = findInProse(prose, pattern).filter(
      (match) =>
        !NEGATION_BEFORE.test(note.text.slice(Math.max(0, match.start - 40), match.start)) &&
        // "You could have the images by Friday if…" is an offer, not blame.
        (!MODAL_PERFECT.test(match.text) || PAST_PARTICIPLE.test(note.text.slice(match.end, match.end + 40))),
    );
    // A judgement about the client inside a blame phrase ("you should have obviously…") is the same finding.
    const judgements = allJudgements.filter(
      (judgement) => judgement.atClient && !blame.some((match) => match.start < judgement.end && judgement.start < match.end),
    );
    for (const match of [...blame, ...judgements]) {
      report({
        message: `"${match.text}" reads as blame. An "I" statement keeps the client listening: "I noticed…", "I understand there was a delay…".`,
        start: match.start,
        end: match.end,
      });
    }
  },
};
