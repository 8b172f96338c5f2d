import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFrontmatter } from '../../../src/core/note/frontmatter';
import { BUNDLED_TEMPLATE_TEXTS } from '../../../src/core/scaffold/bundledTemplates';
import { findTemplate, listTemplates, renderTemplate } from '../../../src/core/scaffold/templates';
import { mountFullDisk, runCliInProcess, runCliToEnd } from '../cliRunner';

/** Runs `client-notes` in this process, on 23 November 2026. */
const run = (args: string[], cwd: string) => runCliInProcess(args, cwd);

const MISSED_DEADLINE = ['new', '--client', 'Acme: "Ltd" #1', '--scenario', 'missed-deadline', '--topic', 'Launch moves!', '--date', '2026-11-20'];
const CREATED = 'notes/acme-ltd-1/2026-11-20-launch-moves.md';

describe('client-notes new', function () {
  this.timeout(30000);
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'client-notes-new-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it("creates the note from the scenario's template, prints its path, and the note lints without error", async () => {
    const { code, stdout, stderr } = await run(MISSED_DEADLINE, folder);
    assert.deepEqual({ code, stdout, stderr }, { code: 0, stdout: `${CREATED}\n`, stderr: '' });
    const expected = renderTemplate(findTemplate(listTemplates(BUNDLED_TEMPLATE_TEXTS.en), 'missed-deadline')!.text, {
      client: 'Acme: "Ltd" #1',
      date: '2026-11-20',
      topic: 'Launch moves!',
      scenario: 'missed-deadline',
    }).text;
    assert.equal(readFileSync(join(folder, CREATED), 'utf8'), expected);
    const lint = await run(['lint', 'notes', '--format', 'json'], folder);
    assert.equal(lint.code, 0, lint.stdout);
    const [report] = JSON.parse(lint.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    assert.ok(report.messages.every((message) => ['unfilled-placeholder', 'empty-section', 'follow-up-overdue'].includes(message.ruleId)));
  });

  it('writes the note in the language of --lang, else of .clientnotesrc, else English', async () => {
    const languageOf = async (args: string[]) => {
      const { code, stdout, stderr } = await run(['new', '--client', 'Acme', '--scenario', 'scope-change', ...args], folder);
      assert.deepEqual({ code, stderr }, { code: 0, stderr: '' });
      const text = readFileSync(join(folder, stdout.trim()), 'utf8');
      return [readFrontmatter(text)?.data?.lang ?? 'en', /^## (Preparation|Vorbereitung|Préparation)$/m.exec(text)?.[1]];
    };
    assert.deepEqual(await languageOf(['--topic', 'One']), ['en', 'Preparation']);
    assert.deepEqual(await languageOf(['--topic', 'Zwei', '--lang', 'de']), ['de', 'Vorbereitung']);
    writeFileSync(join(folder, '.clientnotesrc.yaml'), 'language: fr-CA\n');
    assert.deepEqual(await languageOf(['--topic', 'Trois']), ['fr', 'Préparation']);
    assert.deepEqual(await languageOf(['--topic', 'Four', '--lang', 'EN']), ['en', 'Preparation']);
    const wrong = await run(['new', '--client', 'Acme', '--scenario', 'scope-change', '--topic', 'Cinco', '--lang', 'es'], folder);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /--lang must be one of en, de, fr, not "es"/);
  });

  it('dates the note today by default, into --dir, with --contact', async () => {
    const { code, stdout } = await run(['new', '--client', 'Globex', '--scenario', 'Price-Increase', '--topic', 'Rates for 2027', '--dir', 'clients/notes/', '--contact', 'Jane Doe <jane@globex.example>'], folder);
    assert.equal(code, 0);
    assert.equal(stdout, 'clients/notes/globex/2026-11-23-rates-for-2027.md\n');
    const data = readFrontmatter(readFileSync(join(folder, stdout.trim()), 'utf8'))?.data;
    assert.deepEqual([data?.date, data?.contact, data?.scenario], ['2026-11-23', 'Jane Doe <jane@globex.example>', 'price-increase']);
  });

  it('prepares a note for a client with earlier notes in the folder: their open steps, linked, and nothing of other clients', async () => {
    const earlier = (client: string, step: string) =>
      `---\ntype: client-conversation\nclient: ${client}\ndate: 2026-11-10\ntopic: Earlier\nfollow_up:\n  sent: true\n---\n\n## Agreed next steps\n\n- [ ] ${step} (owner: me, due: 2026-11-20)\n`;
    mkdirSync(join(folder, 'notes', 'acme'), { recursive: true });
    mkdirSync(join(folder, 'notes', 'globex'), { recursive: true });
    writeFileSync(join(folder, 'notes', 'acme', 'earlier.md'), earlier('Acme', 'Send the quote'));
    writeFileSync(join(folder, 'notes', 'globex', 'earlier.md'), earlier('Globex', 'Globex only'));
    const { code, stdout, stderr } = await run(['new', '--client', 'Acme', '--scenario', 'scope-change', '--topic', 'Review'], folder);
    assert.deepEqual({ code, stderr }, { code: 0, stderr: '' });
    const text = readFileSync(join(folder, stdout.trim()), 'utf8');
    assert.match(text, /## Preparation\n\n<!-- From your earlier notes with Acme, as of 2026-11-23\. -->\n\n- Open on my side:\n {2}- Send the quote — due 2026-11-20 \(3 days late\), \[2026-11-10\]\(earlier\.md\)\n/);
    assert.doesNotMatch(text, /Globex/);
  });

  it("puts a known client's note beside their notes, with their contact, whatever their folder is called", async () => {
    const earlier = `---\ntype: client-conversation\nclient: Acme Ltd\ncontact: Jane Doe <jane@acme.example>\ndate: 2026-11-10\ntopic: Earlier\nfollow_up:\n  sent: true\n---\n\n# Earlier\n`;
    mkdirSync(join(folder, 'notes', 'acme'), { recursive: true });
    writeFileSync(join(folder, 'notes', 'acme', '2026-11-10-earlier.md'), earlier);
    const { code, stdout, stderr } = await run(['new', '--client', 'acme ltd', '--scenario', 'scope-change', '--topic', 'Review'], folder);
    assert.deepEqual({ code, stdout, stderr }, { code: 0, stdout: 'notes/acme/2026-11-23-review.md\n', stderr: '' });
    assert.equal(readFrontmatter(readFileSync(join(folder, 'notes', 'acme', '2026-11-23-review.md'), 'utf8'))?.data?.contact, 'Jane Doe <jane@acme.example>');
    assert.ok(!existsSync(join(folder, 'notes', 'acme-ltd')), 'no second folder for the client');

    const given = await run(['new', '--client', 'Acme Ltd', '--scenario', 'scope-change', '--topic', 'Other', '--contact', 'Sam Lee <sam@acme.example>'], folder);
    assert.equal(readFrontmatter(readFileSync(join(folder, given.stdout.trim()), 'utf8'))?.data?.contact, 'Sam Lee <sam@acme.example>', '--contact wins');
  });

  it('never overwrites: a taken name gets -2, then -3', async () => {
    await run(MISSED_DEADLINE, folder);
    writeFileSync(join(folder, CREATED), 'my own words\n');
    assert.equal((await run(MISSED_DEADLINE, folder)).stdout, CREATED.replace('.md', '-2.md\n'));
    assert.equal((await run(MISSED_DEADLINE, folder)).stdout, CREATED.replace('.md', '-3.md\n'));
    assert.equal(readFileSync(join(folder, CREATED), 'utf8'), 'my own words\n');
  });

  it('on a full disk leaves no truncated note behind, nor the client folder it made, and the next run writes it whole (as root, on a 64 KB tmpfs)', async function () {
    const disk = mountFullDisk(join(folder, 'notes'));
    if (!disk) {
      this.test!.title += ' (skipped: mounting a small tmpfs needs root)';
      this.skip();
    }
    try {
      const full = await run(MISSED_DEADLINE, folder);
      assert.equal(full.code, 2, full.stderr);
      assert.match(full.stderr, /no space left on device/);
      assert.deepEqual(readdirSync(join(folder, 'notes'), { recursive: true }).sort(), ['filler'], 'no note, whole or truncated, no temporary file, and no empty client folder');
      disk.free();
      const next = await run(MISSED_DEADLINE, folder);
      assert.deepEqual([next.code, next.stdout], [0, `${CREATED}\n`], next.stderr);
      assert.ok(readFileSync(join(folder, CREATED), 'utf8').includes('## Agreed next steps'));
    } finally {
      disk.unmount();
    }
  });

  it('gives runs at the same moment a file each', async () => {
    // Processes of the built binary, which race for the name as users' runs would.
    const runs = await Promise.all(Array.from({ length: 6 }, () => runCliToEnd(MISSED_DEADLINE, folder)));
    const paths = runs.map((result) => result.stdout.trim());
    assert.equal(new Set(paths).size, 6);
    assert.equal(readdirSync(join(folder, 'notes/acme-ltd-1')).length, 6);
  });

  describe('exits 2 with a message and creates nothing on bad usage', () => {
    const cases: Array<[string, string[], RegExp]> = [
      ['a mistyped scenario', ['--scenario', 'price-increese'], /Unknown scenario "price-increese"\. Did you mean "price-increase"\? Expected one of: scope-change, /],
      ['an unknown scenario', ['--scenario', 'lunch'], /Unknown scenario "lunch"\. Expected one of: /],
      ['an impossible date', ['--date', '2026-02-30'], /--date must be a day written YYYY-MM-DD, such as 2026-11-20, not "2026-02-30"\./],
      ['a date in another format', ['--date', '20/11/2026'], /not "20\/11\/2026"/],
      ['a missing flag', ['--topic', ' '], /Missing --topic\./],
      ['an unknown flag', ['--force'], /Unknown option '--force'/],
      ['a stray argument', ['notes'], /Unexpected argument "notes"\./],
      ['a templates folder that does not exist', ['--templates', 'mine'], /Cannot read the templates folder mine: no such file or directory/],
    ];
    for (const [what, change, message] of cases) {
      it(what, async () => {
        const args = [...MISSED_DEADLINE];
        for (let i = 0; i < change.length; i += 2) {
          const at = args.indexOf(change[i]);
          if (at >= 0 && i + 1 < change.length) args[at + 1] = change[i + 1];
          else args.push(...change.slice(i, i + 2));
        }
        const { code, stdout, stderr } = await run(args, folder);
        assert.equal(code, 2);
        assert.equal(stdout, '');
        assert.match(stderr, message);
        assert.equal(existsSync(join(folder, 'notes')), false);
      });
    }
  });

  it('--templates: SCENARIO.md replaces a built-in, another .md file is a scenario of its own', async () => {
    mkdirSync(join(folder, 'mine'));
    writeFileSync(join(folder, 'mine', 'missed-deadline.md'), '---\ntype: client-conversation\nclient: {{client}}\n---\n\n# Ours: {{topic}}\n');
    writeFileSync(join(folder, 'mine', 'retainer-renewal.md'), '<!-- description: The yearly talk -->\n---\nscenario: {{scenario}}\ntopic: {{topic}}\n---\n');
    await run([...MISSED_DEADLINE, '--templates', 'mine'], folder);
    assert.equal(readFileSync(join(folder, CREATED), 'utf8'), "---\ntype: client-conversation\nclient: 'Acme: \"Ltd\" #1'\n---\n\n# Ours: Launch moves!\n");
    const { stdout } = await run(['new', '--client', 'Acme', '--scenario', 'retainer-renewal', '--topic', '2027', '--templates', 'mine'], folder);
    assert.equal(readFileSync(join(folder, stdout.trim()), 'utf8'), '---\nscenario: other\ntopic: "2027"\n---\n');
  });

  it('--help lists the scenarios', async () => {
    const { code, stdout } = await run(['new', '--help'], folder);
    assert.equal(code, 0);
    assert.match(stdout, /^Usage: client-notes new --client NAME --scenario SCENARIO --topic TEXT/);
    assert.match(stdout, /\n {2}missed-deadline +A date slipped; own it and agree a revised timeline\.\n/);
    assert.match((await run(['--help'], folder)).stdout, /\n {2}new {9}create a note from a scenario template\n/);
  });
});
