import { describe, expect, it } from 'vitest';
import { candidatesIn, keyOf } from '../../src/answer/rank/candidates.ts';
import { FEATURE_NAMES, LEXICAL_BUCKETS, LEXICAL_FEATURES } from '../../src/answer/rank/features.ts';
import { probability, type KindModel, type RankModel } from '../../src/answer/rank/model.ts';
import { checkModel, featuredCandidates, questionView, rankAnswers, rankCandidates } from '../../src/answer/rank/rank.ts';
import { WEIGHTS } from '../../src/answer/rank/weights.ts';
import { NAMED_ENTITY_FROM, NAMED_FROM, orNamed, RANKER_FIRST, surerOf } from '../../src/answer/rank/answerers.ts';
import type { Answer } from '../../src/types.ts';
import { answer } from '../../src/answer/answer.ts';
import { fixtureIndex } from './fixtureIndex.ts';

// Invented articles: an encyclopedic one (no dates to resolve against) and a dated report.
const index = fixtureIndex({
  'museum.txt': `Harbour Museum

The Harbour Museum is a maritime museum in the city of Veloria. The Harbour Museum was founded by Jane Roe in 1998, after the old customs house closed.

The museum's collection grew during the 1920s revival of the Veloria Shipping Company, and it holds maps from the 14th century.

In 2004 the museum was expanded by the architect Tomas Brenner.`,
  'depot.txt': `Rockets hit fuel depot

Rockets hit a fuel depot in western Norland on Sunday, wounding four guards. Police chief Ivo Marr said an inquiry had begun.`,
  'school.txt': `Coastal School

Ada Vell was a painter from Veloria. She opened the Coastal School of painting in 1952.`,
  'roads.txt': `The Salt Roads

The Salt Roads is a history of the coastal trade. Mira Tolland's Salt Roads drew on the customs ledgers of Veloria.`,
  'abbey.txt': `Norland Abbey

The abbey was rebuilt by the monks of the northern order. Its bells were silent during the Great Frost. It served as a hospital from 1914 to 1918.`,
});

/** An invented history in which the sentence naming the rocket dates its approval and the one testing it names it by "It". */
const rocket = fixtureIndex({
  'rocket.txt': `Rocket race

The Norland rocket programme began after the war, when engineers from Kessa joined the Veloria design bureau in 1946.

In 1953, Marek was given approval to build the Vantor-9 Orska rocket, which was a large step beyond the Kessa design. Though some of its parts (notably the boosters) still looked like the Kessa K-4, the new rocket had a staged design, a new guidance system, and a new fuel. It was successfully tested on August 21, 1957 and became the first working long-range missile the next month. It would later launch the first satellite, and its successors would launch every crewed Norland craft.

The Vantor-9 Orska was retired in 1969, when the bureau moved to larger rockets.`,
});

const passage = index.passage('museum.txt', 2)!;
const later = index.passage('museum.txt', 3)!;

/** A model that weighs one feature only, with the given threshold. */
function oneFeatureModel(feature: string, weight: number, threshold: number): RankModel {
  const kind: KindModel = {
    mean: FEATURE_NAMES.map(() => 0),
    scale: FEATURE_NAMES.map(() => 1),
    weights: FEATURE_NAMES.map((name) => (name === feature ? weight : 0)),
    lexical: [],
    bias: -2,
    threshold,
  };
  return { features: [...FEATURE_NAMES], who: kind, when: kind };
}

describe('answer candidates', () => {
  it('offers the people and capitalised names of a passage for who', () => {
    const texts = candidatesIn(index, passage, 'who').map((c) => c.text);
    expect(texts).toContain('Jane Roe');
    expect(texts).toContain('Harbour Museum');
  });

  it('offers bare years, decades and centuries for when, each once', () => {
    const texts = [...candidatesIn(index, passage, 'when'), ...candidatesIn(index, later, 'when')].map((c) => c.text);
    expect(texts.filter((t) => t.includes('1998'))).toHaveLength(1);
    expect(texts.some((t) => t.includes('1920s'))).toBe(true);
    expect(texts.some((t) => t.includes('14th century'))).toBe(true);
  });

  it('offers no recurrence for when: "every day" answers how often', () => {
    const ferry = fixtureIndex({ 'ferry.txt': 'Kell ferry\n\nMay 2, 2025\n\nThe Kell ferry sails every day. It first sailed on Monday.\n' });
    const texts = candidatesIn(ferry, ferry.passagesOf('ferry.txt').find((p) => p.text.includes('every day'))!, 'when').map((c) => c.text);
    expect(texts).toContain('Monday');
    expect(texts).not.toContain('every day');
  });

  it('offers a year of three digits where a word dates it, not a count ("in 855", not "300 ships")', () => {
    const realm = fixtureIndex({ 'realm.txt': 'Realm of Osk\n\nKing Arvo died early in 855 and his realm was divided. In 987 Tove Lind was elected, and a fleet of 300 ships sailed by 990. Osk had 400 farms in 960 villages.' });
    const texts = candidatesIn(realm, realm.passage('realm.txt', 2)!, 'when').map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['855', '987', '990']));
    expect(texts).not.toContain('300');
    expect(texts).not.toContain('400');
    expect(texts).not.toContain('960');
  });

  it('places a candidate on its sentence tokens', () => {
    const roe = candidatesIn(index, passage, 'who').find((c) => c.text === 'Jane Roe')!;
    expect(roe.tokens.slice(roe.start, roe.end + 1).map((t) => t.word)).toEqual(['Jane', 'Roe']);
  });

  it('offers whom a sentence-opening pronoun stands for, placed on the pronoun', () => {
    const school = index.passage('school.txt', 2)!;
    const standIn = candidatesIn(index, school, 'who').find((c) => c.pronoun === true);
    expect(standIn?.text).toBe('Ada Vell');
    expect(standIn?.sentence).toBe(1);
    expect(standIn?.tokens[standIn.start]?.word).toBe('She');
  });

  it('offers noun phrases for who: a group or a role, not only names', () => {
    const texts = candidatesIn(index, index.passage('abbey.txt', 2)!, 'who').map((c) => c.text);
    expect(texts).toContain('monks of the northern order');
    expect(texts).toContain('monks');
  });

  it('offers a span of years and the period a time word anchors to for when', () => {
    const texts = candidatesIn(index, index.passage('abbey.txt', 2)!, 'when').map((c) => c.text);
    expect(texts).toContain('from 1914 to 1918');
    expect(texts).toContain('Great Frost');
  });

  it('keys answers by their words without a leading article', () => {
    expect(keyOf('the Harbour Museum')).toBe(keyOf('Harbour Museum'));
  });
});

describe('ranker features', () => {
  const featuresOf = (question: string, asked: 'who' | 'when', text: string) =>
    featuredCandidates(index, question, asked).find((f) => f.candidate.text.includes(text))!.features;
  const value = (features: number[], name: string) => features[FEATURE_NAMES.indexOf(name)];

  it('weighs the question\'s telling words, not the article\'s subject its title names', () => {
    // Each sentence holds two of the four words; only "lamp" and "replaced" tell which: "Veloria Lighthouse" is the article's title.
    const lighthouse = fixtureIndex({ 'light.txt': 'Veloria Lighthouse\n\nThe Veloria Lighthouse was first lit in 1871. Its lamp was replaced in 1932.' });
    const of = (text: string) => featuredCandidates(lighthouse, 'When was the lamp of the Veloria Lighthouse replaced?', 'when').find((f) => f.candidate.text === text)!.features;
    expect([value(of('1932'), 'sentenceCoverage'), value(of('1871'), 'sentenceCoverage')]).toEqual([0.5, 0.5]);
    expect([value(of('1932'), 'weightedCoverage'), value(of('1932'), 'bestWeighted')]).toEqual([1, 1]);
    expect([value(of('1871'), 'weightedCoverage'), value(of('1871'), 'bestWeighted')]).toEqual([0, 0]);
  });

  it('weighs the event\'s words apart from the names the question gives, against the question\'s other candidates', () => {
    // "1953" stands with every name the question gives; "August 21, 1957" only beside its act ("tested"), the rocket named by "It".
    const of = (text: string) => featuredCandidates(rocket, 'When was the Vantor-9 Orska rocket tested?', 'when').find((f) => f.candidate.text === text)!.features;
    expect([value(of('August 21, 1957'), 'eventGap'), value(of('August 21, 1957'), 'bestEvent')]).toEqual([0, 1]);
    expect(value(of('August 21, 1957'), 'eventNearGap')).toBe(0);
    expect(value(of('1953'), 'eventGap')).toBeLessThan(0);
    expect(value(of('1953'), 'eventNearGap')).toBeLessThan(0);
    expect(value(of('1953'), 'bestEvent')).toBe(0);
  });

  it('leaves the event features at 0 where no passage writes the event, and for who', () => {
    const of = (question: string, asked: 'who' | 'when', text: string) => featuredCandidates(rocket, question, asked).find((f) => f.candidate.text === text)!.features;
    // No sentence writes "painted": no time is the worse for it.
    expect(value(of('When was the Vantor-9 Orska painted?', 'when', '1953'), 'eventGap')).toBe(0);
    expect(value(of('Who tested the Vantor-9 Orska rocket?', 'who', 'Kessa'), 'eventGap')).toBe(0);
  });

  it('weighs every word in a passage that holds only the title\'s ("who wrote The Salt Roads" of "Mira Tolland\'s Salt Roads")', () => {
    expect(value(featuresOf('Who wrote The Salt Roads?', 'who', 'Mira Tolland'), 'weightedCoverage')).toBeGreaterThan(0);
  });

  it('marks the passive agent of the asked verb', () => {
    expect(value(featuresOf('Who founded the Harbour Museum?', 'who', 'Jane Roe'), 'passiveAgent')).toBe(1);
  });

  it('leaves out a candidate the question itself names', () => {
    const offered = featuredCandidates(index, 'Who founded the Harbour Museum?', 'who').map((f) => f.candidate.text);
    expect(offered).toContain('Jane Roe');
    expect(offered).not.toContain('Harbour Museum');
  });

  it('marks a candidate the question partly names', () => {
    expect(value(featuresOf('Whose revival in Veloria grew the collection?', 'who', 'Veloria Shipping Company'), 'inQuestion')).toBeCloseTo(1 / 3);
  });

  it('marks a passage that does not hold the act a who-question asks about', () => {
    expect(value(featuresOf('who was wounded by the rockets at the fuel depot?', 'who', 'Ivo Marr'), 'holdsAct')).toBe(1);
    expect(value(featuresOf('who was arrested over the rockets at the fuel depot?', 'who', 'Ivo Marr'), 'holdsAct')).toBe(0);
  });

  it('offers a phrase only in a sentence that shares a word with the question', () => {
    const offered = featuredCandidates(index, 'Who rebuilt the abbey?', 'who').map((f) => f.candidate.text);
    expect(offered).toContain('monks');
    expect(offered).not.toContain('bells');
  });

  it('hashes the lexical features into the fixed buckets, the same for the same candidate', () => {
    const lexicalOf = () => featuredCandidates(index, 'Who rebuilt the abbey?', 'who').find((f) => f.candidate.text === 'monks')!.lexical;
    const buckets = lexicalOf();
    expect(buckets).toHaveLength(LEXICAL_FEATURES);
    expect(buckets.every((b) => Number.isInteger(b) && b >= 0 && b < LEXICAL_BUCKETS)).toBe(true);
    expect(lexicalOf()).toEqual(buckets);
  });

  it('rewards the granularity the question asks for', () => {
    const year = featuresOf('In what century were the maps of the museum drawn?', 'when', '14th century');
    expect(value(year, 'granularityFits')).toBe(1);
  });

  it('reads what a when question asks for, leaving its time words aside', () => {
    const view = questionView('In what year was the museum founded?', 'when');
    expect(view.granularity).toBe('year');
    expect(view.terms).not.toContain('year');
  });

  it('keeps the start a when question asks of as a word its answer\'s sentence shares ("teaching started in 1764")', () => {
    const academy = fixtureIndex({ 'academy.txt': 'Lund Academy\n\nThe Lund Academy in Veloria was founded in 1735. Teaching started in 1764.' });
    const of = (text: string) => featuredCandidates(academy, 'What year did teaching start at the Lund Academy?', 'when').find((f) => f.candidate.text === text)!.features;
    expect(value(of('1764'), 'sentenceCoverage')).toBe(0.5);
    expect(value(of('1764'), 'bigrams')).toBeGreaterThan(0);
  });
});

describe('rankCandidates', () => {
  it('answers with the candidate the model scores highest, citing its passage', () => {
    const [top] = rankCandidates(index, 'Who founded the Harbour Museum?', 'who', oneFeatureModel('passiveAgent', 4, 0.5));
    expect(top?.text).toBe('Jane Roe');
    expect(top?.citations[0]).toMatchObject({ file: 'museum.txt', paragraph: 2 });
  });

  it('abstains when even the best candidate is below the threshold', () => {
    expect(rankCandidates(index, 'Who founded the Harbour Museum?', 'who', oneFeatureModel('passiveAgent', 4, 0.99))).toEqual([]);
  });

  it('computes the logistic probability of standardised features', () => {
    const kind: KindModel = { mean: [1], scale: [2], weights: [2], lexical: [0, 0.5], bias: 0, threshold: 0.5 };
    expect(probability(kind, [3])).toBeCloseTo(1 / (1 + Math.exp(-2)));
    expect(probability(kind, [3], [1])).toBeCloseTo(1 / (1 + Math.exp(-2.5)));
  });
});

describe('rankAnswers', () => {
  it('reports for each answer the question terms its own passage holds, in every list, each answer with its own list of them', () => {
    const ranked = rankAnswers(index, 'When was the Harbour Museum founded?', 'when');
    const lists = [ranked.all, ranked.grounded, ranked.settled, ranked.named];
    const answers = lists.flat();
    expect(answers.length).toBeGreaterThan(1);
    const view = questionView('When was the Harbour Museum founded?', 'when');
    for (const answer of answers) {
      const cited = index.passage(answer.citations[0]!.file, answer.citations[0]!.paragraph)!;
      expect(answer.matched).toEqual(view.terms.filter((term) => cited.text.toLowerCase().includes(term.slice(0, 4))));
    }
    const first = ranked.all[0]!;
    const again = ranked.grounded.find((a) => a.text === first.text)!;
    first.matched?.push('changed');
    expect(first.matched).toContain('changed');
    expect(again.matched).not.toContain('changed');
  });
});

describe('the trained weights', () => {
  it('were trained on the features the ranker computes', () => {
    expect(() => checkModel(WEIGHTS)).not.toThrow();
    expect(() => checkModel({ ...WEIGHTS, features: ['other'] })).toThrow(/npm run train/);
  });

  it('find the founder and the year in a plain encyclopedic sentence', () => {
    expect(rankCandidates(index, 'Who founded the Harbour Museum?', 'who')[0]?.text).toBe('Jane Roe');
    expect(rankCandidates(index, 'In what year was the Harbour Museum founded?', 'when')[0]?.text).toContain('1998');
  });

  it('date the event by the time beside its act, not by the one beside the names the question gives', () => {
    expect(answer(rocket, { command: 'when', text: 'When was the Vantor-9 Orska rocket tested?' }).answers[0]?.text).toBe('August 21, 1957');
    // The sentence that names the rocket still dates what it tells.
    expect(answer(rocket, { command: 'when', text: 'When did Marek get approval to build the Vantor-9 Orska?' }).answers[0]?.text).toBe('1953');
    expect(answer(rocket, { command: 'when', text: 'When was the Vantor-9 Orska retired?' }).answers[0]?.text).toBe('1969');
  });

  it('leave a question about something the corpus does not report unanswered', () => {
    expect(answer(index, { command: 'who', text: 'Who won the Norland chess championship?' }).answers).toEqual([]);
  });
});

describe('answers grounded in the question', () => {
  it('need the act a who-question asks about in their passage: a passage about the museum that demolishes nothing does not answer who demolished it', () => {
    const demolished = rankAnswers(index, 'Who demolished the museum?', 'who');
    expect(demolished.all.map((a) => a.text)).toContain('Tomas Brenner');
    expect(demolished.grounded).toEqual([]);
    // The name, or the phrase that holds it ("architect Tomas Brenner").
    expect(rankAnswers(index, 'Who expanded the museum?', 'who').grounded[0]?.text).toMatch(/\bTomas Brenner$/);
  });

  it('need the event when the question names someone: a passage that names the person but not the act does not date it', () => {
    expect(rankAnswers(index, 'When did Ada Vell die?', 'when').grounded).toEqual([]);
    expect(rankAnswers(index, 'When did Ada Vell open the Coastal School?', 'when').grounded[0]?.text).toContain('1952');
  });
});

describe('the fallback on answers grounded in the names alone', () => {
  const named = (texts: Array<[string, number]>): Answer[] => texts.map(([text, score]) => ({ text, score, matched: [], citations: [] }));
  const ranked = (answers: Answer[]) => ({ all: answers, grounded: [], settled: [], named: answers });

  it('weighs the best of those that can answer: one the question names does not let weaker guesses stand', () => {
    // "Veloria Shipping Company" clears the threshold for an organisation the corpus knows, "the old customs house" (a noun phrase) does not.
    const guesses = named([['Veloria Shipping Company', NAMED_ENTITY_FROM + 0.01], ['the old customs house', NAMED_FROM / 10]]);
    expect(orNamed(index, [], ranked(guesses)).map((a) => a.text)).toEqual(['Veloria Shipping Company', 'the old customs house']);
    expect(orNamed(index, [], ranked(guesses), (answer) => answer.text !== 'Veloria Shipping Company')).toEqual([]);
  });
});

describe('which answers stand: the ranker\'s or the rules\'', () => {
  const FIRST = RANKER_FIRST.who;
  const FIRSTS = { settled: FIRST, any: 0.95 };
  const answerWith = (text: string, score: number): Answer => ({ text, score, matched: [], citations: [] });
  const ranked = (all: Answer[], grounded = all, settled = grounded, named = grounded) => ({ all, grounded, settled, named });
  const rulesGive = (text: string) => {
    const asked = { times: 0 };
    return { asked, rules: () => (asked.times++, [answerWith(text, 1)]) };
  };

  it('takes a confident ranker\'s answer without asking the rules', () => {
    const { asked, rules } = rulesGive('Rules');
    expect(surerOf(ranked([answerWith('Ranked', FIRST)]), FIRSTS, 0.1, rules)[0]?.text).toBe('Ranked');
    expect(asked.times).toBe(0);
  });

  it('lets the rules answer first when the ranker\'s confident answer is not of a settled kind ("Monday", a bare name)', () => {
    const monday = answerWith('Monday', 0.9);
    expect(surerOf(ranked([monday], [monday], []), FIRSTS, 0.1, rulesGive('Rules').rules)[0]?.text).toBe('Rules');
  });

  it('takes any grounded answer of a very confident ranker, settled or not, before the rules', () => {
    const monks = answerWith('monks', 0.97);
    expect(surerOf(ranked([monks], [monks], []), FIRSTS, 0.1, rulesGive('Rules').rules)[0]?.text).toBe('monks');
  });

  it('takes the rules\' answer over a ranker that is not confident', () => {
    expect(surerOf(ranked([answerWith('Ranked', FIRST - 0.01)]), FIRSTS, 0.1, rulesGive('Rules').rules)[0]?.text).toBe('Rules');
  });

  it('falls back to the ranker\'s grounded answer above its threshold when the rules find nothing', () => {
    expect(surerOf(ranked([answerWith('Ungrounded', 0.3), answerWith('Grounded', 0.2)], [answerWith('Grounded', 0.2)]), FIRSTS, 0.1, () => [])[0]?.text).toBe('Grounded');
    expect(surerOf(ranked([answerWith('Grounded', 0.05)]), FIRSTS, 0.1, () => [])).toEqual([]);
    expect(surerOf(ranked([answerWith('Ungrounded', 0.3)], []), FIRSTS, 0.1, () => [])).toEqual([]);
  });

  it('falls back to any of the ranker\'s answers above its threshold when that is the fallback asked for (time and credit questions)', () => {
    const all = [answerWith('1931', 0.3)];
    expect(surerOf(ranked(all, []), FIRSTS, 0.1, () => [], all)[0]?.text).toBe('1931');
    expect(surerOf(ranked([answerWith('1931', 0.05)], []), FIRSTS, 0.1, () => [], [answerWith('1931', 0.05)])).toEqual([]);
  });

  it('answers "who wrote X" from a passage that names the work and whose it is, without the act', () => {
    expect(answer(index, { command: 'who', text: 'Who wrote The Salt Roads?' }).answers[0]?.text).toBe('Mira Tolland');
    expect(rankAnswers(index, 'Who wrote The Salt Roads?', 'who').grounded).toEqual([]);
    expect(answer(index, { command: 'who', text: 'Who wrote The Iron Coast?' }).answers).toEqual([]);
  });
});

describe('one ranking per question', () => {
  // Invented coverage: one dated event.
  const harbour = fixtureIndex({ 'harbour.txt': 'Harbour reopens\n\nMay 2, 2025\n\nThe Porto harbour reopened on Friday after the storm.' });

  it('gives a question asked for twice the same ranking, read-only, and another question its own', () => {
    const first = rankAnswers(harbour, 'When did the Porto harbour reopen?', 'when');
    expect(rankAnswers(harbour, 'When did the Porto harbour reopen?', 'when')).toBe(first);
    expect(Object.isFrozen(first.all)).toBe(true);
    expect(rankAnswers(harbour, 'When did the storm hit Porto?', 'when')).not.toBe(first);
  });
});
