import { sep } from 'node:path';
import { docsUrl } from '../../core/engine';
import { rules } from '../../core/rules';
import type { Severity } from '../../core/types';
import { VERSION } from '../version';
import type { Formatter } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, for code-scanning dashboards. Paths stay relative: no local folder names leave the machine. */
export const sarif: Formatter = (reports) => {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
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
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              helpUri: docsUrl(rule.id),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: reports.flatMap(({ file, messages }) =>
          messages.map((message) => ({
            ruleId: message.ruleId,
            ...(ruleIndex.has(message.ruleId) ? { ruleIndex: ruleIndex.get(message.ruleId) } : {}),
            level: LEVEL[message.severity],
            message: { text: message.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: relativeUri(file) },
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
};

/** A relative path as a relative URI reference: `/`-separated, each segment percent-encoded. */
function relativeUri(path: string): string {
  return path.split(sep).join('/').split('/').map(encodeURIComponent).join('/');
}
