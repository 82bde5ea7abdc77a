/**
 * Questions about a story itself: when it was published ("when was the Reuters story from Salem
 * filed?") or where it was filed, from its date and dateline, not from the events it reports.
 */
import type { Answer, ArticleMeta } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { parseDateline } from '../corpus/metadata.ts';
import { withStateNames } from '../corpus/abbreviations.ts';
import { citationOf, findEvidence, matchedTerms, questionTerms, tokenize } from './evidence.ts';
import { MAX_ANSWERS } from './corroborate.ts';
import { round } from './search.ts';
import type { QuestionOf } from './question.ts';
import { pageLineOf } from './pageLine.ts';

/** Share of the story's description an article must match to be the story asked about. */
const MIN_COVERAGE = 0.5;

/**
 * The date, dateline place or outlet of the articles that best match the story described, best
 * first. Only those that match as much of it as the best: another story's date is not this one's.
 */
export function articleDateAnswers(index: CorpusIndex, question: QuestionOf<'articleDate'>): Answer[] {
  const terms = questionTerms(question.about);
  if (terms.length === 0) return [];
  const ranked = storiesAbout(index, terms, question.part === 'page');
  const answers: Answer[] = [];
  for (const [file, score, fit] of ranked) {
    if (fit < ranked[0]![2]) break;
    const meta = index.articles.get(file);
    const answer = meta === undefined ? undefined : PARTS[question.part](index, meta, question.text);
    if (answer !== undefined) answers.push({ ...answer, score: round(score) });
    if (answers.length >= MAX_ANSWERS) break;
  }
  return answers;
}

/**
 * The articles a story's description ("the Annapolis story") fits best: all those that hold as many
 * of its words as the best one. Empty when none holds any.
 */
export function storyFiles(index: CorpusIndex, description: string): Set<string> {
  // "the second article": the second as /sources lists them, the corpus's own order.
  const ordinal = ORDINALS.indexOf(description.trim().toLowerCase());
  if (ordinal >= 0) {
    const files = [...index.articles.keys()];
    const file = ordinal === ORDINALS.length - 1 ? files.at(-1) : files[ordinal];
    return new Set(file === undefined ? [] : [file]);
  }
  const terms = questionTerms(description);
  const ranked = terms.length === 0 ? [] : storiesAbout(index, terms);
  const best = ranked[0]?.[2];
  return new Set(ranked.filter(([, , fit]) => fit === best).map(([file]) => file));
}

/** "the first article" … "the tenth", and "the last": a story by its place in the corpus's list; "last" stands last. */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'last'];

/** Whether a story is described by its place in the corpus's list ("the second article"), which names it exactly. */
export function isStoryByPlace(description: string): boolean {
  return ORDINALS.includes(description.trim().toLowerCase());
}

/**
 * The articles the description fits, best first: those whose passages, title, outlet and dateline
 * hold more of its words, then those whose title holds more ("the Blinken jets to Israel story" is
 * the one so headlined, not another that names jets), then those that match them more. "The
 * Reuters report from Salem" is the one that names Salem, not another Reuters story that names
 * Reuters often. `fit` ranks the first two together: stories of equal fit fit equally. `withPage`:
 * the lines of each story's page (`ArticleMeta.pageLines`) describe it as well.
 */
function storiesAbout(index: CorpusIndex, terms: readonly string[], withPage = false): Array<[file: string, score: number, fit: number]> {
  const stories = new Map<string, { score: number; matched: Set<string>; titled: number }>();
  const storyOf = (file: string) => {
    let story = stories.get(file);
    if (story === undefined) {
      const title = matchedTerms(terms, tokenize(index.articles.get(file)?.title ?? ''));
      stories.set(file, (story = { score: 0, matched: new Set(title), titled: title.length }));
    }
    return story;
  };
  // "The Gazette story", "the story from Maryland": its outlet and dateline describe it as its title does, though only boilerplate (or no passage) names them.
  for (const [label, files] of filesByLabel(index)) {
    const matched = matchedTerms(terms, tokenize(label));
    if (matched.length > 0) for (const file of files) for (const term of matched) storyOf(file).matched.add(term);
  }
  // A question about a page's lines ("the read also link about Jay Z's mother") describes the story by them too.
  if (withPage) {
    for (const [file, meta] of index.articles) {
      const matched = meta.pageLines === undefined ? [] : matchedTerms(terms, tokenize(meta.pageLines.map((line) => `${line.label} ${line.text}`).join(' ')));
      for (const term of matched) storyOf(file).matched.add(term);
    }
  }
  for (const { passage, score, matched } of findEvidence(index, terms, { minCoverage: MIN_COVERAGE })) {
    const story = storyOf(passage.file);
    story.score += score;
    for (const term of matched) story.matched.add(term);
  }
  const fit = ({ matched, titled }: { matched: Set<string>; titled: number }) => matched.size * (terms.length + 1) + titled;
  return [...stories]
    .sort(([, a], [, b]) => fit(b) - fit(a) || b.score - a.score)
    .map(([file, story]) => [file, story.score, fit(story)]);
}

/** Whether an outlet of the corpus goes by this name, in any case ("political iq"): read from the labels built once. */
export function isOutletOfCorpus(index: CorpusIndex, name: string): boolean {
  const asked = name.replace(/^\s*the\s+/i, '').toLowerCase();
  // A label is an outlet's when its articles have it for their outlet, not for their dateline place.
  return [...filesByLabel(index)].some(([label, files]) => label.toLowerCase() === asked && files.some((file) => index.articles.get(file)?.outlet === label));
}

/** Each index's articles by outlet and by dateline place, built once: a corpus has many articles and few of either. */
const labelFiles = new WeakMap<CorpusIndex, Map<string, string[]>>();

function filesByLabel(index: CorpusIndex): Map<string, string[]> {
  let byLabel = labelFiles.get(index);
  if (byLabel === undefined) {
    byLabel = new Map();
    for (const [file, meta] of index.articles) {
      for (const label of [meta.outlet, meta.place === undefined ? undefined : withStateNames(meta.place)]) {
        if (label === undefined) continue;
        const files = byLabel.get(label);
        if (files === undefined) byLabel.set(label, [file]);
        else files.push(file);
      }
    }
    labelFiles.set(index, byLabel);
  }
  return byLabel;
}

/** Each index's outlets and dateline places, as words: read once, as a corpus has many articles and few of either. */
const storyLabels = new WeakMap<CorpusIndex, { outlets: ReadonlyMap<string, string>; places: ReadonlyMap<string, string> }>();

/** An outlet's name or a question as its words in lower case, spaced: " political iq ". */
const asWords = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

/** A dateline's place without its region: "ANNAPOLIS, Md." → "ANNAPOLIS". */
export const datelinePlace = (place: string | undefined): string | undefined => place?.split(',')[0]?.trim() || undefined;

/** The outlets ("Political IQ", "Reuters") and dateline places ("Capri") of the corpus a question names. */
export function labelsNamed(index: CorpusIndex, question: string): { outlets: Set<string>; places: Set<string> } {
  let labels = storyLabels.get(index);
  if (labels === undefined) {
    const spelled = (values: Array<string | undefined>) => new Map(values.filter((value): value is string => value !== undefined).map((value) => [value, asWords(value)] as const));
    const metas = [...index.articles.values()];
    labels = { outlets: spelled(metas.map((meta) => meta.outlet)), places: spelled(metas.map((meta) => datelinePlace(meta.place))) };
    storyLabels.set(index, labels);
  }
  const asked = asWords(question);
  const named = (spelled: ReadonlyMap<string, string>) => new Set([...spelled].filter(([, words]) => words.trim() !== '' && asked.includes(words)).map(([label]) => label));
  return { outlets: named(labels.outlets), places: named(labels.places) };
}

/** The article's date as the article writes it, citing where; the date from its metadata otherwise. */
function dateOf(index: CorpusIndex, meta: ArticleMeta): Omit<Answer, 'score'> | undefined {
  if (meta.date === undefined) return datelineDay(index, meta);
  // Times are found by paragraph: only the passage cited is read.
  for (let paragraph = 1, count = index.paragraphCount(meta.file); paragraph <= count; paragraph++) {
    const stated = index.timesIn({ file: meta.file, paragraph }).find((time) => time.date === meta.date);
    const passage = stated === undefined ? undefined : index.passage(meta.file, paragraph);
    if (stated !== undefined && passage !== undefined) return { text: stated.text, date: meta.date, note: `The article's own date (${meta.title}).`, citations: [citationOf(passage)] };
  }
  const first = index.passage(meta.file, 1);
  return first === undefined ? undefined : { text: meta.date, date: meta.date, note: "The article's date, from its metadata.", citations: [citationOf(first)] };
}

/** A month name opening a dateline's part ("Aug 6", "August 6"). */
const MONTH_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$/i;

/**
 * A dateline's day as written ("SALEM, Ore., May 3 (Reuters) –" gives "May 3") when the story
 * states no year: the day it was filed, though not a full date.
 */
function datelineDay(index: CorpusIndex, meta: ArticleMeta): Omit<Answer, 'score'> | undefined {
  for (const passage of index.passagesOf(meta.file)) {
    const dateline = parseDateline(passage.text);
    if (dateline?.month === undefined) continue;
    const day = passage.text.split(/\s*[(–—-]/)[0]!.split(/,\s*/).find((part) => MONTH_DAY.test(part.trim()));
    if (day !== undefined) return { text: day.trim(), note: `The article's dateline; it gives no year (${meta.title}).`, citations: [citationOf(passage)] };
  }
  return undefined;
}

/** The answerer of each part of a story's own particulars. */
const PARTS: Readonly<Record<QuestionOf<'articleDate'>['part'], (index: CorpusIndex, meta: ArticleMeta, question: string) => Omit<Answer, 'score'> | undefined>> = {
  date: dateOf,
  place: placeOf,
  outlet: outletOf,
  headline: headlineOf,
  section: sectionOf,
  page: pageLineOf,
  copyright: copyrightOf,
};

/** A year asked for: "in which year", "what year", "when". */
const YEAR_ASKED = /^\s*(?:in\s+)?(?:when|(?:what|which)\s+year)\b/i;

/**
 * The page's copyright line, citing the headline (the line is no paragraph): its year when the
 * question asks when, its holder when it asks who, the line itself otherwise.
 */
function copyrightOf(index: CorpusIndex, meta: ArticleMeta, question: string): Omit<Answer, 'score'> | undefined {
  const headline = headlineOf(index, meta);
  const copyright = meta.copyright;
  if (copyright === undefined || headline === undefined) return undefined;
  const asked = YEAR_ASKED.test(question) ? copyright.year?.toString() : /^\s*(?:who|whom|whose|which|what\s+(?:company|organi[sz]ation|outlet|agency|firm))\b/i.test(question) ? copyright.holder : copyright.line;
  if (asked === undefined) return undefined;
  return { text: asked, note: `The page's copyright line, below the story (${meta.title}): “${copyright.line}”.`, citations: headline.citations };
}

/** The site section the page files the article under, citing its headline (the label itself is no passage). */
function sectionOf(index: CorpusIndex, meta: ArticleMeta): Omit<Answer, 'score'> | undefined {
  const headline = headlineOf(index, meta);
  return meta.section === undefined || headline === undefined ? undefined : { text: meta.section, note: `The section the page files the article under, above its headline (${meta.title}).`, citations: headline.citations };
}

/** The article's headline, citing the paragraph that holds it (its first, on a scraped page). */
function headlineOf(index: CorpusIndex, meta: ArticleMeta): Omit<Answer, 'score'> | undefined {
  if (meta.title === '') return undefined;
  const holding = index.passagesOf(meta.file).find((passage) => passage.text.includes(meta.title)) ?? index.passage(meta.file, 1);
  return holding === undefined ? undefined : { text: meta.title, note: `The article's headline (${meta.file}).`, citations: [citationOf(holding)] };
}

/** The article's outlet, citing the first paragraph that names it (its dateline, a closing line), else its first. */
function outletOf(index: CorpusIndex, meta: ArticleMeta): Omit<Answer, 'score'> | undefined {
  if (meta.outlet === undefined) return undefined;
  const outlet = meta.outlet;
  const naming = index.passagesOf(meta.file).find((passage) => passage.text.includes(outlet)) ?? index.passage(meta.file, 1);
  return naming === undefined ? undefined : { text: outlet, note: `The article's outlet (${meta.title}).`, citations: [citationOf(naming)] };
}

/** The article's dateline place, citing the paragraph that opens with it. */
function placeOf(index: CorpusIndex, meta: ArticleMeta): Omit<Answer, 'score'> | undefined {
  if (meta.place === undefined) return undefined;
  for (const passage of index.passagesOf(meta.file)) {
    if (parseDateline(passage.text)?.place === meta.place) {
      return { text: meta.place, ...(meta.date === undefined ? {} : { date: meta.date }), note: `The article's dateline (${meta.title}).`, citations: [citationOf(passage)] };
    }
  }
  return undefined;
}
