import { describe, expect, it } from 'vitest';
import { withoutInstructions } from '../../src/answer/instructions.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('withoutInstructions: a question written as a prompt, without its persona, form and material', () => {
  it.each<[string, string]>([
    // A persona, and the answer's form, in sentences of their own.
    ["You're a research assistant. Who runs the harbour office in Porto? Name only, no explanation.", 'Who runs the harbour office in Porto?'],
    ['Pretend you\'re a copy editor checking credits. Who edited the Gazette story? Give me just the editor\'s name.', 'Who edited the Gazette story?'],
    ['Who closed the pier? Answer in one or two words, no elaboration.', 'Who closed the pier?'],
    ['Who wrote the Gazette story? Format: First Last.', 'Who wrote the Gazette story?'],
    // Before a colon, and the material to use: any articles left out, one story kept as the story asked of.
    ['Answer with just a date: when did the pier close?', 'when did the pier close?'],
    ['Using only the indexed articles, how many ferries were stranded? Number only.', 'How many ferries were stranded?'],
    ['Given the Gazette article as context, identify the mayor who closed the pier.', 'In the Gazette article, identify the mayor who closed the pier.'],
    // A checker's label opening the text; after a claim, "Check:" stays, saying what is checked.
    ['confirm attribution: has the navy claimed responsibility for the raid?', 'has the navy claimed responsibility for the raid?'],
    ['@Byline Verify: did the port close on Monday?', '@Byline did the port close on Monday?'],
    ['Claim: the port closed on Monday. Check: which day did it close?', 'Claim: the port closed on Monday. Check: which day did it close?'],
    // How to work a time out, or what to say when there is none: the working, not the question.
    ["Retrieve the date the pier closed, per the Gazette story. Resolve 'Monday' against the article's dateline.", 'Retrieve the date the pier closed, per the Gazette story.'],
    ['Who owned the sunken ferry? If the corpus does not name the owner, say so.', 'Who owned the sunken ferry?'],
    ['What did the navy seize? Return a short description of the seized item.', 'What did the navy seize?'],
  ])('%s', (asked, read) => {
    expect(withoutInstructions(asked)).toBe(read);
  });

  it('leaves a question with nothing else, and material that is no story, as written', () => {
    for (const asked of ['Who closed the pier only after the storm?', 'Using the dateline of the Porto passage, on what day did the pier close?', 'Only the mayor signed it. Who else was there?']) expect(withoutInstructions(asked)).toBe(asked);
  });

  it('lets the question be read for what it asks, not for the words of its instructions', () => {
    expect(parseQuestion({ command: 'who', text: "You're a research assistant. Who runs the harbour office in Porto? Name only, no explanation." })).toMatchObject({ text: 'Who runs the harbour office in Porto?' });
    // "tell me who X is": an embedded question put in a question's order.
    expect(parseQuestion({ command: 'who', text: 'You are a news assistant. Based only on the articles, tell me who Porto\'s harbour master is in the Gazette story.' })).toMatchObject({ text: "who is Porto's harbour master?", story: 'Gazette' });
  });
});

describe("a field's name written as a program writes it", () => {
  it('reads "event_date" as its words', () => {
    expect(parseQuestion({ command: 'when', text: "event_date for 'floods in Porto'?" })).toMatchObject({ text: 'when were the floods in Porto?' });
  });
});
