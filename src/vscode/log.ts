import * as vscode from 'vscode';

// The extension's one log, the "Client Notes" channel of the Output panel: what went wrong
// where the user is not told (a note that could not be read or digested, a worker thread
// that stopped) leaves a trace there for a bug report. It is written in English, as VS
// Code's own logs are, whatever the display language.

let channel: vscode.LogOutputChannel | undefined;

export function openLog(): vscode.LogOutputChannel {
  return (channel ??= vscode.window.createOutputChannel(vscode.l10n.t('Client Notes'), { log: true }));
}

export const log = {
  /** Something that works another way now: the worker threads, say, replaced by this thread. */
  warn: (message: string, error?: unknown): void => openLog().warn(withError(message, error)),
  /** A bug: what should not fail failed. */
  error: (message: string, error?: unknown): void => openLog().error(withError(message, error)),
  /** What is expected now and then (a file gone since it was listed), kept for a trace. */
  debug: (message: string, error?: unknown): void => openLog().debug(withError(message, error)),
};

function withError(message: string, error: unknown): string {
  if (error === undefined) return message;
  return `${message}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}
