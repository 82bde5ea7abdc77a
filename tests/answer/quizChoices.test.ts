import { describe, expect, it } from 'vitest';
import { choicesDropped } from '../../src/answer/quizChoices.ts';
import { parseQuestion } from '../../src/answer/question.ts';

describe('choicesDropped: a question asked as a quiz asks it', () => {
  it.each<[string, string]>([
    // Lettered answers offered after the question, or in place of its mark, go.
    ['Round one, question two: who closed the pier after the storm? Your options: A) Ann Lee, B) Tom Ray, or C) Dan Moss?', 'who closed the pier after the storm?'],
    ['in which month did the Porto ferry strike begin — A) March, B) May, or C) June?', 'in which month did the Porto ferry strike begin?'],
    ['who wrote the Gazette story on the flood? Was it (a) Ann Lee, (b) Tom Ray or (c) Dan Moss?', 'who wrote the Gazette story on the flood?'],
    ['name the bridge the trucks cross into Lenz. Was it A) Tamar, B) Lenz Gate, or C) Old Mill?', 'name the bridge the trucks cross into Lenz.'],
    // Unlettered answers after the question, and the aside after them.
    ['who edited the Gazette story from Porto? Lee, Ray or Moss — pens down in thirty seconds!', 'who edited the Gazette story from Porto?'],
    ['when had the storm damage grown? Recent weeks, recent months, or recent years?', 'when had the storm damage grown?'],
    // A choice of times in place of asking when.
    ['four ferries sank off Porto — was that on A) Sunday, B) Monday, or C) Tuesday?', 'four ferries sank off Porto — when was that?'],
    // A quizmaster's label and asides ask nothing.
    ['Three points on the line, teams: who closed the pier?', 'who closed the pier?'],
    ['Geography round: which country does the Gazette call a rare ally of Norland? One point for the right country.', 'which country does the Gazette call a rare ally of Norland?'],
  ])('%s', (asked, read) => {
    expect(choicesDropped(asked)).toBe(read);
  });

  it('keeps alternatives that are the question', () => {
    for (const asked of ['Who closed the pier, the mayor or the council?', 'Did the ferry sink on Monday or Tuesday, according to the Gazette?', 'When was the storm, and who closed the pier?', 'Who said the port would be closed for a week or more?']) {
      expect(choicesDropped(asked)).toBe(asked);
    }
  });
});

describe('a quiz question, parsed', () => {
  it('reads the question without the answers it offers', () => {
    expect(parseQuestion({ command: 'who', text: 'Round one, question two: who closed the pier after the storm? Your options: A) Ann Lee, B) Tom Ray, or C) Dan Moss?' }).text).toBe('who closed the pier after the storm?');
    expect(parseQuestion({ command: 'when', text: "Round seven: the Gazette story talks about Saturday's storm — on what date was that? A) March 7, B) May 3, or C) June 6?" })).toMatchObject({ weekdayDate: { weekday: 'saturday' }, text: "the Gazette story talks about Saturday's storm — on what date was that?" });
  });
});

describe('offered counts', () => {
  it('are no choice of times', () => {
    expect(choicesDropped('four ferries sank off Porto — how many crew died: was it 2, 5, or 7?')).not.toMatch(/when was that/);
  });
});
