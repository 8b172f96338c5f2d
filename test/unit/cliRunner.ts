import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

/** A user to run the binary as, by numeric ids. */
export interface RunAs {
  uid: number;
  gid: number;
}

export interface RunOptions {
  /** Run as this user instead of the current one. */
  user?: RunAs;
  /** Variables to add to the environment. */
  env?: Record<string, string>;
  /** Kill the run after this long (its code is then null): for runs that could block forever. */
  timeoutMs?: number;
}

/** Runs the built binary as a user would, by default on 23 November 2026. */
export function runCli(args: string[], cwd = cliFixtures, now = '2026-11-23', { user, env, timeoutMs }: RunOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env, CLIENT_NOTES_NOW: now }, timeout: timeoutMs, ...user });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Starts the binary without waiting for it, its streams piped: for a test that acts while it runs, or waits on its exit. */
export function startCli(args: string[], cwd: string, env: Record<string, string> = {}, now = '2026-11-23', user?: RunAs): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...env, CLIENT_NOTES_NOW: now }, ...user });
}

/** The conventional ids of "nobody", the user with no rights of its own. */
export const NOBODY: RunAs = { uid: 65534, gid: 65534 };

/**
 * Whom a file with mode 000 stops: the current user (`user` undefined), unless that is
 * root, whom file modes do not stop; then "nobody", if it can run the binary at all (the
 * checkout may sit where only root can read). Undefined when neither will do.
 */
export function userDeniedByFileModes(): { user?: RunAs } | undefined {
  if (process.getuid?.() !== 0) return {};
  const probe = spawnSync(process.execPath, ['-e', `require('node:fs').accessSync(${JSON.stringify(cli)}, require('node:fs').constants.R_OK)`], NOBODY);
  return probe.status === 0 ? { user: NOBODY } : undefined;
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

/** A small file system with no space left, mounted for a test; `free` makes room again. */
export interface FullDisk {
  free(): void;
  unmount(): void;
}

/**
 * Mounts a 64 KB tmpfs at `folder` (created) and fills it. Undefined when it cannot be
 * mounted (only root may): the caller skips, saying so.
 */
export function mountFullDisk(folder: string): FullDisk | undefined {
  mkdirSync(folder, { recursive: true });
  if (process.getuid?.() !== 0 || spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', folder]).status !== 0) return undefined;
  const filler = join(folder, 'filler');
  try {
    writeFileSync(filler, Buffer.alloc(128 * 1024));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  }
  return { free: () => rmSync(filler), unmount: () => spawnSync('umount', [folder]) };
}
