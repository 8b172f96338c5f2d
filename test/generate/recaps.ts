// The recap's golden files, written from the notes beside them:
// - test/golden/summary/<case>/: the recap of note.md under settings.json in every format
//   (no recap.eml where the note cannot be addressed: it gets problems instead) and its
//   warnings, at 23 November 2026, 11:00 UTC;
// - test/golden/summary/scenarios/<scenario>/: the Markdown and text recap of a note of
//   each scenario, filled in as its template asks, at 23 November 2026, noon.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SCENARIOS } from '../../src/core/note/scenarios';
import { buildRecapModel, generateRecap, type RecapFormat, type GenerateRecapOptions, type GeneratedRecap } from '../../src/core/recap';
import { FIXED_NOW } from '../unit/support';
import { inRepo, type Generated } from './generated';

export const GOLDEN_ROOT = 'test/golden/summary';
export const SCENARIOS_ROOT = `${GOLDEN_ROOT}/scenarios`;

/** The moment the golden recaps are written at; UTC, so the .eml Date is the same on every machine. */
export const NOW = new Date(Date.UTC(2026, 10, 23, 11, 0, 0));

/** Each format of a golden case and its file. */
export const GOLDEN_FILES: Record<Exclude<RecapFormat, 'mailto'>, string> = { markdown: 'recap.md', text: 'recap.txt', eml: 'recap.eml' };
/** Each format of a scenario's recap and its file. */
export const SCENARIO_FILES = { markdown: 'recap.md', text: 'recap.txt' } as const;

const read = (path: string): string => readFileSync(inRepo(path), 'utf8');

/** The golden cases: the folders of test/golden/summary/ that hold a note.md. */
export function goldenCases(): string[] {
  return readdirSync(inRepo(GOLDEN_ROOT)).filter((entry) => existsSync(inRepo(`${GOLDEN_ROOT}/${entry}/note.md`)));
}

/** A golden case's note and the options it is recapped with. */
export function goldenCase(name: string): { note: string; options: GenerateRecapOptions } {
  const settings = JSON.parse(read(`${GOLDEN_ROOT}/${name}/settings.json`)) as Omit<GenerateRecapOptions, 'now'>;
  return { note: read(`${GOLDEN_ROOT}/${name}/note.md`), options: { now: NOW, ...settings } };
}

/** A golden case's recap in a format. */
export function goldenRecap(name: string, format: keyof typeof GOLDEN_FILES): GeneratedRecap {
  const { note, options } = goldenCase(name);
  return generateRecap(note, format, options);
}

/** A golden case's warnings, one a line. */
export function goldenWarnings(name: string): string {
  const { note, options } = goldenCase(name);
  const built = buildRecapModel(note, options);
  return built.ok ? built.warnings.map((warning) => `${warning}\n`).join('') : '';
}

/** A scenario's note, filled in, and the settings it is recapped with. */
export function scenarioCase(scenario: string): { note: string; settings: Omit<GenerateRecapOptions, 'now'> } {
  return {
    note: read(`${SCENARIOS_ROOT}/${scenario}/note.md`),
    settings: JSON.parse(read(`${SCENARIOS_ROOT}/${scenario}/settings.json`)) as Omit<GenerateRecapOptions, 'now'>,
  };
}

/** A scenario's recap in a format. */
export function scenarioRecap(scenario: string, format: keyof typeof SCENARIO_FILES): GeneratedRecap {
  const { note, settings } = scenarioCase(scenario);
  return generateRecap(note, format, { now: FIXED_NOW, ...settings });
}

/** Every golden recap and warnings file; a scenario's recap that cannot be made is left as it is, for its test to say why. */
export function recapFiles(): Generated[] {
  const golden = goldenCases().flatMap((name) => [
    ...(Object.entries(GOLDEN_FILES) as Array<[keyof typeof GOLDEN_FILES, string]>).map(([format, file]) => {
      const result = goldenRecap(name, format);
      return { path: `${GOLDEN_ROOT}/${name}/${file}`, text: result.ok ? result.text : undefined };
    }),
    { path: `${GOLDEN_ROOT}/${name}/warnings.txt`, text: goldenWarnings(name) },
  ]);
  const scenarios = SCENARIOS.flatMap((scenario) =>
    (Object.entries(SCENARIO_FILES) as Array<[keyof typeof SCENARIO_FILES, string]>).flatMap(([format, file]) => {
      const result = scenarioRecap(scenario.id, format);
      return result.ok ? [{ path: `${SCENARIOS_ROOT}/${scenario.id}/${file}`, text: result.text }] : [];
    }),
  );
  return [...golden, ...scenarios];
}
