import { describe, expect, it } from 'vitest';
import { hedgesDropped } from '../../src/answer/hedges.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe("hedgesDropped: a half-remembering asker's guesses", () => {
  it.each<[string, string]>([
    // An aside that only guesses goes; the question around it stays.
    ['there was some Norland minister, transport I think, who closed the port. who was that?', 'there was some Norland minister, who closed the port. who was that?'],
    ['the ferry guy who got arrested in Porto — the captain or whatever. who was he?', 'the ferry guy who got arrested in Porto. who was he?'],
    // A guess at a name ("harbour something", "starts with an L") goes; the dash that set off the question stays.
    ['that man from the flood story who runs the port — harbour something? what is his name again?', 'that man from the flood story who runs the port — what is his name again?'],
    ['the mayor who said Porto would rebuild — I think his name starts with an L? who is he?', 'the mayor who said Porto would rebuild — who is he?'],
    ['@Byline what is the bridge the trucks use to reach Lenz? begins with a T maybe?', '@Byline what is the bridge the trucks use to reach Lenz?'],
    // A trailing guess at the answer after the question asks nothing.
    ['who closed the pier after the storm? some ministry?', 'who closed the pier after the storm?'],
    // "the one who said X" after a description put first is who said it.
    ['the engineer at some firm, the one who said the pier would fail — who is that?', 'the engineer at some firm who said the pier would fail — who is that?'],
  ])('%s', (asked, read) => {
    expect(hedgesDropped(asked)).toBe(read);
  });

  it('keeps what only looks like a guess', () => {
    for (const asked of ['Who is the one who said the pier would fail, in the Gazette story?', 'Who did the mayor think was behind the fire?', 'When did something happen at the Porto depot?', 'Who said "maybe next year" about the bridge?']) expect(hedgesDropped(asked)).toBe(asked);
  });
});

describe('someone remembered by what they did, then asked for by name', () => {
  it('asks which one did it', () => {
    expect(parseQuestion({ command: 'who', text: "wasn't there also some Porto harbour boss the council sacked after the storm? what was his name?" }).text).toBe('which Porto harbour boss the council sacked after the storm?');
    expect(parseQuestion({ command: 'who', text: 'there was some Norland minister, transport I think, who closed the port. who was that?' }).text).toBe('which Norland minister closed the port?');
  });
});

describe('a remark that names a thing, then a question with "it"', () => {
  it('reads "it" as the thing the remark names', () => {
    expect(parseQuestion({ command: 'who', text: 'that fire at the Porto depot — who did the Gazette reporter say was behind it?' }).text).toMatch(/^who was behind the fire at the Porto depot/);
  });
});
