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
  check({ note, options, report }) {
    const frontmatter = note.frontmatter;
    const data = frontmatter?.data;
    if (!frontmatter || !data || typeof data.channel !== 'string' || typeof data.scenario !== 'string') return;
    if (!WRITTEN_CHANNELS.has(data.channel)) return;
    const configured = stringListOption(options, 'scenarios');
    const difficult = 'scenarios' in options ? configured.includes(data.scenario) : data.scenario !== 'other';
    if (!difficult) return;
    const label = SCENARIOS.find((candidate) => candidate.id === data.scenario)?.label.toLowerCase() ?? data.scenario;
    const conversation = data.scenario === 'other' ? 'This conversation' : `This ${label} conversation`;
    report({
      message: `${conversation} was held by ${data.channel} only. A call, a video call or a meeting suits the hard part; send the written recap after.`,
      ...rangeOf(frontmatter, ['channel']),
    });
  },
};
