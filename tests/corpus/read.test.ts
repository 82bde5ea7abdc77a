import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read.ts';
import { describeReadError } from '../../src/corpus/readErrors.ts';
import { makeFifo, settlesWithin } from '../helpers/fifo.ts';

const ARTICLE = 'Headline of a test article goes here\n\nThe first paragraph of the article.\n';
let root: string;
let corpus: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'byline-corpus-'));
  corpus = path.join(root, 'corpus');
  await mkdir(corpus);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const put = async (relative: string, content: string | Uint8Array): Promise<void> => {
  await mkdir(path.dirname(path.join(corpus, relative)), { recursive: true });
  await writeFile(path.join(corpus, relative), content);
};

describe('readCorpus: which files', () => {
  it('reads .txt files recursively, sorted by /-separated relative path', async () => {
    await put('b.txt', ARTICLE);
    await put('a/z.txt', ARTICLE);
    await put('a.txt', ARTICLE);
    await put('a/b/c.TXT', ARTICLE);
    const { files, skipped } = await readCorpus(corpus);
    expect(files.map((f) => f.file)).toEqual(['a.txt', 'a/b/c.TXT', 'a/z.txt', 'b.txt']);
    expect(skipped).toEqual([]);
  });

  it('ignores non-article files, dotfiles and dot-folders silently', async () => {
    await put('a.txt', ARTICLE);
    await put('a.meta.json', '{}');
    await put('data.json', '{}');
    await put('README.md', '# notes');
    await put('.hidden.txt', ARTICLE);
    await put('.git/x.txt', ARTICLE);
    const result = await readCorpus(corpus);
    expect(result.files.map((f) => f.file)).toEqual(['a.txt']);
    expect(result.skipped).toEqual([]);
    expect(result.notes).toEqual([]);
  });

  it('walks a folder named like an article instead of reading it', async () => {
    await put('x.txt/inner.txt', ARTICLE);
    expect((await readCorpus(corpus)).files.map((f) => f.file)).toEqual(['x.txt/inner.txt']);
  });
});

describe('readCorpus: faults', () => {
  it.each([
    ['an empty file', 'empty.txt', new Uint8Array(0), 'empty file'],
    ['a file of blank lines', 'blank.txt', ' \n\n \r\n', 'empty file'],
    ['a BOM and nothing else', 'bom.txt', Uint8Array.from([0xef, 0xbb, 0xbf]), 'empty file'],
    ['a PNG renamed .txt', 'image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'not text (binary: PNG)'],
    ['a file with NUL bytes', 'nul.txt', Uint8Array.from([0x41, 0x00, 0x42, 0x00]), 'not text (binary)'],
  ])('skips %s with a plain reason', async (_name, file, content, reason) => {
    await put('ok.txt', ARTICLE);
    await put(file, content);
    const { files, skipped } = await readCorpus(corpus);
    expect(files.map((f) => f.file)).toEqual(['ok.txt']);
    expect(skipped).toEqual([{ file, reason }]);
  });

  it('skips a dangling symbolic link as unreadable (how an unreadable file is simulated when tests run as root)', async () => {
    await symlink(path.join(corpus, 'missing.txt'), path.join(corpus, 'gone.txt'));
    expect((await readCorpus(corpus)).skipped).toEqual([{ file: 'gone.txt', reason: 'unreadable (broken symbolic link)' }]);
  });

  it.skipIf(process.getuid?.() === 0)('skips a file without read permission', async () => {
    await put('locked.txt', ARTICLE);
    await chmod(path.join(corpus, 'locked.txt'), 0o000);
    expect((await readCorpus(corpus)).skipped).toEqual([{ file: 'locked.txt', reason: 'unreadable (permission denied)' }]);
  });

  it.each([
    ['EACCES', 'unreadable (permission denied)'],
    ['EPERM', 'unreadable (permission denied)'],
    ['ELOOP', 'unreadable (symbolic link loop)'],
    ['EXDEV', 'unreadable (EXDEV)'],
  ])('describes %s without the path the error message carries', (code, reason) => {
    const error = Object.assign(new Error(`${code}: open '/secret/place/file.txt'`), { code });
    expect(describeReadError(error)).toBe(reason);
  });

  it('does not follow symbolic links out of the corpus folder, to files or folders', async () => {
    await writeFile(path.join(root, 'outside.txt'), ARTICLE);
    await mkdir(path.join(root, 'elsewhere'));
    await writeFile(path.join(root, 'elsewhere', 'inner.txt'), ARTICLE);
    await symlink(path.join(root, 'outside.txt'), path.join(corpus, 'out.txt'));
    await symlink(path.join(root, 'elsewhere'), path.join(corpus, 'more'));
    const { files, skipped } = await readCorpus(corpus);
    expect(files).toEqual([]);
    expect(skipped).toEqual([
      { file: 'more', reason: 'symbolic link points outside the corpus folder; not followed' },
      { file: 'out.txt', reason: 'symbolic link points outside the corpus folder; not followed' },
    ]);
  });

  it('follows a symbolic link to a file inside the corpus folder', async () => {
    await put('real.txt', ARTICLE);
    await symlink(path.join(corpus, 'real.txt'), path.join(corpus, 'alias.txt'));
    expect((await readCorpus(corpus)).files.map((f) => f.file)).toEqual(['alias.txt', 'real.txt']);
  });

  it('never puts an absolute path in a reason', async () => {
    await symlink(path.join(root, 'missing.txt'), path.join(corpus, 'gone.txt'));
    await writeFile(path.join(root, 'outside.txt'), ARTICLE);
    await symlink(path.join(root, 'outside.txt'), path.join(corpus, 'out.txt'));
    await put('bad.txt', ARTICLE);
    await put('bad.meta.json', '{ nope');
    const { skipped, notes } = await readCorpus(corpus);
    for (const entry of [...skipped, ...notes]) expect(entry.reason).not.toContain(root);
  });
});

describe('readCorpus: encodings', () => {
  it.each([
    ['UTF-8', Buffer.from('Café talks end\n\nThe minister’s “plan” – ready.', 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café talks end\n\nThe minister’s “plan” – ready.', 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Café talks end\n\nThe minister’s “plan” – ready.', 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Café talks end\n\nThe minister’s “plan” – ready.', 'utf16le').swap16()])],
    ['windows-1252', Buffer.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' talks end\n\nThe minister'), 0x92, 0x73, 0x20, 0x93, ...Buffer.from('plan'), 0x94, 0x20, 0x96, ...Buffer.from(' ready.')])],
  ])('decodes %s', async (_name, bytes) => {
    await put('a.txt', bytes);
    const { files } = await readCorpus(corpus);
    expect(files[0]?.text).toBe('Café talks end\n\nThe minister’s “plan” – ready.');
  });
});

describe('readCorpus: large files', () => {
  it('reads only the first maxArticleBytes, cut at a line break, and notes the truncation', async () => {
    const line = 'The minister said the plan was ready and would be published soon.\n\n';
    await put('big.txt', line.repeat(2000)); // 134,000 bytes
    const { files, skipped, notes } = await readCorpus(corpus, { maxArticleBytes: 1000 });
    expect(skipped).toEqual([]);
    expect(files[0]!.text.length).toBeLessThanOrEqual(1000);
    expect(files[0]!.text.endsWith('soon.\n')).toBe(true);
    expect(notes).toEqual([{ file: 'big.txt', reason: 'truncated to 1000 bytes (file is 130.9 KiB)' }]);
  });

  it('caps at 2 MiB by default', async () => {
    await put('huge.txt', 'A line of a very large scraped page.\n'.repeat(80_000)); // about 3 MB
    const { files, notes } = await readCorpus(corpus);
    expect(Buffer.byteLength(files[0]!.text)).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(notes[0]?.reason).toBe('truncated to 2 MiB (file is 2.8 MiB)');
  });

  it('does not truncate a file of exactly maxArticleBytes', async () => {
    await put('exact.txt', 'x'.repeat(999) + '\n');
    const { files, notes } = await readCorpus(corpus, { maxArticleBytes: 1000 });
    expect(files[0]!.text.length).toBe(1000);
    expect(notes).toEqual([]);
  });
});

describe('readCorpus: sidecars and hashes', () => {
  it('reads a sidecar beside its article', async () => {
    await put('a.txt', ARTICLE);
    await put('a.meta.json', JSON.stringify({ date: '2024-04-19', title: 'Set by hand', outlet: 'Example Daily', url: 'https://example.com/a' }));
    const { files, notes } = await readCorpus(corpus);
    expect(files[0]?.sidecar).toEqual({ date: '2024-04-19', title: 'Set by hand', outlet: 'Example Daily', url: 'https://example.com/a' });
    expect(notes).toEqual([]);
  });

  it('still reads the article when its sidecar is not valid JSON, and notes why the sidecar was ignored', async () => {
    await put('a.txt', ARTICLE);
    await put('a.meta.json', '{ "date": ');
    const { files, notes } = await readCorpus(corpus);
    expect(files[0]?.sidecar).toBeUndefined();
    expect(notes).toEqual([{ file: 'a.txt', reason: 'sidecar a.meta.json ignored: not valid JSON' }]);
  });

  it('keeps the good values of a sidecar and notes each bad one', async () => {
    await put('a.txt', ARTICLE);
    await put('a.meta.json', JSON.stringify({ date: 'someday', title: 'Set by hand', url: 'ftp://x', author: 'Ann', outlet: 3 }));
    const { files, notes } = await readCorpus(corpus);
    expect(files[0]?.sidecar).toEqual({ title: 'Set by hand' });
    expect(notes.map((n) => n.reason)).toEqual([
      'sidecar a.meta.json: "date" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
      'sidecar a.meta.json: "url" is not an http(s) address',
      'sidecar a.meta.json: unknown key "author" ignored',
      'sidecar a.meta.json: "outlet" must be a non-empty string',
    ]);
  });

  it('normalises a written sidecar date to ISO', async () => {
    await put('a.txt', ARTICLE);
    await put('a.meta.json', JSON.stringify({ date: 'November 3, 2023' }));
    expect((await readCorpus(corpus)).files[0]?.sidecar).toEqual({ date: '2023-11-03' });
  });

  it('notes front matter it does not understand', async () => {
    await put('a.txt', `---\ndate: 2024-04-19\nthis is not a key value\n---\n${ARTICLE}`);
    expect((await readCorpus(corpus)).notes).toEqual([{ file: 'a.txt', reason: 'front matter line not understood: "this is not a key value"' }]);
  });

  it('changes the hash when the article or its sidecar changes, and only then', async () => {
    await put('a.txt', ARTICLE);
    const first = (await readCorpus(corpus)).files[0]!.hash;
    expect((await readCorpus(corpus)).files[0]!.hash).toBe(first);
    await put('a.meta.json', '{"title":"T"}');
    const withSidecar = (await readCorpus(corpus)).files[0]!.hash;
    expect(withSidecar).not.toBe(first);
    await put('a.txt', ARTICLE + 'More.\n');
    expect((await readCorpus(corpus)).files[0]!.hash).not.toBe(withSidecar);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('readCorpus: only regular files are opened', () => {
  const mkfifo = (relative: string): string => makeFifo(path.join(corpus, relative));

  it('never opens a FIFO named as a sidecar, and notes why the sidecar was ignored', async () => {
    await put('a.txt', ARTICLE);
    const fifo = mkfifo('a.meta.json');
    const { files, notes } = await settlesWithin(readCorpus(corpus), [fifo]);
    expect(files.map((f) => f.file)).toEqual(['a.txt']);
    expect(notes).toEqual([{ file: 'a.txt', reason: 'sidecar a.meta.json ignored: not a regular file' }]);
  });

  it('never opens a FIFO reached through a sidecar link inside the corpus', async () => {
    await put('a.txt', ARTICLE);
    const fifo = mkfifo('pipe');
    await symlink(fifo, path.join(corpus, 'a.meta.json'));
    const { notes } = await settlesWithin(readCorpus(corpus), [fifo]);
    expect(notes).toEqual([{ file: 'a.txt', reason: 'sidecar a.meta.json ignored: not a regular file' }]);
  });

  it('skips a FIFO or a socket named as an article, or linked as one, with a plain reason', async () => {
    await put('ok.txt', ARTICLE);
    const fifo = mkfifo('pipe.txt');
    await symlink(fifo, path.join(corpus, 'linked-pipe.txt'));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(path.join(corpus, 'socket.txt'), resolve));
    try {
      const { files, skipped } = await settlesWithin(readCorpus(corpus), [fifo]);
      expect(files.map((f) => f.file)).toEqual(['ok.txt']);
      expect(skipped).toEqual([
        { file: 'linked-pipe.txt', reason: 'not a regular file' },
        { file: 'pipe.txt', reason: 'not a regular file' },
        { file: 'socket.txt', reason: 'not a regular file' },
      ]);
    } finally {
      server.close();
    }
  });
});

describe('readCorpus: sidecar links', () => {
  it('refuses a sidecar that links outside the corpus folder: its values are not read and not echoed', async () => {
    await writeFile(path.join(root, 'outside.json'), JSON.stringify({ title: 'Outside title', secret: 'outside key' }));
    await put('a.txt', ARTICLE);
    await symlink(path.join(root, 'outside.json'), path.join(corpus, 'a.meta.json'));
    const { files, notes } = await readCorpus(corpus);
    expect(files[0]?.sidecar).toBeUndefined();
    expect(notes).toEqual([{ file: 'a.txt', reason: 'sidecar a.meta.json ignored: symbolic link points outside the corpus folder; not followed' }]);
  });

  it('does not let a refused sidecar\'s content reach the hash', async () => {
    await put('a.txt', ARTICLE);
    await symlink(path.join(root, 'outside.json'), path.join(corpus, 'a.meta.json'));
    await writeFile(path.join(root, 'outside.json'), '{"title":"One"}');
    const first = (await readCorpus(corpus)).files[0]!.hash;
    await writeFile(path.join(root, 'outside.json'), '{"title":"Two"}');
    expect((await readCorpus(corpus)).files[0]!.hash).toBe(first);
  });

  it('reads a sidecar that links to a file inside the corpus folder', async () => {
    await put('a.txt', ARTICLE);
    await put('shared/meta.json', '{"title":"Shared title"}');
    await symlink(path.join(corpus, 'shared/meta.json'), path.join(corpus, 'a.meta.json'));
    expect((await readCorpus(corpus)).files[0]?.sidecar).toEqual({ title: 'Shared title' });
  });
});

describe('readCorpus: smaller faults', () => {
  it('reports a missing corpus folder as missing, not as a file that disappeared', async () => {
    await expect(readCorpus(path.join(root, 'nowhere'))).rejects.toThrow('Byline: the corpus folder "nowhere" does not exist');
  });

  it('skips a file with a NUL byte past the first 8 KiB as binary, like one with a NUL at the start', async () => {
    await put('ok.txt', ARTICLE);
    await put('late-nul.txt', Buffer.concat([Buffer.from(ARTICLE.repeat(200)), Buffer.from([0]), Buffer.from(ARTICLE)]));
    const { files, skipped } = await readCorpus(corpus);
    expect(files.map((f) => f.file)).toEqual(['ok.txt']);
    expect(skipped).toEqual([{ file: 'late-nul.txt', reason: 'not text (binary: NUL byte at byte 14,800)' }]);
  });

  it('decodes one stray non-UTF-8 byte alone and notes it, keeping the rest of the file UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('Café talks end\n\nThe minister’s “plan” – ready.\n\nPrice: 5', 'utf8'), Buffer.from([0xa3]), Buffer.from('.\n')]);
    await put('mixed.txt', bytes);
    const { files, notes } = await readCorpus(corpus);
    expect(files[0]?.text).toBe('Café talks end\n\nThe minister’s “plan” – ready.\n\nPrice: 5£.\n');
    expect(notes).toEqual([{ file: 'mixed.txt', reason: 'not valid UTF-8 at 1 byte (first on line 5), read as Windows-1252' }]);
  });
});
