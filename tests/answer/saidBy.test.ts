import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { renderText } from '../../src/render/text.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented council reporting: one quotation and several reported statements.
const index = fixtureIndex({
  'bridge.txt': `Council debates Arlow bridge

March 4, 2025

ARLOW – Mayor Lena Holt said the ferry service would end next year.

"The ferry service is losing money every year," said Tom Ray, a council member.

"The bridge is a good idea, and we should build it," said Tom Ray, a council member.

Ray added that the vote was close. Holt said the bridge was a good idea, too.

Engineer Mira Sand blamed the winter floods for the delays on the east bank.`,
  'towns.txt': `Three towns share road plan

"We learned of the plan late," said Ana Vos, who represents Lenz on the county board.

Governor Ivo Brandt said Ferrand, Arlow and Lenz would share the plan's cost.`,
  'budget.txt': `Budget talks stall

Treasurer Nina Orr said the council would get the county's money late.

Council leader Paul Dent was blunt, saying the council "will not wait" for the county's money.`,
});

const who = (text: string) => answer(index, { command: 'who', text });

describe('who told a listener that …', () => {
  it('reads what was said after the listener, whose names need not be in the passage', () => {
    const told = fixtureIndex({
      'summit.txt': `Summit on the Lenz port\n\nVESSA, May 2 (Reuters) – Ministers met at the Vessa summit on Friday.\n\nThe port would reopen within a month, said harbour minister Tom Ray.`,
    });
    expect(answer(told, { command: 'who', text: 'who told the Ostrava press conference that the port would reopen within a month?' }).answers[0]?.text).toBe('Tom Ray');
  });
});

describe('who said something the question paraphrases', () => {
  it('finds the saying that holds a phrase of the question, whose other words and names are put otherwise', () => {
    const paraphrased = fixtureIndex({
      'port.txt': `Port talks\n\nMay 2, 2025\n\nVESSA (Reuters) – Harbour minister Tom Ray said only that Norland was not involved in any naval blockade.`,
    });
    const ask = (text: string) => answer(paraphrased, { command: 'who', text }).answers[0]?.text;
    expect(ask('which official insisted Oslen took part in no naval blockade after the storm?')).toBe('Tom Ray');
    // Without the phrase, a few shared words are no saying of it.
    expect(ask('which official insisted Oslen took part in no blockade of any navy after the storm?')).toBeUndefined();
  });
});

describe('which official somewhere said …', () => {
  it('puts first the speaker whose story writes the place the description gives', () => {
    const twoStories = fixtureIndex({
      'porto.txt': `Leak in Porto\n\nMay 2, 2025\n\nPORTO, Portugal (Reuters) – "We are still looking into the leak," harbour chief Tom Ray said in Porto.`,
      'lyon.txt': `Pier report\n\nMay 3, 2025\n\nLYON, France (Reuters) – "We are still looking into the pier," mayor Ana Vos said in Lyon.`,
    });
    const asked = (text: string) => answer(twoStories, { command: 'who', text }).answers.map((found) => found.text);
    expect(asked('which official in Lyon said they are still looking into it')[0]).toBe('Ana Vos');
    expect(asked('which official in Porto said they are still looking into it')[0]).toBe('Tom Ray');
  });
});

describe('who said, from reported speech', () => {
  it('answers with the speaker of a statement that matches what was said better than any quotation', () => {
    const [top] = who('Who said the ferry service would end next year?').answers;
    expect(top?.text).toBe('Lena Holt');
    expect(top?.citations[0]).toMatchObject({ file: 'bridge.txt', paragraph: 3 });
  });

  it('keeps a direct quotation first when it matches as well as a statement', () => {
    const answers = who('Who said the bridge is a good idea?').answers;
    expect(answers.map((a) => a.text).slice(0, 2)).toEqual(['Tom Ray', 'Lena Holt']);
  });

  it('ranks a quotation that carries the question\'s content above a statement that only shares its names', () => {
    const answers = who('Who said Ferrand, Arlow and Lenz learned of the plan late?').answers;
    expect(answers.map((a) => a.text).slice(0, 2)).toEqual(['Ana Vos', 'Ivo Brandt']);
  });

  it('reads a quoted fragment with the paraphrase that carries it', () => {
    expect(who("Who said the council won't wait for the county's money?").answers[0]?.text).toBe('Paul Dent');
  });

  it('answers "who blamed …" from what the statement reports', () => {
    expect(who('Who blamed the winter floods for the delays?').answers[0]?.text).toBe('Mira Sand');
  });

  it('shows a statement as the name and its paragraph, never inside quotation marks', () => {
    const response = who('Who said the ferry service would end next year?');
    expect(response.answers[0]?.speaker).toBeUndefined();
    expect(renderText(response, { limit: 1 })).not.toMatch(/[“”"]/);
  });
});

describe('who said: the words the question writes together', () => {
  it('prefers the statement that says the question\'s phrase over one that shares its words apart', () => {
    const said = fixtureIndex({
      'a.txt': 'Port deal signed\n\nMayor Lena Holt said the deal was signed after the last strike.\n',
      'b.txt': 'Harbour news\n\nMinister Ivo Brandt said the deal came at the last minute.\n',
      // "minute" is a common word here: the words alone would favour the mayor's statement.
      'c.txt': 'Clock news\n\nThe town clock loses a minute a day, and the clock shop opens in a minute.\n',
      'd.txt': 'Train news\n\nThe train left a minute late.\n',
    });
    expect(answer(said, { command: 'who', text: 'who said the deal was signed at the last minute?' }).answers[0]?.text).toBe('Ivo Brandt');
  });
});

describe('who said: a statement about the story its lead tells', () => {
  const story = fixtureIndex({
    'depot.txt': `Norland strikes Port Ellis depot

May 2, 2025

VELORIA – Norland struck a fuel depot in Port Ellis overnight, officials said.

The fire burned until the morning.

Harbour master Ana Lund said that the coastguard was “warned at the last minute” about the reported raid.`,
  });

  it('finds the speaker in a paragraph that names neither the attacker nor the place its lead names', () => {
    const [top] = answer(story, { command: 'who', text: "who said the coastguard was only warned late about Norland's raid on Port Ellis" }).answers;
    expect(top?.text).toBe('Ana Lund');
    expect(top?.citations[0]).toMatchObject({ file: 'depot.txt', paragraph: 5 });
  });
});

describe('a speaker quoted inside another speaker\'s quotation', () => {
  const quoted = fixtureIndex({
    'front.txt': `Envoy repeats warning

May 2, 2025

Envoy Mara Lind met reporters in Lenz on Friday.

“We have been clear from the outset. President Ivo Brandt said on day one to anyone thinking of closing the strait, ‘don’t,’” Lind said.`,
  });
  const who = (text: string) => answer(quoted, { command: 'who', text }).answers.map((a) => a.text);

  it('gives the words after the inner attribution to the one it names', () => {
    expect(who('who told anyone thinking of closing the strait not to')[0]).toBe('Ivo Brandt');
  });

  it('leaves the words before it to the one quoted', () => {
    expect(who('who said they had been clear from the outset')[0]).toBe('Mara Lind');
  });
});

describe('a speaker asked for by description', () => {
  // Invented: the ministry is named only by its description.
  const toll = fixtureIndex({ 'toll.txt': 'Toll rises in Varn\n\nMay 2, 2025\n\nThe death toll in Varn has reached nearly 40, the Peruvian health ministry said overnight.\n' });

  it('answers "which health ministry said …" with the ministry, its description not taken for a name the answer must avoid', () => {
    expect(answer(toll, { command: 'who', text: 'which health ministry said the death toll had reached nearly 40?' }).answers[0]?.text).toMatch(/Peruvian health ministry/);
  });
});

describe('a speaker described by a title of their own', () => {
  // Invented: a ministry and a titled minister say things; no spokesperson is named.
  const port = fixtureIndex({
    'port.txt': `Norland port to close

May 2, 2025

The Norland Harbour Ministry said the port of Lenz would close on Friday.

Norland Prime Minister Ada Vell said the closure would last a week.`,
  });
  const who = (text: string) => answer(port, { command: 'who', text }).answers.map((a) => a.text);

  it('is not a body, nor one the coverage titles otherwise', () => {
    expect(who('which Norland Harbour Ministry spokesperson said the port of Lenz would close?')).toEqual([]);
    expect(who('which Norland spokesperson said the closure would last a week?')).toEqual([]);
  });

  it('is anyone where the description is one any office holder goes by ("official")', () => {
    expect(who('which Norland official said the closure would last a week?')[0]).toBe('Ada Vell');
  });
});

describe('a speaker described by a role of a body the coverage names a holder of', () => {
  const union = fixtureIndex({
    'strike.txt': 'Dock strike looms in Porto\n\nMay 9, 2025\n\nDockers Union leader Ivo Brandt threatened to widen the strike on Friday.\n\nMayor Ana Reyes said the strike might grow bigger than last year.\n',
  });
  const who = (text: string) => answer(union, { command: 'who', text }).answers.map((a) => a.text);

  it('answers only with the role\'s holder, never another speaker of the words', () => {
    expect(who('which leader of the Dockers Union said the strike might grow bigger?')).not.toContain('Ana Reyes');
    expect(who('who is the leader of the Dockers Union that said the strike might grow bigger?')).not.toContain('Ana Reyes');
    expect(who('who is the mayor of Porto that said the strike might grow bigger?')[0]).toBe('Ana Reyes');
  });

  it('reads the source of a figure as who said it', () => {
    const toll = fixtureIndex({ 'toll.txt': 'Ferry sinks off Porto\n\nMay 9, 2025\n\nThe death toll has reached 40, the Porto coast guard said overnight.\n' });
    expect(answer(toll, { command: 'who', text: 'By whom was the death toll of 40 reported overnight?' }).answers[0]?.text).toMatch(/coast guard/);
    expect(answer(toll, { command: 'who', text: 'Who supplied the death toll of 40?' }).answers[0]?.text).toMatch(/coast guard/);
  });
});
