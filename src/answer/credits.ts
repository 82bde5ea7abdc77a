/** Credit questions: who reported, wrote, edited or photographed a story, from its credit lines. */
import type { Answer } from '../types.ts';
import type { QuestionOf } from './question.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { articleRelevance, matchedTerms, namedInQuestion, questionTerms, tokenize } from './evidence.ts';
import { citing, mergeCorroborating, type Candidate } from './corroborate.ts';
import { indexTerm } from '../text/terms.ts';
import { parsePhotoCredit } from '../corpus/credits.ts';
import { datelinePlace, labelsNamed } from './articleDate.ts';

/**
 * The credited people of the story the rest of the question describes: the articles that hold
 * the most of its words ("the Reuters story from Annapolis" is the one datelined Annapolis, not
 * another Reuters story), most relevant first. When that story credits no one for the role, no
 * answer: another story's photographer did not take its photo, nor did its own photographer write it.
 */
export function creditAnswers(index: CorpusIndex, { text: question, credit: role, agency, story }: QuestionOf<'credit'>): CreditAnswers {
  const creditWords = new Set(['agency', 'photo', 'photograph', 'picture', 'image', 'took', 'taken', 'write', 'writer', 'author', 'edit', 'editor', 'report', 'reporter', 'contribut', 'additional', 'supplementary', 'extra', 'added', 'further', ...CREDITING_TERMS, ...ASKING_TERMS]);
  // A story the question's reading left behind ("Same Capri Reuters tagline: who …") describes it too.
  const described = story === undefined ? question : `${question} ${story}`;
  const topic = questionTerms(described, creditWords);
  // "supplementary reporting", "extra reporting": what credit lines call "additional".
  const asked = questionTerms(question.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ').replace(/\b(?:supplementary|extra|added|further)\b/gi, 'additional'));
  const candidates: Candidate[] = [];
  // "the photo in the Political IQ story", "the Reuters Capri piece": only the stories of that outlet, and of
  // them the ones of that dateline, whose names their pages give, not their passages ("the dpa Capri photo" is
  // dpa's, datelined or not). The story of the rest of the question is the one among them that holds the most of it.
  const { outlets, places } = labelsNamed(index, described);
  const found = articleRelevance(index, topic, 0.3);
  // A story named by its labels is that story however few of the question's other words it holds.
  const pool = outlets.size + places.size === 0 ? [...found] : [...index.articles.keys()].map((file) => [file, found.get(file) ?? { score: 1, covered: new Set<string>() }] as const);
  const ofOutlet = pool.filter(([file]) => outlets.size === 0 || outlets.has(index.articles.get(file)?.outlet ?? ''));
  // A place may be what the photo shows rather than a dateline ("the pics of Blinken at Capri"): it chooses only among stories that credit the role.
  const ofPlace = ofOutlet.filter(([file]) => places.has(datelinePlace(index.articles.get(file)?.place) ?? '') && index.articles.get(file)?.credits.some((credit) => credit.role === role) === true);
  const relevance = ofPlace.length > 0 ? ofPlace : outlets.size > 0 ? ofOutlet : [...found];
  const most = Math.max(0, ...relevance.map(([, { covered }]) => covered.size));
  for (const [file, { score, covered }] of relevance) {
    for (const credit of index.articles.get(file)?.credits ?? []) {
      const passage = index.passage(file, credit.paragraph);
      if (credit.role !== role || passage === undefined || covered.size < most) continue;
      // "additional reporting by X" answers "who contributed additional reporting?" better than "Reporting by Y".
      const phrase = creditPhrase(passage.text, credit.name);
      const qualifier = matchedTerms(asked, tokenize(phrase)).length;
      // Unless asked for, an additional credit is a lesser one: "who reported the story with X" means the main reporting.
      const lesser = ADDITIONAL.test(phrase) && !asked.includes(ADDITIONAL_TERM) ? 0.5 : 1;
      // The agency a photo credit names after the photographer ("Karl Stein/dpa").
      const credited = agency ? parsePhotoCredit(passage.text, credit.paragraph)?.agency : credit.name;
      // "Who reported it with Pamuk?", "besides Pamuk, who …": the one the question names is not the one asked for.
      if (credited === undefined || namedInQuestion(credited, question)) continue;
      candidates.push({ key: credited, answer: { text: credited, role: `${role} credit`, matched: topic }, score: score * (1 + qualifier) * lesser, ...citing(passage) });
    }
  }
  const answers = mergeCorroborating(candidates);
  // "Who wrote the dpa article" where that story credits only its photographer, or no one: no one is credited
  // for the writing, and another story's writer did not write it. Not "who wrote the letter": a letter's
  // writer is no story's credit, and may be named in it.
  return { answers, uncredited: answers.length === 0 && relevance.length > 0 && STORY.test(question) };
}

/** A credit line's word for a lesser credit ("additional reporting by"). */
const ADDITIONAL = /\badditional\b/i;
const ADDITIONAL_TERM = indexTerm('additional') ?? 'additional';

/** Words of crediting and of the story itself ("who shared the reporting credit on the story"), which name no story in particular. */
const CREDITING_TERMS = ['credit', 'credited', 'share', 'shared', 'story', 'article', 'piece'].map((word) => indexTerm(word)).filter((term): term is string => term !== null);

/** Words that ask for a credited person without naming the story ("the other name", "the main reporter on the byline"). */
const ASKING_TERMS = ['other', 'name', 'main', 'byline', 'person', 'colleague', 'also', 'else'].map((word) => indexTerm(word)).filter((term): term is string => term !== null);

/** A story or its picture, as a credit question names what it asks about. */
const STORY = /\b(?:story|stories|article|report|piece|dispatch|column|photo|photograph|picture|image)s?\b/i;

/** Credit answers, and whether the story the question describes credits no one for the role (while stories it fits carry credit lines). */
export interface CreditAnswers {
  answers: Answer[];
  uncredited: boolean;
}

/** The words of a credit line that introduce a name: "additional reporting by" for "Ros Vale". */
function creditPhrase(line: string, name: string): string {
  const at = line.indexOf(name);
  if (at < 0) return '';
  const before = line.slice(0, at);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(',')) + 1);
}
