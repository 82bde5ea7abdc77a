import { describe, expect, it } from 'vitest';
import { typographyPlain } from '../../src/answer/typography.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('typographyPlain: another language’s typography, as English prints it', () => {
  it.each<[string, string]>([
    ['who said « the port stays open » ?', 'who said “the port stays open”?'],
    ['Lenz : when did the ferry sink ?', 'Lenz: when did the ferry sink?'],
    ['who closed the port\u202F?', 'who closed the port?'],
  ])('%s', (typed, read) => {
    expect(typographyPlain(typed)).toBe(read);
  });

  it('leaves English typography alone', () => {
    for (const typed of ['who said "the port stays open"?', 'when, exactly, did the ferry sink?']) expect(typographyPlain(typed)).toBe(typed);
  });

  it('is read before the question: a quotation in guillemets is a saying', () => {
    expect(parseQuestion({ command: 'who', text: 'Lenz : who said « the port stays open » ?' })).toMatchObject({ kind: 'saidBy' });
  });
});
