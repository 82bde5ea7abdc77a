import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { describedDoers, withHoldersForRoles } from '../../src/answer/roles.ts';
import { parseQuestion } from '../../src/answer/question.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented coverage: a title stated without its country, and one that names another country.
const index = fixtureIndex({
  'norland.txt': `Norland sends ships to the strait

May 2, 2025

Norland will send two frigates to the strait, Navy Minister Edda Voss said on Monday, after a Norland tanker was seized.`,
  'tarvia.txt': `Tarvia protests seizure

Tarvia’s Foreign Minister Piet Olsen said the seizure of the tanker broke the law of the sea.`,
});

const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

describe('role questions with a country the title leaves out', () => {
  it('answers with the holder whose passage names the country', () => {
    expect(who('Who is the Norland navy minister?')[0]).toBe('Edda Voss');
  });

  it('does not answer for a country the passage does not name', () => {
    expect(who('Who is the Tarvian navy minister?')).toEqual([]);
  });

  it('does not answer with a title that names another country', () => {
    expect(who('Who is the Norland foreign minister?')).toEqual([]);
    expect(who('Who is the Tarvia foreign minister?')[0]).toBe('Piet Olsen');
  });

  it('reads a title typed with two letters swapped as the corpus writes it', () => {
    expect(who('Who is the Tarvia foriegn minister?')[0]).toBe('Piet Olsen');
  });
});

describe('a role asked for in other words', () => {
  // Invented: one country styles its top diplomat foreign minister, another secretary of state.
  const diplomats = fixtureIndex({
    'olsen.txt': `Strait talks open

May 2, 2025

Tarvia’s Foreign Minister Piet Olsen arrived in Lenz on Friday for talks on the strait.`,
    'brand.txt': `Norland envoy in Lenz

May 3, 2025

Norland Secretary of State Ines Kovar said the talks in Lenz had gone well.`,
  });
  const holder = (text: string) => answer(diplomats, { command: 'who', text }).answers[0]?.text;

  it('reads a top diplomat as the foreign minister, or the secretary of state where that is the title', () => {
    expect(holder("Who serves as Tarvia's top diplomat?")).toBe('Piet Olsen');
    expect(holder('Who is the top Norland diplomat?')).toBe('Ines Kovar');
    // An envoy is a diplomat on a mission: the same titles.
    expect(holder('Who is the Norland envoy who said the talks in Lenz had gone well?')).toBe('Ines Kovar');
    expect(holder('Who is the top Tarvia envoy?')).toBe('Piet Olsen');
    // A story described by where it was filed from.
    const filed = fixtureIndex({ 'olsen.txt': 'Strait talks open\n\nLENZ, May 2 (Reuters) – Tarvia’s Foreign Minister Piet Olsen arrived in Lenz on Friday for talks on the strait.\n' });
    expect(answer(filed, { command: 'who', text: "Who is Tarvia's top diplomat in the Reuters story filed from Lenz?" }).answers[0]?.text).toBe('Piet Olsen');
  });

  it('reads a role family\'s name ("the Tarvian premier", "the Pentagon chief") as each of its titles', () => {
    const chiefs = fixtureIndex({
      'lenz.txt': 'Ministers meet in Lenz\n\nMay 4, 2025\n\nTarvia’s Prime Minister Ola Brekke met Defense Secretary Rune Dahl in Lenz on Friday.\n',
    });
    const chief = (text: string) => answer(chiefs, { command: 'who', text }).answers[0]?.text;
    expect(chief("who's the pentagon chief")).toBe('Rune Dahl');
    expect(chief('who is the Tarvia premier?')).toBe('Ola Brekke');
    // The chief named otherwise: "the head of the Pentagon", "the Pentagon boss", "who heads the Pentagon".
    expect(chief("who's the head of the pentagon")).toBe('Rune Dahl');
    expect(chief('who is the Pentagon boss?')).toBe('Rune Dahl');
    expect(chief('who heads the pentagon')).toBe('Rune Dahl');
  });

  it("reads a country's leader as its prime minister or president, never another country's", () => {
    const leaders = fixtureIndex({
      'lenz.txt': 'Leaders meet in Lenz\n\nMay 4, 2025\n\nItalian Prime Minister Ola Brekke met French President Rune Dahl in Lenz on Friday.\n',
    });
    const leader = (text: string) => answer(leaders, { command: 'who', text }).answers[0]?.text;
    expect(leader("Who is Italy's leader?")).toBe('Ola Brekke');
    expect(leader('who is the leader of France')).toBe('Rune Dahl');
    expect(leader('who is the German leader?')).toBeUndefined();
  });

  it('reads a boss as the leader the coverage names', () => {
    const led = fixtureIndex({ 'party.txt': 'Kell Party meets\n\nMay 4, 2025\n\nKell Party leader Ivo Brandt spoke in Lenz on Friday.\n' });
    expect(answer(led, { command: 'who', text: "who's the kell party boss" }).answers[0]?.text).toBe('Ivo Brandt');
  });
});

describe('a lowercase "us" in a role question is the country', () => {
  // Invented: the US secretary of state and another country's foreign minister at the same talks.
  const talks = fixtureIndex({
    'talks.txt': `Harbour talks in Lenz

June 4, 2025

US Secretary of State Mara Quill met Tarvia’s Foreign Minister Piet Olsen in Lenz on Tuesday.

Quill said the harbour would reopen within a month.`,
  });
  const holder = (command: 'who' | 'auto', text: string) => answer(talks, { command, text }).answers[0]?.text;

  it('reads "the top us diplomat" as the US one, not any top diplomat', () => {
    expect(holder('auto', 'who is the top us diplomat')).toBe('Mara Quill');
    expect(holder('who', 'who is the top us diplomat')).toBe('Mara Quill');
    expect(holder('auto', 'who is the top tarvia diplomat')).toBe('Piet Olsen');
  });
});

describe('a participant described by role in an event question', () => {
  // Invented: the coverage names the secretary of state once by title, then by surname only.
  const talks = fixtureIndex({
    'talks.txt': `Harbour talks in Lenz

June 4, 2025

US Secretary of State Mara Quill arrived in Lenz on Tuesday.

Quill, who had already been in talks with Tarvian Prime Minister Piet Olsen before her press conference, said the harbour would reopen within a month.`,
  });

  it('names the holder the corpus gives the role, not a role after "as" or one it cannot settle', () => {
    expect(withHoldersForRoles(talks, 'Who had the secretary of state already held talks with?')).toBe('Who had Mara Quill already held talks with?');
    expect(withHoldersForRoles(talks, 'Who replaced Olsen as the prime minister?')).toBeUndefined();
    expect(withHoldersForRoles(talks, 'When did Olsen become the secretary of state?')).toBeUndefined();
    expect(withHoldersForRoles(talks, 'Who did the harbour master call?')).toBeUndefined();
    // A role of a body the question does not name ("of a …") has no holder to look up.
    expect(withHoldersForRoles(talks, 'When did the port hire the prime minister of a new coalition?')).toBeUndefined();
  });

  it('names the holder of a title written with capitals only where asked to (who-questions)', () => {
    expect(withHoldersForRoles(talks, 'Who had the Secretary of State already held talks with?', true)).toBe('Who had Mara Quill already held talks with?');
    expect(withHoldersForRoles(talks, 'Who had the Secretary of State already held talks with?')).toBeUndefined();
    const [top] = answer(talks, { command: 'who', text: 'Who had the Secretary of State already held talks with before her press conference?' }).answers;
    expect(top?.text).toBe('Piet Olsen');
  });

  it('answers from the sentence that names the holder by surname', () => {
    const [top] = answer(talks, { command: 'who', text: 'Who had the secretary of state already held talks with before her press conference?' }).answers;
    expect(top?.text).toBe('Piet Olsen');
  });
});

describe('a role the corpus gives nobody', () => {
  // Invented: a sentence names a foreign minister and a prime minister; only the prime minister by name.
  const talks = fixtureIndex({
    'talks.txt': `Harbour talks in Lenz

June 4, 2025

The foreign minister will offer more ships when she meets Tarvian Prime Minister Piet Olsen after a second Norland fleet was sent to the strait.

Tarvian Prime Minister Piet Olsen this week found himself heading a new government.`,
  });

  it('is not answered by someone the corpus gives another title of its kind', () => {
    expect(answer(talks, { command: 'who', text: 'Who is the Tarvian foreign minister?' }).answers).toEqual([]);
    expect(answer(talks, { command: 'who', text: 'Who is the Tarvian prime minister?' }).answers[0]?.text).toBe('Piet Olsen');
  });

  // Invented: one group's commander is named; the question asks for another group's.
  const raid = fixtureIndex({
    'raid.txt': `Strike near Lenz

June 4, 2025

The killing of the senior field commander of the Kessel Brigades, Oren Vask, in a strike on Lenz last week raised fears that the fighting with the Harrow Front in Tarvia would spread.`,
  });

  it('is not answered by the holder of the same title at a body or place the question does not name', () => {
    expect(answer(raid, { command: 'who', text: "Who is the Harrow Front's field commander in Tarvia?" }).answers).toEqual([]);
    expect(answer(raid, { command: 'who', text: "Who is the Kessel Brigades' field commander?" }).answers[0]?.text).toBe('Oren Vask');
  });

  it("is not answered by another body's commander when the question names a people ('the Italian army')", () => {
    const strike = fixtureIndex({
      'strike.txt': 'Strike on Lenz\n\nJune 4, 2025\n\nAn Italian strike on Lenz last week killed Oren Vask, the senior military commander of the Kessel Brigades.\n',
    });
    expect(answer(strike, { command: 'who', text: 'Who is the commander of the Italian army?' }).answers).toEqual([]);
    expect(answer(strike, { command: 'who', text: 'Who is the commander of the Kessel Brigades?' }).answers[0]?.text).toBe('Oren Vask');
  });
});

describe('who leads something no passage says anyone leads', () => {
  // Invented: a sentence names a prime minister beside a fleet that was sent; another names a brigade's commander.
  const fleet = fixtureIndex({
    'fleet.txt': `Fleet sent to Lenz

June 4, 2025

The envoy will offer more ships when she meets Tarvian Prime Minister Piet Olsen after a second Norland naval fleet was ordered to the strait.

The killing of the senior field commander of the Kessel naval brigade, Oren Vask, raised fears of a wider war.`,
  });

  it('is answered by no one beside the thing led, nor by the commander of another thing', () => {
    expect(answer(fleet, { command: 'who', text: 'Who commands the second Norland naval fleet ordered to the strait?' }).answers).toEqual([]);
    expect(answer(fleet, { command: 'who', text: 'who is the commander of the second Norland naval fleet that got sent to the strait' }).answers).toEqual([]);
    expect(answer(fleet, { command: 'who', text: 'Who commands the Kessel naval brigade?' }).answers[0]?.text).toBe('Oren Vask');
  });
});

describe('a role named by an event, held by a person', () => {
  // Invented: the new chief's description names the bank they came from, beside the role's words.
  const index = fixtureIndex({
    'harbor.txt': `Harbor Trust picks new chief

Mara Tellenbeck Jr., an executive at Kestrel-based 1st Lindqvist Bank, was named president and chief executive officer of Harbor Trust Corp. and its unit, Quay Federal.

The appointment takes effect Dec. 1.`,
  });
  const who = (text: string) => answer(index, { command: 'who', text }).answers.map((a) => a.text);

  it('answers with the person named to the role, not the organisation in their description', () => {
    expect(who('Who was named chief executive of Harbor Trust?')[0]).toMatch(/Mara Tellenbeck/);
  });
});

// Invented coverage: roles the text states beside their holders, which the title tables do not
// cover as asked (the question adds a country or a year the title leaves out).
const stated = fixtureIndex({
  'budget.txt': `Norland budget history

June 4, 2025

The treasury was founded in 1925. In 1990, Finance Minister Maren Holt cut the income tax of Norland by a tenth.

Ivo Brandt, who ran the tax office, said the cut had paid for itself.`,
  'navy.txt': `Frigates ordered

June 5, 2025

The US secretary of the navy in 1990 was Tove Lind, who ordered two frigates.`,
});

const whoStated = (text: string) => answer(stated, { command: 'who', text }).answers.map((a) => a.text);

describe('a role the text states beside its holder', () => {
  it('answers with the holder named in a sentence that holds the role and every name asked', () => {
    expect(whoStated('Who was the Norland finance minister in 1990?')[0]).toBe('Maren Holt');
    expect(whoStated('Who was the US Secretary of the Navy in 1990?')[0]).toBe('Tove Lind');
  });

  it('does not answer when no sentence holds the role asked for, or the names asked', () => {
    expect(whoStated('Who was the Norland tax commissioner in 1990?')).toEqual([]);
    expect(whoStated('Who was the Tarvia finance minister in 1990?')).toEqual([]);
  });
});

describe('a role the text states as its office ("under the leadership of")', () => {
  // Invented coverage: the holder's noun written as the office's, "leadership" for "leader".
  const parties = fixtureIndex({
    'parties.txt': `Parties of Norland

Out of this chaos the first parties emerged. The first such party was the Vale Whigs under the leadership of Tor Lindqvist and the intellectual guidance of the philosopher Ivo Brandt.`,
  });
  const whoLeads = (text: string) => answer(parties, { command: 'who', text }).answers.map((a) => a.text);

  it('answers "who was the leader of X" with the one under whose leadership X was', () => {
    expect(whoLeads('Who was the leader of the Vale Whigs?')[0]).toBe('Tor Lindqvist');
  });

  it('still needs the office: guidance is no leadership', () => {
    expect(whoLeads('Who was the chairman of the Vale Whigs?')).toEqual([]);
  });
});

describe('a role the text states in a sentence that does not name whose it is', () => {
  // Invented coverage: the first chancellor is named where "its" stands for the college the passage names before.
  const college = fixtureIndex({
    'college.txt': `Lenz College

June 4, 2025

Lenz College opened in 1853. Its first chancellor was Piet Rook, who taught Greek there for forty years.

Former chancellor Ada Voss said the college would open a library in the autumn.`,
  });
  const whoIs = (text: string) => answer(college, { command: 'who', text }).answers.map((a) => a.text);

  it('answers with the holder the sentence names when the passage names the body', () => {
    expect(whoIs('Who was the first chancellor of Lenz College?')[0]).toBe('Piet Rook');
  });

  it('still answers from the title tables where the role is asked without an order', () => {
    expect(whoIs('Who was the chancellor of Lenz College?')[0]).toBe('Ada Voss');
  });
});

describe('a stated holder is not a name the question writes', () => {
  const company = fixtureIndex({
    'acme.txt': `Acme Holdings expects a profit

October 2, 1989

Total Acme Holdings Inc., rebounding from its earlier loss, expects to report a profit for the third quarter, R.J. Tarn, chairman, said.`,
  });
  it('answers with the person beside the role, not the organisation the question names', () => {
    const answers = answer(company, { command: 'who', text: 'Who is the chairman of Total Acme Holdings?' }).answers.map((a) => a.text);
    expect(answers[0]).toBe('R.J. Tarn');
  });
});

describe('a role described by a body and a head noun, with what its holder did', () => {
  // Invented coverage: the admiralty's head is styled Navy Secretary; a minister speaks in the same article.
  const described = fixtureIndex({
    'fleet.txt': `Fleet put on alert

June 4, 2025

LENZ, June 4 – The Admiralty said the fleet would stay in port. Navy Secretary Ivo Brandt said attacks on the harbour would not be tolerated.

Harbour Minister Ada Voss said the pier would reopen on Friday.`,
  });
  const whoIs = (text: string) => answer(described, { command: 'who', text }).answers.map((a) => a.text);

  it('answers with whoever did it when their title is of the same class and the article names the body', () => {
    expect(whoIs('Who is the Admiralty chief who said attacks on the harbour would not be tolerated?')[0]).toBe('Ivo Brandt');
    expect(whoIs("Who is the Admiralty's boss who said attacks on the harbour would not be tolerated?")[0]).toBe('Ivo Brandt');
  });

  it('reads a present participle after the role as what its holder did ("the Admiralty chief talking about …")', () => {
    expect(parseQuestion({ command: 'who', text: 'Who was the Admiralty chief talking about attacks on the harbour?' })).toMatchObject({ kind: 'role', asks: 'agent' });
    expect(whoIs('Who was the Admiralty chief talking about attacks on the harbour?')[0]).toBe('Ivo Brandt');
  });

  it('gives no holder when the one who did it holds no fitting title', () => {
    const asked = parseQuestion({ command: 'who', text: 'Who was the Admiralty spokesman talking about attacks on the harbour?' });
    expect(asked.kind === 'role' ? describedDoers(described, asked) : undefined).toEqual([]);
    // Asked as "which spokesman said …", the saying finds its speaker, whose title does not fit.
    expect(whoIs('Who is the Admiralty spokesman who said attacks on the harbour would not be tolerated?')).toEqual([]);
    expect(whoIs('Who is the harbour minister who said the pier would reopen?')[0]).toBe('Ada Voss');
  });
});

describe('a head of something located at a body', () => {
  // Invented: the director heads a program at an institute, not the institute.
  const institute = fixtureIndex({
    'institute.txt': 'Analysts weigh in\n\nMay 2, 2025\n\n“The strike is a warning,” said Ivo Brandt, director of the Norland program at the Lenz Institute.\n',
  });
  const who = (text: string) => answer(institute, { command: 'who', text }).answers.map((a) => a.text);

  it('does not answer who directs the body with the head of something at it', () => {
    expect(who('who is the director of the Lenz Institute?')).toEqual([]);
    expect(who('who is the director of the Norland program?')[0]).toBe('Ivo Brandt');
  });
});

describe('the body of a person described by what they said', () => {
  // Invented: an analyst quoted with her title at an institute, and a minister who said something else.
  const analysts = fixtureIndex({
    'port.txt': `Port closure worries traders

May 9, 2025

Minister Ivo Marek said the harbour would reopen soon.

“The closure is a reminder of how fragile the coastal trade has become,” said Dana Rusk, director of the shipping program at the Baltic Policy Institute.`,
  });

  it('answers "X works at which institute" from the role of the person the description names by their words', () => {
    const response = answer(analysts, { command: 'who', text: 'the analyst who talked about the fragile coastal trade works at which institute' });
    expect(response.kind).toBe('affiliation');
    expect(response.answers[0]?.text).toBe('Baltic Policy Institute');
    expect(answer(analysts, { command: 'who', text: 'Dana Rusk directs the shipping program at which institution?' }).answers[0]?.text).toBe('Baltic Policy Institute');
  });
});

describe('a stated holder named after a title that has its own "of"', () => {
  // Invented coverage: "Secretary of State Tove Lind" names the holder after the title's "of"; the
  // sentence names another person too, whom the role does not describe.
  const talks = fixtureIndex({
    'talks.txt': `Norland talks

After the floods of 1990, Norland's premier Ivo Brandt sided with Tarvia against the rebels after an ultimatum by then Tarvian President Piet Rook. Norland Secretary of State Tove Lind and other officials met with Brandt. In 1991, Brandt addressed the people of Norland.`,
  });

  it('answers with the person the title names, who is not the body the role heads', () => {
    expect(answer(talks, { command: 'who', text: 'Who was the Norland Secretary of State in 1990?' }).answers[0]?.text).toBe('Tove Lind');
  });
});

describe('a stated holder whose title is the head noun alone', () => {
  // Invented coverage: the title tables hold "Mayor" for Voss, without the words that say which mayor.
  const city = fixtureIndex({
    'lenz.txt': `Lenz

In March 2001, Ada Voss became the first socialist mayor of Lenz. In 2007 Mayor Voss opened a bicycle scheme.`,
  });

  it('answers: a title of the head alone is no other title of the kind asked', () => {
    expect(answer(city, { command: 'who', text: 'Who was the first socialist mayor of Lenz?' }).answers[0]?.text).toBe('Ada Voss');
  });
});

describe('a role read as an event, where the ranker is sure', () => {
  // Invented coverage: the rules take the name nearest the role's words (her film), the ranker the one the sentence describes.
  const films = fixtureIndex({
    'films.txt': `Films of Tarvia

Ada Voss is an internationally renowned film director; her most famous film is Mira Sol (English: My Sun). Her Luz Nega (1988) was the first feature film made in Tarvia. In 1992, Voss directed Olho Azul, which was shown at Cannes.`,
  });

  it('answers with the ranker\'s sure person before the rules\' nearest name', () => {
    expect(answer(films, { command: 'who', text: 'Who is an internationally renowned film director from Tarvia?' }).answers[0]?.text).toBe('Ada Voss');
  });
});

describe('an analyst or expert at a body', () => {
  // Invented coverage: a director at an institute, quoted; no title says "analyst".
  const institute = fixtureIndex({
    'harbour.txt': `Harbour talks stall

May 2, 2025

"The talks show how little trust is left," said Ana Reis, director of the Chile program at the Porto Harbour Institute.`,
  });
  const who = (text: string) => answer(institute, { command: 'who', text }).answers.map((a) => a.text);

  it('is whoever holds a title at that body, asked by its name or its initials', () => {
    expect(who('who is the Porto Harbour Institute analyst?')).toEqual(['Ana Reis']);
    expect(who('who is the PHI analyst?')).toEqual(['Ana Reis']);
    expect(who('phi analyst, whats her name')).toEqual(['Ana Reis']);
  });

  it('is no one at a body the coverage does not name', () => {
    expect(who('who is the Lyon Institute analyst?')).toEqual([]);
  });
});

describe('a description that names the body its holder serves', () => {
  it('leaves out those the corpus titles without that body', () => {
    const talks = fixtureIndex({
      'talks.txt': 'Talks stall\n\nNovember 3, 2025\n\nSecretary of State Ann Lee held talks in Lima on Friday.\n\nOn the same day that FIFA chief Ada Voss threatened to cancel the cup, Lee repeatedly returned to her warning about the stadium.\n',
    });
    // "chief" fits any office; the Secretary of State near the same words is no FIFA chief.
    expect(answer(talks, { command: 'who', text: 'who is the fifa chief threatening to cancel the cup on nov 3?' }).answers.map((a) => a.text)).toEqual(['Ada Voss']);
  });
});
