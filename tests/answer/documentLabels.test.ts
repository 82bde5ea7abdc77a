import { describe, expect, it } from 'vitest';
import { documentLabelsRead } from '../../src/answer/documentLabels.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('documentLabelsRead: an asker’s own labels for the stories asked of', () => {
  it.each<[string, string]>([
    ['Source E (Gazette, Porto): according to Source E, who closed the pier? (1 mark)', 'the Gazette Porto story: according to the Gazette Porto story, who closed the pier?'],
    ['Per Exhibit 5 (Gazette, Porto), how many ferries sail each day?', 'according to the Gazette Porto story, how many ferries sail each day?'],
    ['State the date in the dateline of Exhibit 2 (the Gazette report datelined Porto).', 'State the date in the dateline of the Gazette report datelined Porto.'],
  ])('reads a label its brackets describe as that story: %s', (typed, read) => {
    expect(documentLabelsRead(typed)).toBe(read);
  });

  it('leaves out a label no bracket describes, and a worksheet’s marks', () => {
    expect(documentLabelsRead('Q5 (2 marks): according to Source C, who closed the pier?')).toBe('who closed the pier?');
    expect(documentLabelsRead('Name the outlet that published the article on the pier (Source D).')).toBe('Name the outlet that published the article on the pier.');
  });

  it('leaves a text without labels as it is, sources in small letters too', () => {
    for (const typed of ['who is quoted in the source?', 'which Source of funding did the port use?', 'who closed the pier, per the Gazette?']) expect(documentLabelsRead(typed)).toBe(typed);
  });
});

describe('a question asked of a labelled story', () => {
  it('is asked of the story the label stands for', () => {
    expect(parseQuestion({ command: 'who', text: 'Source E (Gazette, Porto): according to Source E, who closed the pier? (1 mark)' })).toMatchObject({ story: expect.stringMatching(/Gazette Porto/) });
  });
});
