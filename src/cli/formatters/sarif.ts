import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import { docsUrl } from '../../core/lint/engine';
import type { Rule } from '../../core/lint/rule';
import { rules } from '../../core/lint/rules';
import type { Severity } from '../../core/base/types';
import { VERSION } from '../version';
import type { FileReport, Formatter } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * What the relative URIs are relative to: the folder the CLI ran in. Its absolute path is
 * left out, so no local folder name leaves the machine; code scanning resolves the URIs
 * against the repository root, which is why the GitHub Action runs the CLI there.
 */
const SOURCE_ROOT = '%SRCROOT%';

/** The name of the fingerprint code scanning matches findings across runs by (a SARIF hierarchical string). */
const FINDING_HASH = 'findingHash/v1';

/**
 * SARIF 2.1.0, for code-scanning dashboards, within GitHub code scanning's rules: every
 * rule described and with help, every result with a partial fingerprint, paths relative.
 */
export const sarif: Formatter = () => {
  // One JSON document whose results come after the rules: written whole at the end.
  const reports: FileReport[] = [];
  return {
    file: (report) => {
      reports.push(report);
      return '';
    },
    end: () => sarifLog(reports),
  };
};

function sarifLog(reports: readonly FileReport[]): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const occurrences = new Map<string, number>();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'client-notes',
            version: VERSION,
            informationUri: 'https://github.com/client-notes/client-notes',
            rules: rules.map(describeRule),
          },
        },
        originalUriBaseIds: {
          [SOURCE_ROOT]: { description: { text: 'The folder client-notes lint ran in: the root of the repository, for code scanning.' } },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap(({ file, messages }) => {
          const uri = relativeUri(file);
          return messages.map((message) => {
            // The rule, the file and the message name a finding without its line, so it
            // keeps its alert when lines above it move; a count tells identical ones apart.
            const identity = `${message.ruleId}\0${uri}\0${message.message}`;
            const occurrence = (occurrences.get(identity) ?? 0) + 1;
            occurrences.set(identity, occurrence);
            return {
              ruleId: message.ruleId,
              ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
              level: LEVEL[message.severity],
              message: { text: message.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri, uriBaseId: SOURCE_ROOT },
                    region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
                  },
                },
              ],
              partialFingerprints: { [FINDING_HASH]: `${createHash('sha256').update(identity).digest('hex').slice(0, 32)}:${occurrence}` },
            };
          });
        }),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A rule as code scanning shows it: its description, and help that points to its page. */
function describeRule(rule: Rule) {
  const url = docsUrl(rule.id);
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    help: {
      text: `${rule.description}\n\nWhy it matters, examples, and how to turn it off: ${url}`,
      markdown: `${rule.description}\n\n[Why it matters, examples, and how to turn it off](${url})`,
    },
    helpUri: url,
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
  };
}

/** A relative path as a relative URI reference: `/`-separated, each segment percent-encoded. */
function relativeUri(path: string): string {
  return path.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}
