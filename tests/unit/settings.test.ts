import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeZodError } from '../../annotations/model.ts';
import { readWorkspaceSettings } from '../../annotations/node/settings-store.ts';
import { DEFAULT_WORKSPACE_SETTINGS, RESERVED_KEYS, WORKSPACE_SETTINGS_FILE, WorkspaceSettings } from '../../annotations/settings.ts';
import { SHORTCUTS } from '../../renderer/shortcuts.ts';
import { openDesk } from '../../electron/desk.ts';

const scale = (...verdicts: [string, string | null][]) => ({ ...DEFAULT_WORKSPACE_SETTINGS, verdicts: verdicts.map(([name, key]) => ({ name, key })) });

describe('workspace settings', () => {
  it('take a newsroom’s own scale, in its order, with its keys', () => {
    const parsed = WorkspaceSettings.parse(scale(['True', 't'], ['Mostly true', null], ['Missing context', 'c'], ['False', 'f']));
    expect(parsed.verdicts.map((v) => v.name)).toEqual(['True', 'Mostly true', 'Missing context', 'False']);
  });

  it('refuse a verdict key that a shortcut already uses, a key used twice and a name used twice, saying which', () => {
    const result = WorkspaceSettings.safeParse(scale(['True', 'j'], ['False', 'f'], ['Fake', 'f'], ['true', null]));
    expect(result.success).toBe(false);
    const message = describeZodError(result.error!);
    expect(message).toContain('Key J already means next claim');
    expect(message).toContain('Key F is taken by “False”');
    expect(message).toContain('“true” is on the scale twice');
  });

  it('reserve exactly the single keys the fixed shortcuts use', () => {
    const press = (key: string) => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false }) as KeyboardEvent;
    const taken = [...'abcdefghijklmnopqrstuvwxyz0123456789'].filter((key) => SHORTCUTS.some((s) => s.matches(press(key))));
    expect(Object.keys(RESERVED_KEYS).sort()).toEqual(taken.sort());
  });

  it('a settings file that cannot be read is reported, the defaults stand in, and the file is left as it is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'claimbench-settings-'));
    await writeFile(join(dir, WORKSPACE_SETTINGS_FILE), '{"verdicts": [');
    const loaded = await readWorkspaceSettings(dir);
    expect(loaded.value).toEqual(DEFAULT_WORKSPACE_SETTINGS);
    expect(loaded.problem).toMatch(/not valid JSON.*left as it is/);
    expect(await readFile(join(dir, WORKSPACE_SETTINGS_FILE), 'utf8')).toBe('{"verdicts": [');
  });
});

describe('the desk', () => {
  it('keeps the analyst’s name, switches workspaces, remembers them and reads each one’s own scale', async () => {
    const root = await mkdtemp(join(tmpdir(), 'claimbench-desk-'));
    const userSettingsPath = join(root, 'user.json');
    const options = {
      userSettingsPath,
      chooseFolder: async () => join(root, 'archive'),
      showItemInFolder: async () => false,
      dialogs: { chooseFileToOpen: async () => null, chooseExportPath: async () => null },
      printPdf: async () => new Uint8Array(),
      emitProgress: () => undefined,
    };
    const desk = await openDesk({ ...options, dataDir: join(root, 'desk') });
    expect((await desk.getSettings()).user.analyst).toBeUndefined();
    await desk.saveUserSettings({ analyst: 'Rosa Analyst' });
    await desk.saveWorkspaceSettings(WorkspaceSettings.parse(scale(['Correct', 'c'], ['Wrong', 'w'])));

    const article = await desk.createArticle({ title: '', text: 'The mayor said the bridge is safe.' });
    expect(article.analyst).toBe('Rosa Analyst');

    const switched = await desk.switchWorkspace(null);
    expect(switched!.workspaceDir).toBe(join(root, 'archive'));
    expect(switched!.workspace.verdicts.map((v) => v.name)).toEqual(DEFAULT_WORKSPACE_SETTINGS.verdicts.map((v) => v.name));
    expect((await desk.listArticles()).map((a) => a.title)).not.toContain('The mayor said the bridge is safe.');

    const back = await desk.switchWorkspace(join(root, 'desk'));
    expect(back!.workspace.verdicts.map((v) => v.name)).toEqual(['Correct', 'Wrong']);
    expect(back!.user.recentWorkspaces).toEqual([join(root, 'desk'), join(root, 'archive')]);

    // A new start reads the same settings back from disk (once the first lets go of the workspace's lock).
    await desk.release();
    const again = await openDesk({ ...options, dataDir: join(root, 'desk') });
    expect((await again.getSettings()).user).toMatchObject({ analyst: 'Rosa Analyst', recentWorkspaces: [join(root, 'desk'), join(root, 'archive')] });
    await again.release();
  });

  it('gives the sample article, laid down before the name was asked, the name of the analyst who first changes it, never overruling a name already recorded nor naming a colleague\'s unnamed work', async () => {
    const root = await mkdtemp(join(tmpdir(), 'claimbench-desk-'));
    const report = join(root, 'sample.md');
    const desk = await openDesk({
      userSettingsPath: join(root, 'user.json'),
      dataDir: join(root, 'desk'),
      chooseFolder: async () => null,
      showItemInFolder: async () => false,
      dialogs: { chooseFileToOpen: async () => null, chooseExportPath: async () => report },
      printPdf: async () => new Uint8Array(),
      emitProgress: () => undefined,
    });
    const [sample] = await desk.listArticles();
    await desk.saveUserSettings({ analyst: 'Raj Mehta' });
    const rajs = await desk.createArticle({ title: '', text: 'The mayor said the bridge is safe.' });
    // First launch: the Welcome dialog takes the name after the sample is on disk.
    await desk.saveUserSettings({ analyst: 'Dana Whitfield' });
    const file = await desk.openArticle(sample!.id);
    await desk.edit(sample!.id, { type: 'setConfidence', claimId: file.claims[0]!.id, confidence: 'high' });
    await desk.edit(rajs.id, { type: 'setConfidence', claimId: rajs.claims[0]!.id, confidence: 'low' });
    // A colleague's file brought in with their work but no name stays unnamed when Dana edits it.
    const { analyst: _, ...nameless } = await desk.openArticle(rajs.id);
    const colleagues = await desk.importDroppedFile({ name: 'colleague.json', base64: Buffer.from(JSON.stringify(nameless)).toString('base64') });
    await desk.edit(colleagues.id, { type: 'setNote', claimId: colleagues.claims[0]!.id, note: 'seen' });

    const listed = await desk.listArticles();
    expect(listed.find((a) => a.id === sample!.id)!.analyst).toBe('Dana Whitfield');
    expect(listed.find((a) => a.id === rajs.id)!.analyst).toBe('Raj Mehta');
    expect(listed.find((a) => a.id === colleagues.id)!.analyst).toBeUndefined();
    await desk.exportArticle(sample!.id, 'md');
    expect(await readFile(report, 'utf8')).toContain('**Analyst:** Dana Whitfield');
    await desk.release();
  });
});
