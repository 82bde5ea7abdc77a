/**
 * "Which person appears in all five stories?", "who's the one guy every story here is about": the
 * names every story of the corpus holds, of the kind asked for (a person unless "which country" or
 * "which group"), the most mentioned first. A corpus where no name is in every story answers nothing.
 */
import type { Answer, EntityKind } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf } from './evidence.ts';
import { MAX_ANSWERS } from './corroborate.ts';
import { nationalities } from '../nlp/roles.ts';

/** "every story", "all five stories", "each of the articles", "all the pieces". */
const EVERY_STORY = /\b(?:every|each)\s+(?:single\s+)?(?:of\s+the\s+)?(?:story|stories|article|articles|piece|pieces|report|reports)\b|\ball\s+(?:\w+\s+)?(?:of\s+the\s+)?(?:stories|articles|pieces|reports)\b/i;
const COUNTRY_ASKED = /\b(?:country|countries|nation|nations)\b/i;
/** A story description the question stage set aside that is every story ("in all five stories", "in every story"). */
const EVERY_SCOPE = /^(?:all|every|each)\b/i;

export function asksEveryStory(question: { text: string; story?: string }): boolean {
  return EVERY_STORY.test(question.text) || EVERY_SCOPE.test(question.story ?? '');
}

export function everyStoryAnswers(index: CorpusIndex, question: { text: string; wants?: EntityKind }): Answer[] {
  const stories = index.articles.size;
  if (stories < 2) return [];
  const kind = question.wants ?? 'person';
  // "Which country …": a place a nationality names first ("Iran" before "Gaza").
  const country = COUNTRY_ASKED.test(question.text);
  return index.entities
    .all()
    .filter((entity) => entity.kind === kind && new Set(entity.files).size === stories)
    .map((entity) => ({ entity, leads: [...new Set(entity.files)].flatMap((file) => { const passage = firstNaming(index, file, entity.name); return passage === undefined ? [] : [passage]; }) }))
    .sort((a, b) => (country ? isCountry(b.entity.name) - isCountry(a.entity.name) : 0) || b.entity.files.length - a.entity.files.length || a.entity.name.localeCompare(b.entity.name))
    .slice(0, MAX_ANSWERS)
    .map(({ entity, leads }) => ({ text: entity.name, score: 1, matched: [], note: `Named in every one of the ${stories} stories.`, citations: leads.map((passage) => citationOf(passage)) }));
}

/** 1 for a place a nationality names ("Italy": "Italian"), else 0. */
function isCountry(name: string): number {
  return nationalities(name.toLowerCase()).size > 0 ? 1 : 0;
}

/** The first passage of a story that writes the name (its surname, for a person). */
function firstNaming(index: CorpusIndex, file: string, name: string) {
  const written = name.split(/\s+/).at(-1) ?? name;
  for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
    const passage = index.passage(file, paragraph);
    if (passage?.text.includes(written)) return passage;
  }
  return undefined;
}
