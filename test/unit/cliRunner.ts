import { spawn, spawnSync, type ChildProcess, type ChildProcessWithoutNullStreams, type SpawnOptions } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as cliMain } from '../../src/cli/cli';
import { repoRoot } from '../generate/generated';

// Found by its package.json, not from __dirname: this file is bundled into suites at every depth of test/unit/.
export const repo = repoRoot;
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
}

/**
 * Runs `client-notes …` in this process, through the function dist/cli.js calls
 * (src/cli/cli.ts's runCli) with what it gives it there: the folder, the environment with
 * CLIENT_NOTES_NOW (by default 23 November 2026), stdout and stderr (captured), no colour
 * (as in a pipe). For the cases of arguments, output, exit codes and files written: a
 * process each costs a tenth of a second or more. What needs the binary's own process
 * (another user, worker threads, stdin, a file changed while it runs, a run that may never
 * end, the bundle itself) runs it with `runCli`.
 */
export async function runCliInProcess(args: string[], cwd = cliFixtures, now = '2026-11-23', { env }: Omit<RunOptions, 'user'> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await cliMain(args, {
    cwd,
    env: { ...process.env, ...env, CLIENT_NOTES_NOW: now },
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    color: false,
  });
  return { code, stdout, stderr };
}

/** Runs the built binary as a user would, by default on 23 November 2026. */
export function runCli(args: string[], cwd = cliFixtures, now = '2026-11-23', { user, env }: RunOptions = {}): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...env, CLIENT_NOTES_NOW: now }, ...user });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Node runs started by `runNodeToEnd` that have not ended yet. */
const unfinishedRuns = new Set<ChildProcess>();

/**
 * Runs a Node script to its end without blocking the test, so that a run that never ends
 * (a read that waits on a FIFO, a loop) is failed by mocha's timeout, not by a time chosen
 * here; `endUnfinishedRuns` then ends it. Spawned with `spawnSync`, such a run would hold
 * the test, and mocha's timeout with it, forever.
 */
export function runNodeToEnd(args: string[], options: SpawnOptions = {}): Promise<CliRun> {
  const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  unfinishedRuns.add(child);
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      unfinishedRuns.delete(child);
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
  });
}

/** Ends the runs of `runNodeToEnd` a timed-out test left running: call it in `afterEach`. */
export function endUnfinishedRuns(): void {
  for (const child of unfinishedRuns) child.kill('SIGKILL');
}

/** `runCli`, run to its end without blocking the test (see `runNodeToEnd`). */
export function runCliToEnd(args: string[], cwd = cliFixtures, now = '2026-11-23', { user, env }: RunOptions = {}): Promise<CliRun> {
  return runNodeToEnd([cli, ...args], { cwd, env: { ...process.env, ...env, CLIENT_NOTES_NOW: now }, ...user });
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
