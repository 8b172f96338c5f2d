import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HistoryPageShown } from '../../src/vscode/history/historyPage';
import { asRead, closeAllEditors, extensionApi, extensionId, waitFor, writeNote } from './helpers';

// One client's six conversations from June to December 2026, as test/cli-fixtures/history
// holds them for the command line, seen on 4 December 2026.
const TODAY = '2026-12-04';
const CLIENT = 'Harbor Page Co';
const FOLDER = 'notes/history-page';

function note(date: string, scenario: string, topic: string, sent: boolean, body: string): string {
  return `---\ntype: client-conversation\nclient: ${CLIENT}\ncontact: Mara Quinn <mara@harbor.example>\ndate: ${date}\nchannel: video-call\nscenario: ${scenario}\ntopic: ${topic}\n${sent ? `follow_up:\n  sent: ${date}\n` : ''}---\n\n${body}\n`;
}

const NOTES: Record<string, string> = {
  '2026-06-15-scope.md': note(
    '2026-06-15',
    'scope-change',
    'Extra landing pages',
    true,
    '## Agreed next steps\n\n- [x] Send the revised quote (owner: me, due: 2026-06-19) ✅ 2026-06-18\n- [x] Confirm the page list (owner: client, due: 2026-06-22) ✅ 2026-06-26\n\n## Boundaries\n\n- Changes after sign-off are quoted separately\n\n## Private notes\n\n- Mara sounded irritated',
  ),
  '2026-07-20-invoice.md': note('2026-07-20', 'invoice-dispute', 'Invoice 104', true, '## Agreed next steps\n\n- [x] Pay invoice 104 (owner: client, due: 2026-07-31) ✅ 2026-08-10'),
  '2026-08-25-scope.md': note(
    '2026-08-25',
    'scope-change',
    'A blog section',
    true,
    '## Agreed next steps\n\n- [x] Send the product photos (owner: client, due: 2026-09-01) ✅ 2026-09-01\n\n## Boundaries\n\n- Changes after sign-off are quoted seperately',
  ),
  '2026-10-05-invoice.md': note('2026-10-05', 'invoice-dispute', 'Invoice 112', false, '## Agreed next steps\n\n- [ ] Pay invoice 112 (owner: client, due: 2026-10-15)'),
  '2026-11-10-scope.md': note(
    '2026-11-10',
    'scope-change',
    'Homepage redesign',
    true,
    '## Agreed next steps\n\n- [x] Send two homepage options (owner: me, due: 2026-11-13) ✅ 2026-11-16\n\n## Boundaries\n\n- Changes after sign-off are quoted separately',
  ),
  '2026-12-01-deadline.md': note(
    '2026-12-01',
    'missed-deadline',
    'The homepage slipped',
    false,
    '## Agreed next steps\n\n- [ ] Deliver the revised homepage (owner: me, due: 2026-12-11)\n\n## Private notes\n\n- Considering whether to keep this client',
  ),
};

async function historyPage(): Promise<HistoryPageShown> {
  const api = await extensionApi();
  return waitFor(() => api.historyPages().find((page) => page.client === CLIENT && page.html.includes('payment-trouble')), 'the History page with its signals');
}

/** The client in the Clients view once the digest holds all six of its notes. */
async function clientWithAllItsNotes() {
  const api = await extensionApi();
  return waitFor(
    async () => asRead(await api.clientsShown()).find((item) => item.label === CLIENT && item.description?.startsWith('6 notes')),
    'the client and its six notes in the Clients view',
  );
}

/** The text a reader sees of the page: its HTML without tags, style and script, entities read. */
function readText(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_entity, code: string) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ');
}

describe('History page', () => {
  before(async () => {
    (await extensionApi()).pinToday(TODAY);
    for (const [file, text] of Object.entries(NOTES)) await writeNote(`${FOLDER}/${file}`, text);
  });
  after(async () => (await extensionApi()).pinToday(undefined));
  afterEach(closeAllEditors);

  it("opens from the client of the Clients view, with the signals on top, the conversations by scenario across the months and each side's steps as a chart", async () => {
    const client = await clientWithAllItsNotes();
    await vscode.commands.executeCommand('clientNotes.showHistory', client.item);
    const page = await historyPage();
    const text = readText(page.html);
    const signals = text.indexOf('Signals');
    assert.ok(signals >= 0 && signals < text.indexOf('Conversations (6)'), text);
    for (const id of ['recurring-scenario', 'late-commitments', 'boundary-restated', 'payment-trouble']) assert.ok(text.includes(id), `${id} in ${text}`);
    assert.ok(!text.includes('escalation'), 'two conversations in 60 days are no escalation');
    assert.match(text, /3 conversations about Scope change within 180 days \(2026-06-15 to 2026-11-10\)\./);
    assert.match(text, /Of the client's 4 dated next steps, 2 done late and 1 overdue\./);
    // The timeline: a row per scenario, a column per month from June to December.
    assert.equal((page.html.match(/<th scope="col">/g) ?? []).length, 1 + 7);
    assert.deepEqual([...page.html.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => match[1]), ['Scope change', 'Invoice dispute', 'Missed deadline']);
    // Mine: the quote on time, the options late, the homepage open; theirs: the photos on time, the page list and invoice 104 late, invoice 112 overdue.
    assert.match(text, /Mine 3 steps .*Done on time: 1 .*Done late: 1 .*Open: 1 .*Overdue: 0/);
    assert.match(text, /Theirs 4 steps .*Done on time: 1 .*Done late: 2 .*Open: 0 .*Overdue: 1/);
    for (const words of ['irritated', 'Considering whether']) assert.ok(!page.html.includes(words), `"${words}" is private`);
  });

  it("keeps to a strict content security policy: nothing but its own style and nonce'd script, coloured by the theme", async () => {
    await vscode.commands.executeCommand('clientNotes.showHistory', { client: CLIENT.toLowerCase() });
    const { html } = await historyPage();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1].replace(/&#39;/g, "'") ?? '';
    const parts = /^default-src 'none'; style-src ([^;]+); script-src 'nonce-([0-9a-f]{32})';$/.exec(policy);
    assert.ok(parts, policy);
    assert.deepEqual([...html.matchAll(/<script\b([^>]*)>/g)].map((match) => match[1].replace(/ src="[^"]*"/, '')), [` nonce="${parts[2]}"`]);
    assert.ok(!/<style|\sstyle=|\son[a-z]+=/i.test(html), 'no inline style or event handler');
    // What the page loads: its own files, from the extension's media/history folder, and nothing else.
    const loaded = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]).filter((target) => target !== '#');
    assert.equal(loaded.length, 2);
    for (const target of loaded) assert.match(target, /media\/history\/page\.(?:css|js)$/);
    const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(vscode.extensions.getExtension(extensionId)!.extensionUri, 'media', 'history', 'page.css')));
    assert.match(css, /color: var\(--vscode-foreground\)/);
    assert.ok(!/url\(|@import|#[0-9a-f]{3,6}\b/i.test(css), 'no remote content and no colour but the theme’s');
  });

  it('links every conversation, signal, boundary and step to its note, and opens it', async () => {
    await vscode.commands.executeCommand('clientNotes.showHistory', { client: CLIENT });
    const page = await historyPage();
    const links = [...page.html.matchAll(/<a href="#" data-open="(\d+)" title="([^"]*)"/g)].map((match) => ({ link: Number(match[1]), file: match[2] }));
    const files = Object.keys(NOTES).map((file) => `${FOLDER}/${file}`);
    assert.deepEqual([...new Set(links.map((link) => link.file))].sort(), files);
    // A link is an element a keyboard reaches: an anchor with an href.
    assert.ok(links.length >= 6 + 4 + 6);
    const invoice = links.find((link) => link.file.endsWith('2026-10-05-invoice.md'))!;
    await page.open(invoice.link);
    await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('2026-10-05-invoice.md'), 'the note of invoice 112 open');
    const step = /<a href="#" data-open="(\d+)"[^>]*>Pay invoice 112<\/a>/.exec(page.html);
    assert.ok(step, 'the overdue step links to its place');
    await closeAllEditors();
    await page.open(Number(step[1]));
    const editor = await waitFor(() => vscode.window.activeTextEditor?.document.uri.path.endsWith('2026-10-05-invoice.md') && vscode.window.activeTextEditor, 'the step open');
    assert.match(editor.document.getText(editor.selection), /^Pay invoice 112 /);
  });

  it('New Conversation Note for the client puts the signals in its Preparation section', async () => {
    // Run alone (a grep), no test before this one has waited for the digest to read the notes.
    await clientWithAllItsNotes();
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: CLIENT, scenario: 'scope-change', topic: 'Signals talk', date: TODAY });
    assert.ok(uri instanceof vscode.Uri);
    const text = vscode.window.activeTextEditor!.document.getText();
    const preparation = text.slice(text.indexOf('## Preparation'), text.indexOf('## Facts'));
    assert.match(preparation, /- Signals from the notes:\n {2}- 3 scope-change conversations within 180 days \(2026-06-15 to 2026-11-10\): \[2026-06-15\]\(2026-06-15-scope\.md\)/);
    assert.match(preparation, /2 invoice disputes within 365 days/);
    assert.doesNotMatch(preparation, /irritated|Considering whether/);
  });
});
