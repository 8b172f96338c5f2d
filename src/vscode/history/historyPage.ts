import * as vscode from 'vscode';
import { HISTORY_SIGNALS } from '../../core/config/historySignals';
import { isRealDate } from '../../core/base/days';
import { clientKey, clientsOverview } from '../../core/digest/clients';
import { clientHistory, type ClientHistory, type HistorySignal, type HistoryStep, type StepCounts } from '../../core/digest/history';
import type { StepTiming } from '../../core/digest/stepTiming';
import type { ClientsItem } from '../clients/clientsView';
import { today as todayOnTheClock } from '../clock';
import type { NoteConfiguration } from '../configuration';
import { OPEN_STEP_COMMAND } from '../nextSteps/openStep';
import type { NextStepsItem } from '../nextSteps/nextStepsItem';
import { readFileText } from '../noteSource';
import { monthName } from '../dueText';
import { scenarioText } from '../noteVocabulary';
import type { WorkspaceDigest } from '../digest/workspaceDigest';
import { pick } from '../notices';

export const SHOW_HISTORY_COMMAND = 'clientNotes.showHistory';

/** What the command takes: the Clients view's client item, or a client's name (from a keybinding or a test). */
type HistoryArgument = Extract<ClientsItem, { kind: 'client' }> | { client: string };

/** A History page as the integration tests read it: its client, its HTML, and its links, which open what a click opens. */
export interface HistoryPageShown {
  client: string;
  html: string;
  /** Opens the target of the page's link `data-open="N"`. */
  open(link: number): Promise<void>;
}

/** The History pages open, each as shown (for the test API). */
export interface HistoryPages extends vscode.Disposable {
  shown(): HistoryPageShown[];
}

/** What a link of the page opens: a note, or a step at its place in its note. */
type LinkTarget = { kind: 'note'; file: string } | { kind: 'step'; step: HistoryStep; client: string };

/**
 * A client's History: a page (a webview) with the signals of their history on top, a
 * timeline of the conversations by scenario across the months, each side's steps on time,
 * late and open as a small chart, the boundaries and the recaps not sent; every item links
 * to its note. The history is the core's (`digest/history.ts`), from the digest's records,
 * which hold only what the client may read of a note; this only shows it, and shows it
 * again when the records change. The page has no remote content and runs one script, of
 * its own, under a strict content security policy: a click or Enter on a link asks the
 * extension to open the note, by the link's number, never by a path the page gives.
 */
export function registerHistoryPage(digest: WorkspaceDigest, configuration: NoteConfiguration, extensionUri: vscode.Uri): HistoryPages {
  const pages = new Map<string, HistoryPage>();
  const folder = pageFolder(extensionUri);
  let template: Promise<string> | undefined;
  const page = { folder, template: () => (template ??= readFileText(vscode.Uri.joinPath(folder, 'page.html'))) };
  const show = async (argument: HistoryArgument | undefined) => {
    const client = typeof argument?.client === 'string' && argument.client.trim().length > 0 ? argument.client : await pickClient(digest);
    if (client === undefined) return;
    const key = clientKey(client);
    const open = pages.get(key);
    if (open) {
      open.panel.reveal();
      await open.render();
      return;
    }
    const shown = new HistoryPage(client, digest, configuration, page, () => pages.delete(key));
    pages.set(key, shown);
    await shown.render();
  };
  const registration = vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_HISTORY_COMMAND, show),
    digest.onDidChange(() => {
      for (const page of pages.values()) void page.render();
    }),
    { dispose: () => [...pages.values()].forEach((page) => page.panel.dispose()) },
  );
  return Object.assign(registration, { shown: () => [...pages.values()].map((page) => page.shown()) });
}

class HistoryPage {
  readonly panel: vscode.WebviewPanel;
  private links: LinkTarget[] = [];
  private rendering = 0;

  constructor(
    private client: string,
    private readonly digest: WorkspaceDigest,
    private readonly configuration: NoteConfiguration,
    private readonly page: { folder: vscode.Uri; template(): Promise<string> },
    onClosed: () => void,
  ) {
    this.panel = vscode.window.createWebviewPanel('clientNotes.history', vscode.l10n.t('History: {0}', client), vscode.ViewColumn.Active, {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [page.folder],
    });
    this.panel.webview.onDidReceiveMessage((message: unknown) => {
      const link = typeof message === 'object' && message !== null && 'open' in message ? (message as { open: unknown }).open : undefined;
      if (typeof link === 'number') void this.open(link);
    });
    this.panel.onDidDispose(onClosed);
  }

  /** Builds the page from the digest as it is now; a render begun later wins over one still under way. */
  async render(): Promise<void> {
    const ticket = ++this.rendering;
    const today = todayOnTheClock();
    const notes = await this.digest.notes();
    const thresholds = await this.thresholds(notes);
    const template = await this.page.template();
    if (ticket !== this.rendering) return;
    const history = clientHistory(notes, this.client, today, thresholds);
    this.links = [];
    if (history) this.client = history.client;
    this.panel.title = vscode.l10n.t('History: {0}', this.client);
    this.panel.webview.html = pageHtml(template, this.panel.webview, this.page.folder, this.panel.title, history ? this.body(history, today) : this.gone());
  }

  shown(): HistoryPageShown {
    return { client: this.client, html: this.panel.webview.html, open: (link) => this.open(link) };
  }

  /** The thresholds of the config of the client's newest note. */
  private async thresholds(notes: ReadonlyArray<{ file: string; digest: { client: string | undefined; date: string | undefined } }>) {
    const key = clientKey(this.client);
    const newest = notes
      .filter((note) => note.digest.client !== undefined && clientKey(note.digest.client) === key)
      .reduce<(typeof notes)[number] | undefined>((best, note) => (!best || (note.digest.date ?? '') > (best.digest.date ?? '') ? note : best), undefined);
    // Without a note of the client there is no history to draw signals from.
    return newest ? (await this.configuration.forDocument(vscode.Uri.parse(newest.file))).config.historySignals : HISTORY_SIGNALS;
  }

  private async open(link: number): Promise<void> {
    const target = this.links[link];
    if (!target) return;
    if (target.kind === 'note') {
      await vscode.window.showTextDocument(vscode.Uri.parse(target.file), { viewColumn: vscode.ViewColumn.Beside });
      return;
    }
    const { step, client } = target;
    const item: NextStepsItem = { kind: 'step', uri: vscode.Uri.parse(step.file), step: { ...step, client, overdue: step.timing === 'overdue' }, today: todayOnTheClock() };
    await vscode.commands.executeCommand(OPEN_STEP_COMMAND, item);
  }

  /** A link to a note or a step: a number the page sends back, never the path itself. An anchor with an href, which a keyboard reaches. */
  private link(target: LinkTarget, content: string, label?: string): string {
    this.links.push(target);
    const file = target.kind === 'note' ? target.file : target.step.file;
    return element('a', { href: '#', 'data-open': this.links.length - 1, title: vscode.workspace.asRelativePath(vscode.Uri.parse(file)), 'aria-label': label }, content);
  }

  private noteLink(file: string, text: string, label?: string): string {
    return this.link({ kind: 'note', file }, escape(text), label);
  }

  /** Links to the notes, each by its date. */
  private noteLinks(history: ClientHistory, files: readonly string[]): string {
    const dates = new Map(history.notes.map((note) => [note.file, note.date]));
    return muted(files.map((file) => this.noteLink(file, dates.get(file) ?? vscode.l10n.t('no date'))).join(', '));
  }

  private body(history: ClientHistory, today: string): string {
    return [
      element('h1', {}, escape(vscode.l10n.t('History: {0}', history.client))),
      element('p', { class: 'muted' }, escape(vscode.l10n.t('From {0} notes, as of {1}. Facts from the notes, not a verdict.', history.notes.length, today))),
      this.signals(history),
      this.timeline(history),
      this.steps(history),
      this.boundaries(history),
      this.recaps(history),
    ].join('\n');
  }

  private signals(history: ClientHistory): string {
    const items = history.signals.map((signal) =>
      element('li', { class: 'signal' }, element('span', { class: 'signal-id' }, escape(signal.id)), escape(signalText(signal)), ' ', this.noteLinks(history, signal.files)),
    );
    return section(
      vscode.l10n.t('Signals'),
      items.length > 0 ? element('ul', { class: 'signals' }, ...items) : element('p', {}, escape(vscode.l10n.t('No signal: the notes show none of the patterns looked for.'))),
    );
  }

  /** A row per scenario, a column per month from the first conversation to the last, a link per conversation; then every conversation, oldest first. */
  private timeline(history: ClientHistory): string {
    const dated = history.notes.filter((note) => note.date !== undefined && isRealDate(note.date));
    const months = monthsBetween(dated[0]?.date, dated[dated.length - 1]?.date);
    const scenarios = [...new Set(history.notes.map((note) => note.scenario ?? ''))];
    const header = element('tr', {}, element('th', { scope: 'col' }, escape(vscode.l10n.t('Scenario'))), ...months.map((month) => element('th', { scope: 'col' }, escape(monthName(month)))));
    const rows = scenarios.map((scenario) =>
      element(
        'tr',
        {},
        element('th', { scope: 'row' }, escape(scenarioLabel(scenario))),
        ...months.map((month) =>
          element(
            'td',
            {},
            dated
              .filter((note) => (note.scenario ?? '') === scenario && note.date!.startsWith(month))
              .map((note) => this.noteLink(note.file, '●', `${note.date}: ${note.topic ?? scenarioLabel(scenario)}`))
              .join(' '),
          ),
        ),
      ),
    );
    const counts = Object.entries(history.conversations.byScenario).map(([scenario, count]) => `${escape(scenarioLabel(scenario))}: ${count}`);
    const list = history.notes.map((note) =>
      element(
        'li',
        {},
        this.noteLink(note.file, `${note.date ?? vscode.l10n.t('no date')} — ${note.topic ?? vscode.workspace.asRelativePath(vscode.Uri.parse(note.file))}`),
        ' ',
        muted(escape(scenarioLabel(note.scenario ?? ''))),
      ),
    );
    return section(
      vscode.l10n.t('Conversations ({0})', history.conversations.total),
      months.length > 0 ? element('div', { class: 'scroll' }, element('table', { class: 'timeline' }, header, ...rows)) : '',
      counts.length > 0 ? element('p', {}, counts.join(', ')) : '',
      element('ol', {}, ...list),
    );
  }

  private steps(history: ClientHistory): string {
    const side = (title: string, counts: StepCounts, steps: readonly HistoryStep[]) => {
      const unknown = counts.done - counts.doneOnTime - counts.doneLate;
      const parts: Array<[string, number, string]> = [
        ['on-time', counts.doneOnTime, vscode.l10n.t('Done on time: {0}', counts.doneOnTime)],
        ['late', counts.doneLate, vscode.l10n.t('Done late: {0}', counts.doneLate)],
        ['unknown', unknown, vscode.l10n.t('Done, day unknown or no date: {0}', unknown)],
        ['open', counts.open, vscode.l10n.t('Open: {0}', counts.open)],
        ['overdue', counts.overdue, vscode.l10n.t('Overdue: {0}', counts.overdue)],
      ];
      // The chart: one bar, a part per kind as wide as its count; sizes as SVG attributes, which the content security policy lets through where inline styles are not.
      let at = 0;
      const bar = element(
        'svg',
        { class: 'bar', role: 'img', 'aria-label': parts.map(([, , text]) => text).join(', '), viewBox: `0 0 ${Math.max(counts.total, 1)} 1`, preserveAspectRatio: 'none' },
        ...parts
          .filter(([, count]) => count > 0)
          .map(([kind, count]) => {
            const part = element('rect', { class: kind, x: at, y: 0, width: count, height: 1 });
            at += count;
            return part;
          }),
      );
      const legend = element('ul', { class: 'legend' }, ...parts.map(([kind, , text]) => element('li', {}, element('span', { class: `swatch ${kind}` }), escape(text))));
      const list = steps.map((step) => element('li', {}, this.link({ kind: 'step', step, client: history.client }, escape(step.what)), ' ', muted(escape(timingText(step)))));
      return [
        element('h3', {}, escape(title), ' ', muted(escape(vscode.l10n.t('{0} steps', counts.total)))),
        bar,
        legend,
        list.length > 0 ? element('details', {}, element('summary', {}, escape(vscode.l10n.t('Each step'))), element('ul', {}, ...list)) : '',
      ].join('');
    };
    return section(
      vscode.l10n.t('Next steps'),
      side(vscode.l10n.t('Mine'), history.steps.mine, history.stepList.mine),
      side(vscode.l10n.t('Theirs'), history.steps.theirs, history.stepList.theirs),
    );
  }

  private boundaries(history: ClientHistory): string {
    if (history.boundaries.length === 0) return '';
    const items = history.boundaries.map((boundary) =>
      element('li', {}, escape(boundary.text), ' ', muted(escape(boundary.times === 1 ? vscode.l10n.t('once') : vscode.l10n.t('{0} times', boundary.times))), ' ', this.noteLinks(history, boundary.files)),
    );
    return section(vscode.l10n.t('Boundaries'), element('ul', {}, ...items));
  }

  private recaps(history: ClientHistory): string {
    if (history.recapsNotSent.length === 0) return '';
    const items = history.recapsNotSent.map((recap) =>
      element('li', {}, this.noteLink(recap.file, [recap.date ?? vscode.l10n.t('no date'), recap.topic].filter((part) => part !== undefined).join(' — '))),
    );
    return section(vscode.l10n.t('Recaps not sent ({0})', history.recapsNotSent.length), element('ul', {}, ...items));
  }

  private gone(): string {
    return element('h1', {}, escape(vscode.l10n.t('History: {0}', this.client))) + element('p', {}, escape(vscode.l10n.t('No note has this client any more.')));
  }
}

/** From the Command Palette: the client picked among the digest's. */
async function pickClient(digest: WorkspaceDigest): Promise<string | undefined> {
  const clients = clientsOverview(await digest.notes(), todayOnTheClock());
  if (clients.length === 0) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Client Notes: no note in the workspace names a client yet.'));
    return undefined;
  }
  const picked = await pick(
    clients.map((overview) => ({ label: overview.client, description: vscode.l10n.t('{0} notes', overview.notes.length) })),
    { title: vscode.l10n.t('Client Notes: whose history?') },
  );
  return picked?.label;
}

function section(title: string, ...content: string[]): string {
  return element('section', {}, element('h2', {}, escape(title)), ...content);
}

function muted(content: string): string {
  return element('span', { class: 'muted' }, content);
}

/** An HTML element: attribute values escaped, those undefined left out; `content` is HTML already. */
function element(name: string, attributes: Record<string, string | number | undefined>, ...content: string[]): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escape(String(value))}"`)
    .join('');
  return `<${name}${written}>${content.join('')}</${name}>`;
}

/** A signal in the display language, from its facts; the core's English sentence for an id this does not know. */
function signalText(signal: HistorySignal): string {
  const { count, days, from, to, scenario, boundary, late, overdue } = signal.facts;
  switch (signal.id) {
    case 'recurring-scenario':
      return vscode.l10n.t('{0} conversations about {1} within {2} days ({3} to {4}).', count, scenarioLabel(scenario ?? ''), days ?? 0, from ?? '', to ?? '');
    case 'late-commitments':
      return vscode.l10n.t("Of the client's {0} dated next steps, {1} done late and {2} overdue.", count, late ?? 0, overdue ?? 0);
    case 'boundary-restated':
      return vscode.l10n.t('The boundary "{0}" is written in {1} notes.', boundary ?? '', count);
    case 'payment-trouble':
      return vscode.l10n.t('{0} invoice disputes within {1} days ({2} to {3}).', count, days ?? 0, from ?? '', to ?? '');
    case 'escalation':
      return vscode.l10n.t('{0} conversations in the last {1} days ({2} to {3}).', count, days ?? 0, from ?? '', to ?? '');
  }
}

function timingText(step: HistoryStep): string {
  const texts: Record<StepTiming, string> = {
    doneOnTime: vscode.l10n.t('done {0}, due {1}', step.doneOn ?? '', step.due ?? ''),
    doneLate: vscode.l10n.t('done {0}, due {1}: late', step.doneOn ?? '', step.due ?? ''),
    doneDayUnknown: vscode.l10n.t('done, due {0}', step.due ?? ''),
    open: vscode.l10n.t('due {0}', step.due ?? ''),
    overdue: vscode.l10n.t('due {0}: overdue', step.due ?? ''),
  };
  return step.timing ? texts[step.timing] : step.done ? vscode.l10n.t('done, no date') : vscode.l10n.t('no date');
}

function scenarioLabel(id: string): string {
  return id ? (scenarioText(id)?.label ?? id) : vscode.l10n.t('No scenario');
}

/** `2026-06` … `2026-12`: every month from the first day's to the last's. */
function monthsBetween(first: string | undefined, last: string | undefined): string[] {
  if (!first || !last) return [];
  const months: string[] = [];
  let [year, month] = first.slice(0, 7).split('-').map(Number);
  const end = last.slice(0, 7);
  for (let month7 = first.slice(0, 7); month7 <= end; month7 = `${year}-${String(month).padStart(2, '0')}`) {
    months.push(month7);
    [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
  }
  return months;
}


/** Text as HTML that shows it and nothing else. */
function escape(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}

/** A fresh nonce for the page's one script and style. */
function nonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The page's template, style and script, files of the extension (`media/history/`). */
function pageFolder(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', 'history');
}

/**
 * The page: nothing loaded but its own style and script (`default-src 'none'`), the
 * script allowed by a nonce, colours from the theme's variables.
 */
function pageHtml(template: string, webview: vscode.Webview, folder: vscode.Uri, title: string, body: string): string {
  const once = nonce();
  const values: Record<string, string> = {
    lang: escape(vscode.env.language),
    csp: escape(`default-src 'none'; style-src ${webview.cspSource}; script-src 'nonce-${once}';`),
    style: escape(webview.asWebviewUri(vscode.Uri.joinPath(folder, 'page.css')).toString()),
    script: escape(webview.asWebviewUri(vscode.Uri.joinPath(folder, 'page.js')).toString()),
    nonce: once,
    title: escape(title),
    body,
  };
  // One pass over the template: what a value holds is never read as a placeholder.
  return template.replace(/\{\{(\w+)\}\}/gu, (placeholder, key: string) => values[key] ?? placeholder);
}
