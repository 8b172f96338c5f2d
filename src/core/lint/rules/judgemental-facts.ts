import { findInProse, phrasePattern } from '../../note/clientProse';
import { locateYamlPath } from '../../note/frontmatter';
import { findingsBySentence, toneOf } from '../judgements';
import { stringListOption, type Rule } from '../rule';

export const judgementalFacts: Rule = {
  id: 'judgemental-facts',
  description: 'Judgement words ("obviously", "lazy", "ridiculous", "always", "never") in the Facts section and in the topic.',
  defaultSeverity: 'info',
  fixable: false,
  options: {
    words: { type: 'array', items: { type: 'string' }, description: 'Extra judgement words to report in the Facts section, besides the built-in ones.' },
  },
  check({ note, config, options, say, report }) {
    const facts = note.sections.filter((section) => section.known?.key === 'facts');
    // The topic becomes the subject line of the recap: a judgement there is the first thing the client reads.
    const topic = note.frontmatter && locateYamlPath(note.frontmatter, ['topic']);
    const inTopic = (offset: number) => topic?.valueStart !== undefined && topic.valueEnd !== undefined && offset >= topic.valueStart && offset < topic.valueEnd;
    const inFacts = (offset: number) => facts.some((section) => offset >= section.contentStart && offset < section.contentEnd);
    const tone = toneOf(note, config);
    // What is private under Facts is the freelancer's own read, not the facts the client sees.
    const prose = tone.prose.filter((piece) => inFacts(piece.start) || inTopic(piece.start));
    if (prose.length === 0) return;
    // A judgement about the client ("you always…") is blame, reported by accusatory-language: one finding, not two.
    const read = new Set(prose);
    const judgements = tone.judgements.filter((judgement) => !judgement.atClient && read.has(judgement.piece));
    const configured = phrasePattern(stringListOption(options, 'words'));
    const words = configured ? findInProse(prose, configured).filter((match) => !judgements.some((judgement) => judgement.start === match.start)) : [];
    // Two judgement words in one sentence are one finding: `Évidemment, ils n'ont jamais répondu`.
    const keys = { one: 'judgemental-facts.judgement', two: 'judgemental-facts.judgementTwice', many: 'judgemental-facts.judgementMany', advice: 'judgemental-facts.advice' } as const;
    for (const finding of findingsBySentence(note.text, [...judgements, ...words], say, keys)) report(finding);
  },
};

