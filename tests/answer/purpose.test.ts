import { describe, expect, it } from 'vitest';
import { purposeDropped } from '../../src/answer/purpose.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('purposeDropped: why the asker wants the answer', () => {
  it.each<[string, string]>([
    ['Who is he, so I can confirm the spelling?', 'Who is he?'],
    ['Who wrote up the Gazette piece from Lenz — for our sourcing caption?', 'Who wrote up the Gazette piece from Lenz?'],
    ['The mayor closed the port — when, for the on-screen timestamp?', 'The mayor closed the port — when?'],
    ['which town did the ferry sink near, for my lesson notes?', 'which town did the ferry sink near?'],
    ['who is the harbour minister in the Lenz story, before it airs?', 'who is the harbour minister in the Lenz story?'],
    ["which port authority is Ana Lind with? Want to get the caption right before we're on air.", 'which port authority is Ana Lind with?'],
  ])('%s', (asked, read) => {
    expect(purposeDropped(asked)).toBe(read);
  });

  it('keeps a request told, whose words may be all it asks, and a purpose that is the question', () => {
    for (const asked of ['Establish the day of the flood for the casualty log.', 'Desk wants the make for the caption.', 'for the caption?', 'who wrote the caption for the photo?']) expect(purposeDropped(asked)).toBe(asked);
  });

  it('is read before a remark names whom the question asks about', () => {
    const question = parseQuestion({ command: 'who', text: 'Caption draft names the Norland minister who closed the port on the day of the storm. Who is he, so I can confirm the spelling?' });
    expect(question).toMatchObject({ kind: 'role', role: 'Norland minister who closed the port on the day of the storm' });
  });
});
