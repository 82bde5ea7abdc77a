import type { Answer, Citation, Credit, Entity } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import type { QuestionOf } from './question.ts';
import { escapeRegExp, foldTerm, words } from '../text/terms.ts';
import { citationOf, termMatches } from './evidence.ts';
import { MAX_CITATIONS } from './corroborate.ts';
import { parsePhotoCredit } from '../corpus/credits.ts';

/** A name or time answer stays short: a passage belongs in the citation, not in the answer. */
const MAX_ANSWER_LENGTH = 80;

/** Honorifics and titles that may stand before a name in "who is Sec. Holt?". */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'sec', 'secretary', 'president', 'minister', 'prof', 'gen', 'general', 'sen', 'senator', 'rep']);

/** "Who is X?": the profile of X, when X is a name the corpus knows. */
export function profileAnswers(index: CorpusIndex, question: QuestionOf<'profile'>): Answer[] {
  const entity = profileEntity(index, question.subject);
  return entity === undefined ? [] : [profileAnswer(index, entity)];
}

/**
 * The entity a phrase names, when it is a name the corpus knows, perhaps with a title ("Sec.
 * Holt"), and not a role ("the defense secretary" is answered by roles instead).
 */
export function profileEntity(index: CorpusIndex, subject: string): Entity | undefined {
  if (/^(the|a|an)\s/i.test(subject)) return undefined;
  const subjectWords = words(subject).map(foldTerm);
  if (subjectWords.length === 0 || subjectWords.length > 4) return undefined;
  const entity = index.entities.resolve(subject);
  if (entity === undefined) return undefined;
  const nameWords = [entity.name, ...entity.aliases].flatMap(words).map(foldTerm);
  const isName = subjectWords.every((w) => TITLE_WORDS.has(w) || nameWords.some((n) => termMatches(w, n) || (w.length >= 4 && n.length >= 4 && termMatches(w.slice(0, 4), n.slice(0, 4)))));
  return isName ? entity : undefined;
}

/** A person's profile: canonical name, roles with their sources, how widely and when covered. */
function profileAnswer(index: CorpusIndex, entity: Entity): Answer {
  const citations: Citation[] = [];
  const roles: string[] = [];
  for (const claim of entity.roles) {
    if (!roles.some((r) => r.toLowerCase() === claim.title.toLowerCase())) roles.push(claim.title);
    if (citations.length >= MAX_CITATIONS || citations.some((c) => c.file === claim.file && c.paragraph === claim.paragraph)) continue;
    const passage = index.passage(claim.file, claim.paragraph);
    if (passage !== undefined) citations.push(citationOf(passage));
  }
  for (const file of entity.files) {
    if (citations.length >= MAX_CITATIONS) break;
    if (citations.some((c) => c.file === file)) continue;
    const first = firstMention(index, entity, file);
    if (first !== undefined) citations.push(first);
  }
  const dates = entity.files.map((file) => index.articles.get(file)?.date).filter((d): d is string => d !== undefined).sort();
  const span = dates.length === 0 ? '' : dates.length === 1 || dates[0] === dates[dates.length - 1] ? `; dated ${dates[0]}` : `; first ${dates[0]}, last ${dates[dates.length - 1]}`;
  const count = entity.files.length;
  // A journalist is known by the credit lines that name them: "credited for reporting and writing".
  const credited = creditsOf(index, entity);
  const creditWork = credited.length === 0 ? undefined : `credited for ${joinedList(credited)}`;
  // "Who is X?" is answered by who X is: the name with its role (or credits), when that fits a short answer.
  const known = roles[0] ?? creditWork;
  const described = known === undefined ? entity.name : `${entity.name}, ${known}`;
  const also = [...roles.slice(1), ...(roles[0] !== undefined && creditWork !== undefined ? [creditWork] : [])];
  return {
    text: described.length <= MAX_ANSWER_LENGTH ? described : entity.name,
    ...(roles[0] === undefined ? {} : { role: roles[0] }),
    note: `${also.length > 0 ? `Also: ${also.join('; ')}. ` : ''}Mentioned in ${count} article${count === 1 ? '' : 's'}${span}.`,
    score: 1,
    matched: words(entity.name).map(foldTerm),
    citations,
  };
}

/** What a credit line credits someone for, as a profile says it. */
const CREDIT_WORK: Record<Credit['role'], string> = { reporting: 'reporting', writing: 'writing', editing: 'editing', photo: 'photographs' };

/**
 * The work the articles' credit lines credit the entity for, in the order first met, as the line
 * words it: "additional reporting by X" credits X with additional reporting, not the story's reporting.
 */
function creditsOf(index: CorpusIndex, entity: Entity): string[] {
  const names = new Set([entity.name, ...entity.aliases]);
  const found = new Set<string>();
  for (const file of entity.files) {
    for (const credit of index.articles.get(file)?.credits ?? []) {
      if (!names.has(credit.name)) continue;
      const line = index.passage(file, credit.paragraph)?.text ?? '';
      const added = credit.role === 'reporting' && new RegExp(String.raw`\b(additional|further)\s+reporting\s+by\s+[^;()]*\b${escapeRegExp(credit.name)}\b`, 'i').exec(line);
      // "Britta Pedersen/dpa": a photographer is credited with the agency the line names.
      const agency = credit.role === 'photo' ? parsePhotoCredit(line, credit.paragraph)?.agency : undefined;
      found.add(added ? `${added[1]!.toLowerCase()} reporting` : agency !== undefined ? `${CREDIT_WORK.photo} (${agency})` : CREDIT_WORK[credit.role]);
    }
  }
  return [...found];
}

/** "a", "a and b", "a, b and c". */
function joinedList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function firstMention(index: CorpusIndex, entity: Entity, file: string): Citation | undefined {
  const names = new Set([entity.name, ...entity.aliases]);
  // Mentions are found by paragraph: only the passage cited is read.
  for (let paragraph = 1, count = index.paragraphCount(file); paragraph <= count; paragraph++) {
    if (!index.mentionsIn({ file, paragraph }).some((m) => names.has(m.name))) continue;
    const passage = index.passage(file, paragraph);
    return passage === undefined ? undefined : citationOf(passage);
  }
  return undefined;
}
