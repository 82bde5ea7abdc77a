import { describe, expect, it } from 'vitest';
import { identityPointedIn } from '../../src/answer/identityPointed.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('identityPointedIn: a request for the identity of someone a remark describes', () => {
  it.each<[string, string]>([
    // Described after "reference is made to", "mentions", "only says"; or by the words a remark quotes.
    ['Reference is made to the port commander of Porto dismissed after the storm. Identify that individual for the record, please.', 'who is the port commander of Porto dismissed after the storm?'],
    ["14:05 — the Gazette copy mentions Porto's deputy mayor arrested on Monday. Name, fast?", "who is Porto's deputy mayor arrested on Monday?"],
    ["Our panel on the port closure names only 'the harbour commander' so far. Which man was it?", 'who is the harbour commander?'],
    ['Porto: someone says the pier is unsafe. The copy only says senior official — who exactly?', 'who is the senior official?'],
    // Asked for by name for someone else ("the student wants the name of X"), then pointed at by "he".
    ['Rephrasing: the student wants the name of the harbour commander Porto dismissed after the storm. Who was he?', 'who is the harbour commander Porto dismissed after the storm?'],
    // Named again by its head noun, with what it is of.
    ['The Gazette notes that, on the day of the vote, the leader of Porto Rising walked out. Let the transcript show the name of that leader.', 'who is the leader of Porto Rising?'],
    ["Before the vote the mayor held talks with Porto's prime minister. The stenographer asks that the prime minister be identified.", "who is Porto's prime minister?"],
    ["Guest might bring up the harbour commander who closed the port the same day. who's that again", 'who is the harbour commander who closed the port the same day?'],
    // A name asked for courteously: the first role the remark names, a noun phrase set off before a dash, the office held.
    ['Among the losses that summer was the senior port commander of Porto, struck down in the storm. I confess his name escapes me; would you supply it?', 'who is the senior port commander of Porto?'],
    ['The Porto union leader who was arrested that summer — I have his name on the tip of my tongue. Would you be good enough to remind me?', 'who is the Porto union leader who was arrested that summer?'],
    ['Before the vote he had already met the Porto deputy mayor. Pray, who held that office then?', 'who is the Porto deputy mayor?'],
    // A description set off after a colon, asked for in so many words ("requires his name").
    ['The witness is described only by title: director of the harbour program at the Porto Institute. The stenographer requires his name.', 'who is the director of the harbour program at the Porto Institute?'],
  ])('%s', (asked, read) => {
    expect(identityPointedIn(asked)).toBe(read);
  });

  it('reads no one where the remark describes no one by a role, or the head noun is no person', () => {
    expect(identityPointedIn("Mayor: port 'closed without warning'... name?")).toBeUndefined();
    expect(identityPointedIn('A reader recalls a second ferry being sent to Porto. What was the name of the ferry?')).toBeUndefined();
    expect(identityPointedIn('Who is the harbour master of Porto?')).toBeUndefined();
    // A remark that asks a question of its own is no description.
    expect(identityPointedIn("Is it true that the harbour figure was the union's leader? What's his name?")).toBeUndefined();
    // A remark with no verb is all of the description only when set off after a colon and asked for in so many words.
    expect(identityPointedIn('Name column for the harbour commander in the Gazette piece — who is he?')).toBeUndefined();
  });

  it('is the question a who request asks, before its other words are read', () => {
    expect(parseQuestion({ command: 'who', text: "Our panel on the port closure names only 'the harbour commander' so far. Which man was it?" })).toMatchObject({ kind: 'role', text: 'who is the harbour commander?' });
  });
});
