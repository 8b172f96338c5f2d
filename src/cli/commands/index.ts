import type { Command } from '../command';
import { lintCommand } from './lint';
import { newCommand } from './new';

/** Every subcommand, in the order the help lists them. */
export const commands: readonly Command[] = [lintCommand, newCommand];
