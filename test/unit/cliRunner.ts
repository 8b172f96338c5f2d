import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repo = resolve(__dirname, '../../..');
export const cliFixtures = join(repo, 'test', 'cli-fixtures');
const cli = join(repo, 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built binary as a user would, by default on 23 November 2026. */
export function runCli(args: string[], cwd = cliFixtures, now = '2026-11-23'): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CLIENT_NOTES_NOW: now } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Scratch folders for runs that write files, removed by `removeAll` (call it in `after`). */
export class ScratchFolders {
  private readonly folders: string[] = [];

  /** A new empty folder, or a copy of `source`'s contents. */
  create(source?: string): string {
    const folder = mkdtempSync(join(tmpdir(), 'client-notes-cli-'));
    this.folders.push(folder);
    if (source !== undefined) cpSync(source, folder, { recursive: true });
    return folder;
  }

  removeAll(): void {
    for (const folder of this.folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  }
}
