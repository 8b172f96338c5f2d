import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { fixAll, type LintOptions } from '../../core/lint/engine';
import { NOTE_TYPE } from '../../core/note/frontmatter';
import { lintFingerprint } from '../../core/lint/cache';
import { mapConcurrently } from '../../core/base/concurrency';
import { WorkerPool } from '../../node/workerPool';
import { ConfigDiscovery, describeFsError, fixedConfigSource, type ConfigSource } from '../../node/config';
import { CacheLocationError, cacheKey, FileResultCache } from '../../node/fileCache';
import { replaceFile } from '../../node/replaceFile';
import { cliNow } from '../clock';
import { CliError, parseCommandArgs, UsageError, type CliContext, type Command } from '../command';
import { formatters, type FileReport, type FormatWriter } from '../formatters';
import type { ResolvedConfig } from '../../core/config/config';
import { filesOfInputs, readInputFile, settingsOfFile } from '../inputs';
import { printable } from '../printable';
import { runLintJob, type LintJob, type LintOutcome } from '../lintJob';
import { VERSION } from '../version';
import { readerLocale } from '../locale';

const SYNOPSIS = 'Usage: client-notes lint [paths or globs…] [--format stylish|json|sarif] [--fix] [--config FILE]\n                          [--cache] [--cache-location FILE] [--threads N] [--locale LANG]';

/** Printed after a usage error. */
const USAGE = `${SYNOPSIS}\nRun "client-notes lint --help" for more.\n`;

const HELP = `${SYNOPSIS}

Lints the client conversation notes among the given files, folders and globs (the
current folder when none is given). Folders are searched for *.md and *.markdown files,
skipping node_modules and .git; globs match Markdown files. Files that are not notes
(no "type: ${NOTE_TYPE}" in their frontmatter, and not matched by the config's
"include" globs) are skipped without a word. Only regular files of up to 16 MB are
read: a named pipe, a device, a link that loops or a larger file is named on stderr
with the reason, and skipped. A file reached twice (through a symbolic link) is linted
once. UTF-16 files (with their byte order mark) are decoded; a file that is not plain
UTF-8 gets a warning on stderr, and --fix leaves it as it is.

Options:
  --format FORMAT   stylish (default), json or sarif
  --fix             apply the safe fixes in place, then report what remains; a note
                    that is read-only is left as it is, and one that changes while
                    it is fixed is skipped (run again)
  --config FILE     use this config file, instead of the nearest .clientnotesrc.json,
                    .clientnotesrc.yaml or .clientnotesrc.yml above each note
  --cache           remember results in a cache file and re-lint only the notes whose
                    content, config or tool version changed since (and, while a rule
                    that judges dates against today is on, every note on a new day)
  --cache-location FILE
                    the cache file (default: .clientnotescache in the current folder);
                    implies --cache. A FILE that holds anything but a client-notes
                    cache (a note, a folder…) or is a symbolic link is refused,
                    and left as it is
  --threads N       lint in N worker threads, or on the main thread with 1 (default:
                    one thread per CPU but one from 400 files on, else 1); --fix
                    always runs on the main thread
  --locale LANG     the language of the findings: en (default), de or fr; a region may
                    follow (de-AT, fr-CA). Rule ids and the JSON and SARIF shapes
                    stay the same in every language
  -h, --help        show this help

Exit codes: 0 no error-level finding, 1 at least one, or a note --fix skipped because
it changed while being fixed, 2 bad usage, a path that cannot be read, a bad config
file, or a --cache-location that is not a cache file. A note that cannot be read (gone
since the folders were searched, no permission) is named on stderr and every other
note is still reported, in every format, then the exit code is 2.

Environment:
  CLIENT_NOTES_NOW  for testing: the day dates are judged against, as YYYY-MM-DD
                    (default: today)
  CLIENT_NOTES_LOCALE
                    the language of the findings when --locale is not given
                    (default, and for a language there is none of: English,
                    so that CI logs stay the same)
`;

/** How many files are read (and linted) at once. */
const CONCURRENCY = 16;

const DEFAULT_CACHE_LOCATION = '.clientnotescache';

/**
 * From how many files a run lints in worker threads: one per CPU but the one the main
 * thread keeps (it reads the files, resolves their configs and prints, while V8 collects
 * its garbage beside it), so none on two CPUs, where two workers measured slower than the
 * main thread alone. Starting a worker (loading the parser and the rules) costs about as
 * much as linting 100 notes; below a few hundred files the threads would not earn it back.
 */
const WORKER_THRESHOLD = 400;

export const lintCommand: Command = {
  name: 'lint',
  summary: 'lint client conversation notes',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        format: { type: 'string', default: 'stylish' },
        fix: { type: 'boolean', default: false },
        config: { type: 'string' },
        cache: { type: 'boolean', default: false },
        'cache-location': { type: 'string' },
        threads: { type: 'string' },
        locale: { type: 'string' },
      },
      USAGE,
    );
    const format = values.format;
    const formatter = Object.hasOwn(formatters, format) ? formatters[format] : undefined;
    if (!formatter) throw new UsageError(`Unknown format "${format}"; expected ${Object.keys(formatters).join(', ')}.`, USAGE);
    const requestedThreads = values.threads === undefined ? undefined : Number(values.threads);
    if (requestedThreads !== undefined && !(Number.isInteger(requestedThreads) && requestedThreads >= 1)) {
      throw new UsageError(`--threads takes a whole number from 1 up, not "${values.threads}".`, USAGE);
    }
    const now = cliNow(context.env);
    const locale = readerLocale(values.locale, context.env, USAGE);
    const shown = (path: string) => relative(context.cwd, path) || path;
    const configs: ConfigSource = values.config
      ? await fixedConfigSource(resolve(context.cwd, values.config), values.config)
      : new ConfigDiscovery(shown);

    const files = await filesOfInputs(positionals, context, shown);

    const cacheLocation = values['cache-location'] ?? (values.cache ? DEFAULT_CACHE_LOCATION : undefined);
    const cache =
      cacheLocation === undefined
        ? undefined
        : await FileResultCache.load<LintOutcome>(resolve(context.cwd, cacheLocation)).catch((error: unknown) => {
            if (error instanceof CacheLocationError) throw new CliError(`Cannot use ${cacheLocation} as the cache: ${error.message}; it was left as it is.`);
            throw error;
          });
    // --fix writes files and re-lints between passes: it stays on this thread.
    const threads = values.fix === true ? 1 : (requestedThreads ?? (files.length >= WORKER_THRESHOLD ? availableParallelism() - 1 : 1));
    const workers = threads > 1 ? new WorkerPool<LintJob, LintOutcome>(join(__dirname, 'lintWorker.js'), threads) : undefined;
    const lintJob = workers ? (job: LintJob) => workers.run(job) : async (job: LintJob) => runLintJob(job);
    const skipped: string[] = [];
    const unread: string[] = [];
    // Every config first: a bad config file stops the run before anything is printed.
    const settings = await mapConcurrently(files, CONCURRENCY, (file) => settingsOfFile(configs, file));
    const output = new OrderedOutput(formatter({ color: context.color }), context);
    await mapConcurrently(files, CONCURRENCY, async (file, index) =>
      output.add(index, await lintFile(file, settings[index], { now, locale, fix: values.fix === true, shown, context, cache, lintJob, skipped, unread })),
    ).finally(() => workers?.close());
    if (cache && cacheLocation !== undefined) {
      // The findings stand without the cache: failing to save it costs the next run time, not this one its result.
      await cache.save().catch((error: unknown) => context.stderr(`client-notes: cannot write the cache ${cacheLocation}: ${describeFsError(error)}\n`));
    }
    context.stdout(output.end());
    if (unread.length > 0) return 2;
    return skipped.length > 0 || output.errorFound ? 1 : 0;
  },
};

/**
 * The files' reports printed in the order of the files, each as soon as it and every file
 * before it are linted, and then let go: memory holds only the reports of files linted
 * ahead of one still running, however many files the run has.
 */
class OrderedOutput {
  private readonly waiting = new Map<number, FileReport | undefined>();
  private next = 0;
  /** Whether a printed report holds an error-level finding. */
  errorFound = false;

  constructor(
    private readonly writer: FormatWriter,
    private readonly context: CliContext,
  ) {}

  add(index: number, report: FileReport | undefined): void {
    this.waiting.set(index, report);
    let printed = '';
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next);
      this.waiting.delete(this.next++);
      if (!ready) continue;
      if (ready.messages.some((message) => message.severity === 'error')) this.errorFound = true;
      printed += this.writer.file(ready);
    }
    if (printed) this.context.stdout(printed);
  }

  end(): string {
    return this.writer.end();
  }
}

/**
 * Test-only, never to be set otherwise: with CLIENT_NOTES_TEST_PAUSE=before-fix-write,
 * --fix stops between reading a note and writing it back, says so on stderr and waits for
 * a line on stdin, so that a test can change the note at exactly that moment. Any other
 * value, or none, does nothing.
 */
async function pauseForTest(path: string, context: CliContext): Promise<void> {
  if (context.env.CLIENT_NOTES_TEST_PAUSE !== 'before-fix-write') return;
  context.stderr(`client-notes: test pause before writing ${path}\n`);
  const lines = createInterface({ input: process.stdin });
  await once(lines, 'line');
  lines.close();
}

interface LintFileOptions {
  now: Date;
  locale: string | undefined;
  fix: boolean;
  shown: (path: string) => string;
  context: CliContext;
  cache: FileResultCache<LintOutcome> | undefined;
  lintJob: (job: LintJob) => Promise<LintOutcome>;
  /** Where the notes --fix skipped go, because they changed while being fixed. */
  skipped: string[];
  /** Where the files that could not be read go (gone since they were listed, no permission). */
  unread: string[];
}

/** Lints (and with `fix`, fixes) one file; undefined when it is not a note. */
async function lintFile(
  path: string,
  { config, relativePath }: { config: ResolvedConfig; relativePath: string | undefined },
  { now, locale, fix, shown, context, cache, lintJob, skipped, unread }: LintFileOptions,
): Promise<FileReport | undefined> {
  const file = readInputFile(path, context, shown, unread);
  if (!file) return undefined;
  const { bytes, notPlainUtf8 } = file;
  const options: LintOptions = { config, now, relativePath, locale };
  const fingerprint = cache && `${VERSION}\0${lintFingerprint(options)}`;
  let key = fingerprint === undefined ? undefined : cacheKey(bytes, fingerprint);
  const cached = key === undefined ? undefined : cache?.get(path, key);
  // A result cached without --fix may hide fixes that --fix must still apply.
  if (cached && !(fix && cached.fixable)) return cached.isNote ? { file: shown(path), messages: cached.messages } : undefined;

  let text = file.text;
  if (fix) {
    const fixed = fixAll(text, options).text;
    if (fixed !== text) {
      // Only UTF-8 survives the round trip byte for byte: leave any other file as it is.
      if (notPlainUtf8) {
        context.stderr(`client-notes: ${printable(shown(path))} was not fixed: only files in plain UTF-8 are.\n`);
      } else {
        await pauseForTest(shown(path), context);
        // Written only over the very bytes read: an edit saved meanwhile is never lost.
        const outcome = await replaceFile(path, fixed, (current) => current?.equals(bytes) === true, 'follow').catch((error: unknown) => {
          throw new CliError(`Cannot write ${shown(path)}: ${describeFsError(error)}`);
        });
        if (outcome === 'unexpected') {
          context.stderr(`client-notes: ${shown(path)} changed while fixing; skipped, run again.\n`);
          skipped.push(path);
          return undefined;
        }
        if (outcome === 'replaced') {
          text = fixed;
          if (fingerprint !== undefined) key = cacheKey(Buffer.from(fixed, 'utf8'), fingerprint);
        } else {
          context.stderr(`client-notes: ${shown(path)} is ${outcome === 'read-only' ? 'read-only' : 'not a regular file'}; not fixed.\n`);
        }
      }
    }
  }
  const outcome = await lintJob({ text, config, now: now.getTime(), relativePath, locale });
  if (cache && key !== undefined) cache.set(path, key, outcome);
  return outcome.isNote ? { file: shown(path), messages: outcome.messages } : undefined;
}
