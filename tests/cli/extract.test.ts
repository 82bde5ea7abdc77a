import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../src/extract/extract.ts';

const CLI = fileURLToPath(new URL('../../src/cli/byline.ts', import.meta.url));

/** Runs `byline extract` with the given standard input; no corpus or index is involved. */
function extract(args: string[], input: string): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, ['--import', 'tsx', CLI, 'extract', ...args], (error, stdout, stderr) =>
      resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
    );
    child.stdin?.end(input);
  });
}

describe('byline extract --jsonl', () => {
  it('writes one line per input line, in order, with an error line for a bad one', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'Port talks\n\n“We are ready,” said Mayor Lena Holt on Friday.', date: '2024-04-20' }),
      'not json',
      JSON.stringify({ id: 'c', text: 'Tom Ray said that the port would reopen.' }),
    ];
    const { stdout, code } = await extract(['--jsonl'], `${lines.join('\n')}\n\n`);
    expect(code).toBe(0);
    const out = stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({
      id: 'a',
      quotes: [{ text: 'We are ready', start: 13, end: 25, speaker: 'Lena Holt', partial: false }],
      times: [{ text: 'Friday', type: 'DATE', value: '2024-04-19' }],
      entities: [{ text: 'Lena Holt', kind: 'person' }],
    });
    expect(out[1]).toEqual({ error: 'Byline: line is not valid JSON' });
    expect(out[2]).toMatchObject({ id: 'c', quotes: [], statements: [{ text: 'that the port would reopen', speaker: 'Tom Ray' }] });
  });

  it('gives a batch large enough for worker threads the same lines, in order, as extracting each text here', async () => {
    const requests = Array.from({ length: 40 }, (_, n) => ({
      id: `t${n}`,
      text: `Vote count ${n}\n\n“Round ${n} is over,” said clerk Ada Byrne${n % 3 === 0 ? ' on Monday' : ''}.`,
      date: '2024-05-01',
    }));
    const input = requests.map((request, n) => (n === 7 ? '{"text": 3}' : JSON.stringify(request))).join('\n');
    const { stdout, code } = await extract(['--jsonl'], input);
    expect(code).toBe(0);
    const expected = requests.map((request, n) => (n === 7 ? { error: 'Byline: "text" must be a string' } : extractText(request)));
    expect(stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown)).toEqual(expected);
    // Each worker loads tsx and the NLP models: seconds when the machine's cores are busy.
  }, 60_000);

  it('explains a missing --jsonl and exits 2', async () => {
    const { stderr, code } = await extract([], '');
    expect(code).toBe(2);
    expect(stderr).toContain('extract needs --jsonl');
  });
});
