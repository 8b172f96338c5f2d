import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addDays, localDay } from '../../src/core/base/days';
import type { ClientsItem } from '../../src/vscode/clients/clientsView';
import type { ShownItem } from '../../src/vscode/nextSteps/nextStepsView';
import { asRead, closeAllEditors, extensionApi, waitFor, writeNote } from './helpers';

const today = localDay(new Date());

function note(client: string, date: string, topic: string, steps: string): string {
  return `---\ntype: client-conversation\nclient: ${client}\ncontact: Ann Lee <ann@example.com>\ndate: ${date}\nchannel: email\nscenario: missed-deadline\ntopic: ${topic}\nagreements: [${topic} agreed]\nfollow_up:\n  sent: ${date}\n---\n\n# ${topic}\n\n## Agreed next steps\n\n${steps}`;
}

async function clientsShown(): Promise<Array<ShownItem<ClientsItem>>> {
  const api = await extensionApi();
  return asRead(await api.clientsShown());
}

/** A client's items, as `label | description` lines indented by depth. */
function lines(items: Array<ShownItem<ClientsItem>>, depth = 0): string[] {
  return items.flatMap((item) => [`${'  '.repeat(depth)}${item.label}${item.description ? ` | ${item.description}` : ''}`, ...lines(item.children, depth + 1)]);
}

describe('Clients view', () => {
  afterEach(closeAllEditors);

  it('lists each client with their notes newest first and what is open on both sides', async () => {
    await writeNote('notes/clients-view/first.md', note('Clientview Co', addDays(today, -20), 'First talk', `- [ ] Send the draft (owner: me, due: ${addDays(today, -2)})\n`));
    await writeNote('notes/clients-view/second.md', note('Clientview Co', addDays(today, -3), 'Second talk', `- [ ] Approve the draft (owner: client, due: ${addDays(today, 4)})\n- [x] Done thing (owner: me)\n`));
    await writeNote('notes/clients-view/other.md', note('Otherview Co', today, 'Other talk', '- [ ] Not theirs (owner: me)\n'));
    const client = await waitFor(async () => {
      const shown = (await clientsShown()).find((item) => item.label === 'Clientview Co');
      const talks = shown?.children.filter((child) => / — (First|Second) talk$/.test(child.label));
      return talks?.length === 2 && shown;
    }, 'the client and both its notes in the view');
    assert.equal(client.description, '2 notes, 2 open steps');
    const shown = lines(client.children);
    assert.deepEqual(
      shown.filter((line) => !line.startsWith(' ')),
      ['Open on my side | 1', 'Open on their side | 1', 'Latest agreements | 2', `${addDays(today, -3)} — Second talk | Missed deadline`, `${addDays(today, -20)} — First talk | Missed deadline`],
    );
    assert.ok(shown.includes('  Send the draft | 2 days late'), shown.join('\n'));
    assert.ok(shown.includes('  Approve the draft | in 4 days'), shown.join('\n'));
    assert.ok(!shown.some((line) => /Done thing|Not theirs/.test(line)), shown.join('\n'));
    const step = client.children[0].children[0].item;
    assert.equal(step.kind, 'step');
  });
});

describe('Prepared notes', () => {
  afterEach(closeAllEditors);

  it('New Conversation Note for a client with earlier notes holds their open steps, and nothing from other clients', async () => {
    await writeNote('notes/prepared-co/earlier.md', note('Prepared Co', addDays(today, -7), 'Earlier talk', `- [ ] Send the estimate (owner: me, due: ${addDays(today, -1)})\n- [ ] Confirm the venue (owner: client)\n`));
    await writeNote('notes/prepared-other/other.md', note('Unprepared Co', addDays(today, -7), 'Other talk', '- [ ] Someone else’s step (owner: me)\n'));
    await waitFor(async () => (await clientsShown()).some((item) => item.label === 'Prepared Co') && (await clientsShown()).some((item) => item.label === 'Unprepared Co'), 'both clients in the digest');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'Prepared Co', scenario: 'scope-change', topic: 'Follow-up talk', date: today });
    assert.ok(uri instanceof vscode.Uri);
    const text = vscode.window.activeTextEditor!.document.getText();
    const preparation = text.slice(text.indexOf('## Preparation'), text.indexOf('## Facts'));
    assert.match(preparation, /- Open on my side:\n {2}- Send the estimate — due \S+ \(1 day late\), \[\S+\]\(earlier\.md\)\n/);
    assert.match(preparation, /- Open on their side:\n {2}- client: Confirm the venue — no date/);
    assert.match(preparation, /Earlier talk agreed/);
    assert.doesNotMatch(text, /Unprepared|Someone else/);
  });

  it('New Conversation Note in German for a client with earlier notes gets its Preparation in German, with German dates', async () => {
    const due = addDays(today, -1);
    await writeNote('notes/vorbereitet/earlier.md', note('Vorbereitet GmbH', addDays(today, -7), 'Erstes Gespräch', `- [ ] Send the estimate (owner: me, due: ${due})\n- [ ] Confirm the venue (owner: client)\n`));
    await waitFor(async () => (await clientsShown()).some((item) => item.label === 'Vorbereitet GmbH'), 'the client in the digest');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'Vorbereitet GmbH', scenario: 'scope-change', topic: 'Zweites Gespräch', date: today, language: 'de' });
    assert.ok(uri instanceof vscode.Uri);
    const text = vscode.window.activeTextEditor!.document.getText();
    const preparation = text.slice(text.indexOf('## Vorbereitung'), text.indexOf('## Fakten'));
    const [year, month, day] = due.split('-');
    assert.match(preparation, /^## Vorbereitung\n\n<!-- Aus Ihren früheren Notizen mit Vorbereitet GmbH, Stand \d\d\.\d\d\.\d{4}\. -->\n/u);
    assert.ok(preparation.includes(`- Offen bei mir:\n  - Send the estimate — fällig am ${day}.${month}.${year} (1 Tag überfällig), [`), preparation);
    assert.match(preparation, /- Offen auf Kundenseite:\n {2}- client: Confirm the venue — ohne Termin/u);
    assert.match(preparation, /- In den letzten Gesprächen vereinbart:\n {2}- Erstes Gespräch agreed, /u);
  });

  it("New Conversation Note for a known client goes beside their notes, whatever the folder's name, and starts with their contact", async () => {
    await writeNote('notes/beside/2026-01-05-kickoff.md', note('Beside Studio', addDays(today, -30), 'Kickoff', '- [x] Send the quote (owner: me)\n'));
    await waitFor(async () => (await clientsShown()).some((item) => item.label === 'Beside Studio'), 'the client in the digest');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { client: 'beside studio', scenario: 'scope-change', topic: 'Second round', date: '2026-12-10' });
    assert.equal(vscode.workspace.asRelativePath(uri), 'notes/beside/2026-12-10-second-round.md');
    assert.match(vscode.window.activeTextEditor!.document.getText(), /\ncontact: Ann Lee <ann@example\.com>\n/);
  });

  it('New Conversation Note from a client of the Clients view is for that client, beside their notes', async () => {
    await writeNote('notes/from-view/2026-01-05-kickoff.md', note('From View Ltd', addDays(today, -30), 'Kickoff', '- [x] Send the quote (owner: me)\n'));
    const client = await waitFor(async () => (await clientsShown()).find((item) => item.label === 'From View Ltd'), 'the client in the view');
    assert.equal(client.contextValue, 'client', 'the item the view offers the command on');
    // The view passes its item; the scenario and topic, which the command would ask for, are given.
    const uri = await vscode.commands.executeCommand<vscode.Uri>('clientNotes.newNote', { ...client.item, scenario: 'scope-change', topic: 'Next phase', date: '2026-12-11' });
    assert.equal(vscode.workspace.asRelativePath(uri), 'notes/from-view/2026-12-11-next-phase.md');
    assert.match(vscode.window.activeTextEditor!.document.getText(), /\nclient: From View Ltd\n/);
  });
});
