import { describe, expect, it } from 'vitest';
import { fieldAsked } from '../../src/answer/fieldAsked.ts';

describe("fieldAsked: a question asked as a spreadsheet's field", () => {
  it.each<[string, string]>([
    // A date or timing field named without "field" or "column", the thing in quotation marks, the asker's table left out.
    ["event date for 'floods in Porto'?", 'when were the floods in Porto?'],
    ["Date for the Porto pier fire for the 'Harbour incidents' table — which day was it?", 'which day was the Porto pier fire?'],
    ['Timing for the Lenz bridge closure?', 'when was the Lenz bridge closure?'],
    // A row's thing after its number, then only the field it wants.
    ['Row 31, fire at the Porto pier that injured five workers: event date?', 'when was the fire at the Porto pier that injured five workers?'],
    // A time field alone asks when its thing was.
    ['Date column for the Porto pier fire?', 'when was the Porto pier fire?'],
    ['Date column for the Lenz floods?', 'when were the Lenz floods?'],
    ["Timing field for Lopez's resignation, as the Gazette gives it?", "when was Lopez's resignation, as the Gazette gives it?"],
    // A question that only says what the field wants ("which day?") asks the same.
    ['Date field for the storm that closed the port — which day?', 'when was the storm that closed the port?'],
    // A pronoun in the question stands for the field's thing.
    ['Timestamp for the ministry\'s ferry toll — when was it released, per the story?', "when was the ministry's ferry toll released, per the story?"],
    ['Source for the pier-closure statement in the Gazette piece: who put it out?', 'who put out the pier-closure statement in the Gazette piece?'],
    // "Row: X." says what the field is for.
    ['Row: Porto pier fire. Actor field — who does the Gazette story say set it off?', 'who does the Gazette story say set off the Porto pier fire?'],
    // A name field's own "who" question says no more than the field; a credit keeps its preposition.
    ['Source name for the "bridge too far" remark — who is the engineer?', 'who is the source for the "bridge too far" remark?'],
    ['Additional-reporting credit on the Gazette Porto story — whose name goes in that cell?', 'who is the additional-reporting credit on the Gazette Porto story?'],
    ['Name column for the harbour minister in the Gazette piece — who is he?', 'the harbour minister in the Gazette piece — who is he?'],
    // Outlets and counts.
    ['outlet column for the Porto ferry story?', 'which news outlet ran the Porto ferry story?'],
    ['count of ferries sunk in the storm?', 'how many ferries sunk in the storm?'],
    // A name asked of a place is which place ("which coastal town"), not who.
    ['name of the coastal town hit by the storm?', 'which coastal town was hit by the storm?'],
    ['name of the island where the ferry sank?', 'what is the name of the island where the ferry sank?'],
  ])('%s', (asked, read) => {
    expect(fieldAsked(asked)).toBe(read);
  });

  it('leaves questions that only use the same words as they are', () => {
    for (const asked of ['Date of the Porto pier fire?', 'What is the source of the Lenz river?', 'Who is the name behind the Gazette column?', 'When was the count of ferries published?', 'Time for the mayor to resign?']) expect(fieldAsked(asked)).toBe(asked);
  });
});
