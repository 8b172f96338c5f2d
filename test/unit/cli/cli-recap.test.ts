import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mountFullDisk, repo, runCli, runCliInProcess, ScratchFolders } from '../cliRunner';
import { configFileEdits } from '../../../src/core/config/configFile';
import { applyEdits } from '../../../src/core/lint/engine';

const golden = join(repo, 'test', 'golden', 'summary', 'rich');
/** The moment the golden recaps were written at (see summary.test.ts). */
const GOLDEN_NOW = '2026-11-23T11:00:00Z';

describe('client-notes recap', function () {
  this.timeout(30000);
  const scratch = new ScratchFolders();
  after(() => scratch.removeAll());

  /** A folder holding the golden note and a config file with the golden case's summary settings. */
  function goldenFolder(): string {
    const folder = scratch.create();
    copyFileSync(join(golden, 'note.md'), join(folder, 'note.md'));
    const summary = JSON.parse(readFileSync(join(golden, 'settings.json'), 'utf8')) as unknown;
    writeFileSync(join(folder, '.clientnotesrc.json'), JSON.stringify({ summary }));
    return folder;
  }

  const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const goldenWarnings = readFileSync(join(golden, 'warnings.txt'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => `client-notes: ${line}\n`)
    .join('');
  /** What the check before sending finds in the golden note's recap, then the warnings of the recap itself. */
  const goldenStderr = `${goldenWarnings}note.md:23:11: next-step-incomplete: Next step "Book a check-in for January" has no owner and no due date: add \`owner:\` and \`due:\`.\n`;

  for (const [format, file] of [
    ['markdown', 'recap.md'],
    ['text', 'recap.txt'],
    ['eml', 'recap.eml'],
  ]) {
    it(`prints the ${format} recap, the same as the editor's, with the config file's settings and warnings`, async () => {
      const { code, stdout, stderr } = await runCliInProcess(['recap', 'note.md', '--format', format], goldenFolder(), GOLDEN_NOW);
      assert.equal(code, 0, stderr);
      assert.equal(stdout, withNewline(readFileSync(join(golden, file), 'utf8')));
      assert.equal(stderr, goldenStderr);
    });
  }

  it('runs as "summary" too, its former name, with the same output and help; the command list names recap alone', async () => {
    const folder = goldenFolder();
    for (const format of ['markdown', 'eml']) {
      const asRecap = await runCliInProcess(['recap', 'note.md', '--format', format], folder, GOLDEN_NOW);
      assert.equal(asRecap.code, 0, asRecap.stderr);
      assert.deepEqual(await runCliInProcess(['summary', 'note.md', '--format', format], folder, GOLDEN_NOW), asRecap, format);
    }
    const help = await runCliInProcess(['recap', '--help']);
    assert.match(help.stdout, /^Usage: client-notes recap NOTE/);
    assert.match(help.stdout, /"client-notes summary", the command's former name, does the same/);
    assert.deepEqual(await runCliInProcess(['summary', '--help']), help);
    const commands = (await runCliInProcess(['--help'])).stdout;
    assert.match(commands, /\n {2}recap +print or write the follow-up recap of a note\n/);
    assert.doesNotMatch(commands, /^ {2}summary /m);
  });

  it('markdown by default; mailto as a link', async () => {
    const folder = goldenFolder();
    assert.equal((await runCliInProcess(['recap', 'note.md'], folder, GOLDEN_NOW)).stdout, withNewline(readFileSync(join(golden, 'recap.md'), 'utf8')));
    assert.match((await runCliInProcess(['recap', 'note.md', '--format', 'mailto'], folder, GOLDEN_NOW)).stdout, /^mailto:zoe@xn--mller-kva\.example\?subject=/);
  });

  it('--out writes a new file and never replaces one unless --force is given', async () => {
    const folder = goldenFolder();
    const written = await runCliInProcess(['recap', 'note.md', '--format', 'eml', '--out', 'recap.eml'], folder, GOLDEN_NOW);
    assert.deepEqual([written.code, written.stdout], [0, 'recap.eml\n']);
    assert.equal(readFileSync(join(folder, 'recap.eml'), 'utf8'), withNewline(readFileSync(join(golden, 'recap.eml'), 'utf8')));

    writeFileSync(join(folder, 'recap.eml'), 'my own draft');
    const refused = await runCliInProcess(['recap', 'note.md', '--out', 'recap.eml'], folder, GOLDEN_NOW);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /recap\.eml already exists and was left as it is; .*--force/);
    assert.equal(readFileSync(join(folder, 'recap.eml'), 'utf8'), 'my own draft', 'the existing file is untouched');

    const forced = await runCliInProcess(['recap', 'note.md', '--out', 'recap.eml', '--force'], folder, GOLDEN_NOW);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(readFileSync(join(folder, 'recap.eml'), 'utf8'), withNewline(readFileSync(join(golden, 'recap.md'), 'utf8')));
  });

  it('--out writes regular files only: a FIFO or a device node is refused, even with --force, and left as it is', () => {
    const folder = goldenFolder();
    assert.equal(spawnSync('mkfifo', [join(folder, 'fifo')]).status, 0, 'mkfifo');
    const special = ['fifo'];
    // Only root may make a device node: this one is a copy of /dev/null.
    if (spawnSync('mknod', [join(folder, 'null'), 'c', '1', '3']).status === 0) special.push('null');
    for (const name of special) {
      // In a process of its own: a write that opened the FIFO would wait for a reader forever.
      const refused = runCli(['recap', 'note.md', '--out', name, '--force'], folder, GOLDEN_NOW);
      assert.deepEqual([refused.code, refused.stderr], [2, `${goldenStderr}client-notes: ${name} is not a regular file and was left as it is; --out writes regular files only.\n`], name);
      const stats = statSync(join(folder, name));
      assert.ok(name === 'fifo' ? stats.isFIFO() : stats.isCharacterDevice(), `${name} is still what it was`);
    }
  });

  it('--out never writes through a symbolic link, even with --force: the link and the file it points to are left as they are', async () => {
    const folder = goldenFolder();
    const elsewhere = join(scratch.create(), 'passwd');
    writeFileSync(elsewhere, 'root:x:0:0\n');
    symlinkSync(elsewhere, join(folder, 'recap.md'));
    symlinkSync(join(scratch.create(), 'cron-job'), join(folder, 'dangling.md'));
    for (const name of ['recap.md', 'dangling.md']) {
      const forced = await runCliInProcess(['recap', 'note.md', '--out', name, '--force'], folder, GOLDEN_NOW);
      assert.deepEqual(
        [forced.code, forced.stderr],
        [2, `${goldenStderr}client-notes: ${name} is a symbolic link and was left as it is; --out never writes through a link, even with --force: choose the file itself or another name.\n`],
        name,
      );
      assert.match((await runCliInProcess(['recap', 'note.md', '--out', name], folder, GOLDEN_NOW)).stderr, new RegExp(`${name.replace('.', '\\.')} already exists and was left as it is; `), `${name} without --force`);
      assert.ok(lstatSync(join(folder, name)).isSymbolicLink(), `${name} is still a link`);
    }
    assert.equal(readFileSync(elsewhere, 'utf8'), 'root:x:0:0\n');
    assert.deepEqual(readdirSync(join(elsewhere, '..')), ['passwd']);
  });

  it('--out --force leaves a read-only file as it is', async () => {
    const folder = goldenFolder();
    writeFileSync(join(folder, 'recap.md'), 'my own draft');
    chmodSync(join(folder, 'recap.md'), 0o444);
    const refused = await runCliInProcess(['recap', 'note.md', '--out', 'recap.md', '--force'], folder, GOLDEN_NOW);
    assert.deepEqual([refused.code, refused.stderr], [2, `${goldenStderr}client-notes: recap.md is read-only and was left as it is.\n`]);
    assert.equal(readFileSync(join(folder, 'recap.md'), 'utf8'), 'my own draft');
    assert.match((await runCliInProcess(['recap', 'note.md', '--out', 'recap.md'], folder, GOLDEN_NOW)).stderr, /recap\.md already exists and was left as it is; .*--force/, 'without --force');
  });

  it('--out on a full disk leaves nothing behind, and the next run writes the file (as root, on a 64 KB tmpfs)', async function () {
    const folder = goldenFolder();
    const disk = mountFullDisk(join(folder, 'disk'));
    if (!disk) {
      this.test!.title += ' (skipped: mounting a small tmpfs needs root)';
      this.skip();
    }
    try {
      const args = ['recap', 'note.md', '--format', 'eml', '--out', join('disk', 'recap.eml')];
      const full = await runCliInProcess(args, folder, GOLDEN_NOW);
      assert.deepEqual([full.code, full.stderr], [2, `${goldenStderr}client-notes: Cannot write disk/recap.eml: no space left on device\n`]);
      assert.deepEqual(readdirSync(join(folder, 'disk')), ['filler'], 'no recap, whole or truncated, and no temporary file');
      disk.free();
      const next = await runCliInProcess(args, folder, GOLDEN_NOW);
      assert.equal(next.code, 0, next.stderr);
      assert.equal(readFileSync(join(folder, 'disk', 'recap.eml'), 'utf8'), withNewline(readFileSync(join(golden, 'recap.eml'), 'utf8')));
    } finally {
      disk.unmount();
    }
  });

  it('says what is missing, with exit code 2 and no stack trace, for a note without a recap', async () => {
    const folder = scratch.create();
    writeFileSync(join(folder, 'broken.md'), '---\ntype: client-conversation\nclient: [Acme\n---\n# Rates\n');
    writeFileSync(join(folder, 'no-contact.md'), '---\ntype: client-conversation\nclient: Acme Ltd\ndate: 2026-11-20\ntopic: Rates\n---\n# Rates\n');
    writeFileSync(join(folder, 'readme.md'), '# Just a README\n');

    const broken = await runCliInProcess(['recap', 'broken.md'], folder);
    assert.equal(broken.code, 2);
    assert.match(broken.stderr, /^client-notes: No recap for broken\.md:\nclient-notes: {3}\S/);
    assert.match(broken.stderr, /frontmatter/i);

    const noContact = await runCliInProcess(['recap', 'no-contact.md'], folder);
    assert.equal(noContact.code, 2);
    assert.match(noContact.stderr, /contact/);

    const readme = await runCliInProcess(['recap', 'readme.md'], folder);
    assert.equal(readme.code, 2);
    assert.match(readme.stderr, /no frontmatter: a client note starts with/);

    for (const { stdout, stderr } of [broken, noContact, readme]) {
      assert.equal(stdout, '');
      assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('says what is missing in the reader’s language: --locale, else CLIENT_NOTES_LOCALE, else English; refuses a language there is none of', async () => {
    const folder = scratch.create();
    writeFileSync(join(folder, 'leer.md'), '---\ntype: client-conversation\nlang: de\nclient: Huber\ncontact: Anna Huber <anna@huber.example>\ntopic: Preise\n---\n\n## Fakten\n\n- Neue Preise.\n');
    const german = await runCliInProcess(['recap', 'leer.md', '--locale', 'de'], folder);
    assert.equal(german.code, 2);
    assert.match(german.stderr, /\nclient-notes: {3}Die Notiz enthält noch nichts für eine Zusammenfassung: Schreiben Sie Listenpunkte unter „Vereinbarungen“, „Grenzen“ oder „Vereinbarte nächste Schritte“/u);
    const french = await runCliInProcess(['recap', 'leer.md'], folder, undefined, { env: { CLIENT_NOTES_LOCALE: 'fr_FR.UTF-8' } });
    assert.match(french.stderr, /\nclient-notes: {3}La note n’a encore rien à récapituler : écrivez des éléments de liste sous « Vereinbarungen »/u);
    const english = await runCliInProcess(['recap', 'leer.md'], folder, undefined, { env: { CLIENT_NOTES_LOCALE: '' } });
    assert.match(english.stderr, /\nclient-notes: {3}The note has nothing to recap yet: write list items under "Vereinbarungen"/u);
    const unknown = await runCliInProcess(['recap', 'leer.md', '--locale', 'es'], folder);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--locale takes en, de or fr/u);
  });

  it('signs with the name the editor writes into the config file (Set Your Name for Recaps): a new .clientnotesrc.yaml, or one already there, YAML or JSON', async () => {
    const name = "Sam O'Neil: Design";
    for (const [file, before] of [
      ['.clientnotesrc.yaml', ''],
      ['.clientnotesrc.yaml', '# shared\nsummary:\n  myName: Old # me\n'],
      ['.clientnotesrc.json', `${JSON.stringify({ followUp: { days: 3 } }, null, 2)}\n`],
    ]) {
      const folder = scratch.create();
      copyFileSync(join(golden, 'note.md'), join(folder, 'note.md'));
      writeFileSync(join(folder, file), applyEdits(before, configFileEdits(file, before, ['summary'], [['myName', { text: name }]])!).text);
      const { code, stdout, stderr } = await runCliInProcess(['recap', 'note.md', '--format', 'text'], folder, GOLDEN_NOW);
      assert.equal(code, 0, stderr);
      assert.match(stdout, /\n\nBest regards,\nSam O'Neil: Design\n$/, `${file}: ${before}`);
    }
  });

  it('exit code 2 with the usage on bad usage; a clear message for a missing note or bad config', async () => {
    const folder = goldenFolder();
    for (const args of [['summary'], ['recap', 'a.md', 'b.md'], ['recap', 'note.md', '--format', 'pdf'], ['recap', 'note.md', '--force']]) {
      const { code, stderr } = await runCliInProcess(args, folder);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /Usage: client-notes recap NOTE/, args.join(' '));
    }
    const missing = await runCliInProcess(['recap', 'nowhere.md'], folder);
    assert.deepEqual([missing.code, missing.stderr], [2, 'client-notes: Cannot read nowhere.md: no such file or directory\n']);

    writeFileSync(join(folder, '.clientnotesrc.json'), '{"summary": {"signature": 42}}');
    const badConfig = await runCliInProcess(['recap', 'note.md'], folder);
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /\.clientnotesrc\.json/);
    assert.ok(!existsSync(join(folder, 'recap.md')));
  });

  describe('the check before sending', () => {
    const BLAME = `---
type: client-conversation
client: Acme Ltd
contact: Jane Doe <jane@acme.example>
date: 2026-11-20
topic: You missed the payment date again
agreements:
  - The launch moves to 5 December.
next_steps:
  - what: Send the revised timeline
    owner: me
    due: 2026-11-21
---

# Payment

## Facts

You failed to send the assets.

## Private notes

You never pay on time.
`;
    const findings =
      'blame.md:6:8: accusatory-language: "You missed" reads as blame. An "I" statement keeps the client listening: "I noticed…", "I understand there was a delay…".\n';

    function blameFolder(config?: object): string {
      const folder = scratch.create();
      writeFileSync(join(folder, 'blame.md'), BLAME);
      if (config) writeFileSync(join(folder, '.clientnotesrc.json'), JSON.stringify(config));
      return folder;
    }

    it('prints each finding of the recap text to stderr with its place and rule id, and still prints the recap (exit 0)', async () => {
      const { code, stdout, stderr } = await runCliInProcess(['recap', 'blame.md'], blameFolder(), GOLDEN_NOW);
      assert.equal(code, 0, stderr);
      assert.equal(stderr, findings, 'the Facts and the private notes do not reach the recap: nothing is said of them');
      assert.match(stdout, /^# Follow-up: You missed the payment date again \(20 November 2026\)\n/);
    });

    it('reads the sections the config file includes, and leaves out a rule it turns off', async () => {
      const included = await runCliInProcess(['recap', 'blame.md'], blameFolder({ summary: { includeSections: ['Facts'] } }), GOLDEN_NOW);
      assert.equal(included.code, 0, included.stderr);
      assert.equal(included.stderr, `${findings}blame.md:19:1: accusatory-language: "You failed" reads as blame. An "I" statement keeps the client listening: "I noticed…", "I understand there was a delay…".\n`);
      const off = await runCliInProcess(['recap', 'blame.md'], blameFolder({ rules: { 'accusatory-language': 'off' } }), GOLDEN_NOW);
      assert.deepEqual([off.code, off.stderr], [0, '']);
    });

    it('--strict: exit 1, the findings, and no recap printed or written, without a stack trace', async () => {
      const folder = blameFolder();
      const refused = 'client-notes: no recap printed: the check found 1 finding to fix first (--strict).\n';
      const printed = await runCliInProcess(['recap', 'blame.md', '--strict'], folder, GOLDEN_NOW);
      assert.deepEqual([printed.code, printed.stdout, printed.stderr], [1, '', `${findings}${refused}`]);
      const written = await runCliInProcess(['recap', 'blame.md', '--strict', '--out', 'recap.md'], folder, GOLDEN_NOW);
      assert.deepEqual([written.code, written.stdout, written.stderr], [1, '', `${findings}${refused}`]);
      assert.ok(!existsSync(join(folder, 'recap.md')));

      writeFileSync(join(folder, 'blame.md'), BLAME.replace('You missed the payment date again', 'Payment of invoice 2026-042'));
      const clean = await runCliInProcess(['recap', 'blame.md', '--strict'], folder, GOLDEN_NOW);
      assert.deepEqual([clean.code, clean.stderr], [0, '']);
      assert.match(clean.stdout, /^# Follow-up: Payment of invoice 2026-042/);
    });

    it('--strict checks what the recap holds: the words after a `<!-->`, which CommonMark and browsers show', async () => {
      const note = `${BLAME.replace('You missed the payment date again', 'Payment of invoice 2026-042').split('\n## ')[0]}\n## Facts\n\n- <!--> you failed, obviously -->\n`;
      const folder = scratch.create();
      writeFileSync(join(folder, 'shown.md'), note);
      writeFileSync(join(folder, '.clientnotesrc.json'), JSON.stringify({ summary: { includeSections: ['Facts'] } }));
      const linted = await runCliInProcess(['lint', 'shown.md', '--format', 'json'], folder, GOLDEN_NOW);
      assert.doesNotMatch(linted.stdout, /empty-section/, 'Facts holds words the client reads');
      const { code, stdout, stderr } = await runCliInProcess(['recap', 'shown.md', '--strict'], folder, GOLDEN_NOW);
      assert.equal(code, 1, stdout);
      assert.match(stderr, /accusatory-language: "you failed" reads as blame/);
      assert.match(stderr, /judgemental-facts/);
    });
  });
});
