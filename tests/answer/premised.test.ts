import { describe, expect, it } from 'vitest';
import { premisedAsked } from '../../src/answer/premised.ts';

describe("premisedAsked: a question set as an exam sets it", () => {
  it.each<[string, string]>([
    // The question first, its premise after it; an imperative's full stop is a question mark.
    ['Given that the harbour master of Porto was arrested in Lenz, identify the man who was arrested. (1 mark)', 'identify the man who was arrested, given that the harbour master of Porto was arrested in Lenz?'],
    ['Considering that the ferries sank, and that the mayor spoke at dawn, who closed the pier?', 'who closed the pier, considering that the ferries sank, and the mayor spoke at dawn?'],
    ['Given the storm, who closed the pier?', 'who closed the pier, given the storm?'],
    // A story named as the premise is the story asked of.
    ['Considering the report datelined Porto, who said the pier would reopen?', 'who said the pier would reopen, in the report datelined Porto?'],
    ['In the article describing the fire at the Porto depot, who was the engineer who raised the alarm?', 'who was the engineer who raised the alarm, in the article about the fire at the Porto depot?'],
    // A premise about a story is asked of that story; "declared that the …" points back to nothing.
    ['Bearing in mind that the Gazette Porto report was written by two reporters, who provided the additional reporting?', 'who provided the additional reporting, in the Gazette Porto report?'],
    ['In the article describing the pier fire, who was the mayor who declared that the port "will reopen" for its ferries?', 'who was the mayor who declared that the port "will reopen" for its ferries, in the article about the pier fire?'],
    // A bonus question after the first asks nothing.
    ['Who reported the Gazette story from Porto? Bonus: name the outlet.', 'Who reported the Gazette story from Porto?'],
  ])('%s', (asked, read) => {
    expect(premisedAsked(asked)).toBe(read);
  });

  it('reads a question that points back into the story it describes whole', () => {
    const asked = "In the article describing the mayor's threat to close the port, on what day did he make that threat?";
    expect(premisedAsked(asked)).toBe(asked);
  });

  it('leaves other questions as they are', () => {
    for (const asked of ['Who closed the pier?', 'Given enough time, the port reopens.', 'In the Gazette story, who closed the pier?']) expect(premisedAsked(asked)).toBe(asked);
  });
});
