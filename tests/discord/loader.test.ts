import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BylineError } from '../../src/errors.ts';
import { loadCommands } from '../../src/discord/loadCommands.ts';

const command = (name: string) =>
  `export default { data: { name: '${name}', description: 'd', toJSON: () => ({ name: '${name}', description: 'd' }) }, async execute() {} };\n`;

let folder: string | undefined;
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
  folder = undefined;
});

async function commandsFolder(files: Record<string, string>): Promise<URL> {
  folder = await mkdtemp(join(tmpdir(), 'byline-commands-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(folder, name), text);
  return pathToFileURL(`${folder}/`);
}

async function loadError(dir: URL): Promise<Error> {
  try {
    await loadCommands(dir);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected loadCommands to fail');
}

describe('loadCommands', () => {
  it('loads one command per module file, by name, and ignores other files', async () => {
    const dir = await commandsFolder({ 'alpha.ts': command('alpha'), 'beta.mjs': command('beta'), 'README.md': '# not code', 'types.d.ts': 'export {};' });
    expect([...(await loadCommands(dir)).keys()]).toEqual(['alpha', 'beta']);
  });

  it('reports a file without data and execute by name', async () => {
    const dir = await commandsFolder({ 'good.ts': command('good'), 'half.ts': "export default { data: { name: 'half', toJSON() {} } };\n" });
    const error = await loadError(dir);
    expect(error).toBeInstanceOf(BylineError);
    expect(error.message).toBe(
      'Byline: bad command file in commands/:\n  half.ts: its default export needs "data" (with a name and toJSON) and an "execute" function',
    );
  });

  it('reports a file that does not load by name', async () => {
    const dir = await commandsFolder({ 'broken.ts': 'export default {{{' });
    expect((await loadError(dir)).message).toMatch(/^Byline: bad command file in commands\/:\n {2}broken\.ts: does not load \(/);
  });

  it('reports two files defining the same command', async () => {
    const dir = await commandsFolder({ 'a.ts': command('same'), 'b.ts': command('same') });
    expect((await loadError(dir)).message).toContain('b.ts: another file already defines /same');
  });

  it('lists every bad file at once', async () => {
    const dir = await commandsFolder({ 'x.ts': 'export const notDefault = 1;\n', 'y.ts': 'export default 42;\n' });
    const message = (await loadError(dir)).message;
    expect(message).toContain('bad command files');
    expect(message).toContain('  x.ts:');
    expect(message).toContain('  y.ts:');
  });
});
