import type { Command } from '../command';
import { historyCommand } from './history';
import { lintCommand } from './lint';
import { newCommand } from './new';
import { nextStepsCommand } from './nextSteps';
import { reminderCommand } from './reminder';
import { recapCommand } from './recap';

/** Every subcommand, in the order the help lists them. */
export const commands: readonly Command[] = [historyCommand, lintCommand, newCommand, nextStepsCommand, recapCommand, reminderCommand];
