import type * as vscode from 'vscode';
import type { NoteConfiguration } from '../configuration';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { registerInsertSection } from './insertSection';
import { registerNewNote, type NewNote } from './newNote';
import { registerRemoveUnfilledPrompts } from './removeUnfilledPrompts';

/** A note's skeleton: New Conversation Note from a template, Insert Section of a missing one, Remove Unfilled Prompts the template left. */
export function activateScaffold(context: vscode.ExtensionContext, digest: WorkspaceDigest, configuration: NoteConfiguration): NewNote {
  const newNote = registerNewNote(digest, configuration, context.extensionUri);
  context.subscriptions.push(newNote, registerInsertSection(configuration), registerRemoveUnfilledPrompts(configuration));
  return newNote;
}
