import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { glob } from 'tinyglobby';
import { CONFIG_FILE_NAMES, resolveConfig, type ConfigInput, type ResolvedConfig } from '../core/config';
import { parseConfigFile } from '../core/configFile';
import { docsUrl, fixAll, lint } from '../core/engine';
import { rules } from '../core/rules';
import { LineIndex } from '../core/text';
import type { LintMessage } from '../core/types';

const USAGE = `Usage: client-notes lint [paths or globs…] [--format stylish|json|sarif] [--fix] [--config FILE]

Lints client conversation notes. Exit codes: 0 no error-level finding, 1 at least one, 2 bad usage or config.
For reproducible tests, CLIENT_NOTES_NOW=YYYY-MM-DD sets the day dates are judged against.`;

class UsageError extends Error {}

interface FileResult {
  file: string;
  text: string;
  messages: LintMessage[];
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === undefined) {
    console.log(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'lint') throw new UsageError(`Unknown command "${command}".`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'stylish' }, fix: { type: 'boolean', default: false }, config: { type: 'string' } },
  });
  const format = values.format!;
  if (!['stylish', 'json', 'sarif'].includes(format)) throw new UsageError(`Unknown format "${format}".`);
  const now = process.env.CLIENT_NOTES_NOW ? new Date(`${process.env.CLIENT_NOTES_NOW}T12:00:00`) : new Date();
  const explicit = values.config ? loadConfigFile(resolve(values.config)) : undefined;
  const configs = new Map<string, { config: ResolvedConfig; root: string | undefined }>();
  const configFor = (directory: string) => {
    if (explicit) return { config: resolveConfig(explicit.input), root: dirname(explicit.path) };
    let cached = configs.get(directory);
    if (!cached) {
      const found = findConfigFile(directory);
      cached = { config: resolveConfig(found?.input), root: found ? dirname(found.path) : undefined };
      configs.set(directory, cached);
    }
    return cached;
  };

  const results: FileResult[] = [];
  for (const file of await filesFrom(positionals.length > 0 ? positionals : ['.'])) {
    let text = readFileSync(file, 'utf8');
    const { config, root } = configFor(dirname(file));
    const relativePath = relative(root ?? process.cwd(), file).split(sep).join('/');
    const options = { config, relativePath, now };
    if (values.fix) {
      const fixed = fixAll(text, options).text;
      if (fixed !== text) {
        const temporary = `${file}.client-notes-${process.pid}.tmp`;
        writeFileSync(temporary, fixed);
        renameSync(temporary, file);
        text = fixed;
      }
    }
    const result = lint(text, options);
    if (result.isNote) results.push({ file: relative(process.cwd(), file) || file, text, messages: result.messages });
  }
  process.stdout.write(format === 'json' ? json(results) : format === 'sarif' ? sarif(results) : stylish(results));
  return results.some((result) => result.messages.some((message) => message.severity === 'error')) ? 1 : 0;
}

async function filesFrom(inputs: string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    if (existsSync(input)) {
      const path = resolve(input);
      if (statSync(path).isDirectory()) for (const file of markdownUnder(path)) files.add(file);
      else files.add(path);
      continue;
    }
    const matches = /[*?[{]/.test(input) ? await glob(input, { absolute: true, ignore: ['**/node_modules/**', '**/.git/**'] }) : [];
    if (matches.length === 0) throw new UsageError(`No such file, folder or matching glob: ${input}`);
    for (const match of matches) files.add(resolve(match));
  }
  return [...files].sort();
}

function markdownUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === '.git') return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownUnder(path);
    return /\.(md|markdown)$/i.test(entry.name) ? [path] : [];
  });
}

function loadConfigFile(path: string): { path: string; input: ConfigInput | undefined } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the config file ${path}.`);
  }
  const { config, problems } = parseConfigFile(relative(process.cwd(), path) || path, text);
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return { path, input: config };
}

function findConfigFile(directory: string): { path: string; input: ConfigInput | undefined } | undefined {
  for (let current = directory; ; current = dirname(current)) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(current, name);
      if (existsSync(path)) return loadConfigFile(path);
    }
    if (dirname(current) === current) return undefined;
  }
}

function located(result: FileResult) {
  const lines = new LineIndex(result.text);
  return result.messages.map((message) => {
    const start = lines.positionAt(message.start);
    const end = lines.positionAt(message.end);
    return {
      ruleId: message.ruleId,
      severity: message.severity,
      message: message.message,
      line: start.line + 1,
      column: start.column + 1,
      endLine: end.line + 1,
      endColumn: end.column + 1,
    };
  });
}

function json(results: FileResult[]): string {
  return `${JSON.stringify(results.map((result) => ({ file: result.file, messages: located(result) })), null, 2)}\n`;
}

function stylish(results: FileResult[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    out.push(result.file);
    for (const message of located(result)) {
      counts[message.severity]++;
      out.push(`  ${`${message.line}:${message.column}`.padEnd(8)}${message.severity.padEnd(9)}${message.message}  ${message.ruleId}`);
    }
    out.push('');
  }
  const total = counts.error + counts.warning + counts.info;
  if (total === 0) return '';
  out.push(`✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} errors, ${counts.warning} warnings, ${counts.info} infos)`);
  return `${out.join('\n')}\n`;
}

function sarif(results: FileResult[]): string {
  const level = { error: 'error', warning: 'warning', info: 'note' } as const;
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'client-notes',
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: docsUrl(rule.id),
              defaultConfiguration: { level: level[rule.defaultSeverity] },
            })),
          },
        },
        results: results.flatMap((result) =>
          located(result).map((message) => ({
            ruleId: message.ruleId,
            level: level[message.severity],
            message: { text: message.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: result.file.split(sep).join('/') },
                  region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    if (error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`client-notes: ${error.message}\n\n${USAGE}`);
    } else {
      console.error(`client-notes: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exitCode = 2;
  },
);
