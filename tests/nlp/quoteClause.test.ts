import { describe, expect, it } from 'vitest';
import { clauseAround } from '../../src/nlp/quoteClause.ts';

/** The clause around the first quotation of a one-sentence text, as text. */
function clauseOf(text: string): string {
  const open = text.search(/[“"]|''/u);
  const close = text.slice(open + 1).search(/[”"]|''/u) + open + 1;
  const after = close + (text.startsWith("''", close) ? 2 : 1);
  const clause = clauseAround(text, { start: 0, end: text.length }, open, after);
  return text.slice(clause.start, clause.end);
}

describe('clauseAround', () => {
  it.each([
    ['starts after a speech verb and runs on to the sentence end', 'Lee said the plan was “a disaster” for the town.', 'the plan was “a disaster” for the town'],
    ['keeps "that" after the speech verb', 'Lee said that “we will win.”', 'that “we will win.”'],
    ['runs on past a conjunction in reported speech', 'Lee says the port is “ready” and he feels it will open soon.', 'the port is “ready” and he feels it will open soon'],
    ['stops reported speech at a second verb of the subject', 'Lee decried the “systemic failure” and highlighted his plan.', 'the “systemic failure”'],
    ['stops reported speech at an aside after a comma', 'Lee said the city would pay “slightly more” in taxes, an admission that hurt.', 'the city would pay “slightly more” in taxes'],
    ['stops reported speech where another speaker is cued', 'Lee said the plan was “dead,” Ray told reporters.', 'the plan was “dead,”'],
    ['passes over a speaker and cue set off by commas inside reported speech', 'Lee recalled the “good old days” when, he said, ferries ran on time.', 'the “good old days” when, he said, ferries ran on time'],
    ['still ends reported speech at a speaker and cue that close it', 'Lee recalled the “good old days” when ferries ran, he said.', 'the “good old days” when ferries ran'],
    ['ends the thing named at a conjunction', 'Lee called him a “nice guy” and left the stage.', 'him a “nice guy”'],
    ['goes on past a speech verb after "to"', 'Lee called Ray a “stubborn man” for continuing to insist the port is safe.', 'Ray a “stubborn man” for continuing to insist the port is safe'],
    ['goes on past a speech verb in a relative clause', 'Lee wants an end to the “rigged contracts” that he says are costing the port.', 'Lee wants an end to the “rigged contracts” that he says are costing the port'],
    ['ends at a comma inside the marks', 'Lee called Ray a “moderate,” a dig at his record.', 'Ray a “moderate,”'],
    ['starts after a verb that quotes words verbatim', 'Outside, the crowd chanted “USA! USA!” for an hour.', '“USA! USA!”'],
    ['ends words introduced verbatim at their closing mark', 'Ray held up a sign reading “Vote Lee” during the speech.', '“Vote Lee”'],
    ['starts after a verb in -ing when no speech verb stands before', 'Former Gov. Mike Lee is labeling the plan “a blatant abuse.”', 'the plan “a blatant abuse.”'],
    ['reads a speech verb\'s form after a determiner as a noun', 'Ray placed a note card in a “burn bag,” the paper reported.', 'a note card in a “burn bag,”'],
    ['takes a quotation after a comma as its own', 'He coined a new phrase, “undocumented Democrats,” to describe them.', '“undocumented Democrats,”'],
    ['starts at a relative word that a naming verb names', 'Lee denounced what she called “a reckless plan.”', 'what she called “a reckless plan.”'],
    ['starts at a relative word before a naming verb and a determiner', 'He praised the port, which Ray described as a “model.”', 'which Ray described as a “model.”'],
    ['does not start at a relative word that is the naming verb\'s subject', 'He met Ray, who called the plan “a disaster.”', 'the plan “a disaster.”'],
    ['reaches past a speaker and cue set off by commas', 'In most cases, Lee said, “the port is safe.”', 'In most cases, Lee said, “the port is safe.”'],
    ['keeps a participle and its comma as the start', 'Minutes later, she sent a note saying, “done.”', '“done.”'],
    ['starts at "that" after a speech verb\'s object', 'Lee is telling voters at a diner in Bergen that “I need you tomorrow.”', 'that “I need you tomorrow.”'],
    ['does not start at a "that" after a verb inside what was said', 'Lee says his plan is the only one that “can work” this year.', 'his plan is the only one that “can work” this year'],
    ['runs reported speech on past a comma inside the marks', 'Lee said the storm was “mild,” compared to what the coast saw last year.', 'the storm was “mild,” compared to what the coast saw last year'],
    ['ends reported speech at a comma inside the marks before an aside', 'Lee said the plan was “dead,” a swipe at the mayor.', 'the plan was “dead,”'],
    ['ends reported speech in an opening subordinate clause at its comma', 'When Lee said the storm was “mild,” the mayor left the room.', 'the storm was “mild,”'],
    ['starts after a speech verb\'s particle', 'Lee called on voters to “stand up” for the port.', 'voters to “stand up” for the port'],
    ['does not reach past a cue set off by commas before a new sentence', 'Asked why, Lee said, “We have three weeks” to decide.', '“We have three weeks” to decide'],
    ['stops reported speech where another named speaker and cue take over', 'Lee accuses the mayor of “leading from behind” and Ray Holt says the port is safe.', 'the mayor of “leading from behind”'],
    ['starts at the noun phrase a naming participle names', 'The port aired a short film called “Home Waters” on Monday.', 'a short film called “Home Waters” on Monday'],
    ['does not take a subject and naming verb for a noun phrase', 'Lee has repeatedly called the plan “a disaster.”', 'the plan “a disaster.”'],
    ['reads a relative word past a title with a full stop', 'Ray bid $2 billion, which Mr. Lee called “a disgrace.”', 'which Mr. Lee called “a disgrace.”'],
    ['falls back to the sentence start', 'The answer was not as neat as the “1960s” comment.', 'The answer was not as neat as the “1960s” comment'],
    ['reads NYT doubled apostrophes as marks', "Ray said the plan was ''dead on arrival'' in May.", "the plan was ''dead on arrival'' in May"],
  ])('%s', (_rule, text, expected) => {
    expect(clauseOf(text)).toBe(expected);
  });

  it('says when the look back reached an earlier quotation, so two fragments share one clause', () => {
    const text = 'Ray said his backers are waging “profane” and “sexist” attacks.';
    const open = text.indexOf('“sexist');
    expect(clauseAround(text, { start: 0, end: text.length }, open, text.indexOf('”', open) + 1)).toMatchObject({ stop: 'quote', start: text.indexOf('and') });
  });

  it('reaches back to an earlier quotation past a verb in -ed or -ing, so the fragments can share one clause', () => {
    const text = 'Lee said the network did an “awful” job of covering the “election.”';
    const open = text.indexOf('“election');
    expect(clauseAround(text, { start: 0, end: text.length }, open, text.length)).toMatchObject({ stop: 'quote', start: text.indexOf('job') });
  });

  it('starts after a dash, not after a verb in -ed that follows it', () => {
    const text = 'Ray had one regret — he had tossed a note card in a “burn bag,” the paper said.';
    expect(clauseOf(text)).toBe('he had tossed a note card in a “burn bag,”');
  });

  it('does not read a plural possessive as a closing mark', () => {
    const text = 'The DNC said the staffers’ actions were “unacceptable.”';
    const open = text.indexOf('“');
    expect(clauseAround(text, { start: 0, end: text.length }, open, text.length)).toMatchObject({ stop: 'cue', start: text.indexOf('the staffers') });
  });

  it('reaches back to a closing double mark after a word in s as the end of an earlier quotation', () => {
    const text = 'Lee said the port has “several ways” of paying, including with “unbound” funds.';
    const open = text.indexOf('“unbound');
    expect(clauseAround(text, { start: 0, end: text.length }, open, open + 9).stop).toBe('quote');
  });
});
