import type { Rule } from '../rule';
import { accusatoryLanguage } from './accusatory-language';
import { channelNotLive } from './channel-not-live';
import { dateOrder } from './date-order';
import { emptySection } from './empty-section';
import { followUpOverdue } from './follow-up-overdue';
import { frontmatterSchema } from './frontmatter-schema';
import { frontmatterSyntax } from './frontmatter-syntax';
import { judgementalFacts } from './judgemental-facts';
import { nextStepIncomplete } from './next-step-incomplete';
import { nextStepOverdue } from './next-step-overdue';
import { noteTooLarge } from './note-too-large';
import { requiredSections } from './required-sections';
import { unfilledPlaceholder } from './unfilled-placeholder';

/** Every rule, in the order their findings are documented. */
export const rules: readonly Rule[] = [
  frontmatterSyntax,
  frontmatterSchema,
  requiredSections,
  emptySection,
  nextStepIncomplete,
  nextStepOverdue,
  followUpOverdue,
  unfilledPlaceholder,
  accusatoryLanguage,
  judgementalFacts,
  channelNotLive,
  dateOrder,
  noteTooLarge,
];
