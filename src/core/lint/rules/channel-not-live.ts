import { rangeOf } from '../../note/frontmatter';
import { stringListOption, type Rule } from '../rule';
import { SCENARIOS } from '../../note/scenarios';

const WRITTEN_CHANNELS = new Set(['email', 'chat']);

export const channelNotLive: Rule = {
  id: 'channel-not-live',
  description: 'A difficult conversation held by email or chat only; a live channel suits the hard part.',
  defaultSeverity: 'info',
  fixable: false,
  options: {
    scenarios: {
      type: 'array',
      items: { type: 'string' },
      description: 'The scenarios that call for a live channel; every scenario but `other` by default.',
    },
  },
  check({ note, options, say, report }) {
    const frontmatter = note.frontmatter;
    const data = frontmatter?.data;
    if (!frontmatter || !data || typeof data.channel !== 'string' || typeof data.scenario !== 'string') return;
    if (!WRITTEN_CHANNELS.has(data.channel)) return;
    const configured = stringListOption(options, 'scenarios');
    const difficult = 'scenarios' in options ? configured.includes(data.scenario) : data.scenario !== 'other';
    if (!difficult) return;
    const label = SCENARIOS.find((candidate) => candidate.id === data.scenario)?.label.toLowerCase() ?? data.scenario;
    report({
      message: data.scenario === 'other' ? say('channel-not-live.other', { channel: data.channel }) : say('channel-not-live.scenario', { scenario: label, channel: data.channel }),
      ...rangeOf(frontmatter, ['channel']),
    });
  },
};
