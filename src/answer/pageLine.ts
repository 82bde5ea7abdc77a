/**
 * Questions about the page around a story rather than its report: the stories it links to ("the
 * next story linked at the bottom"), its prompts and widget errors, its photo captions and who
 * they show. The links and prompts are no paragraphs: an answer cites the story's headline and
 * says where on the page the line stands.
 */
import type { Answer, ArticleMeta, Passage } from '../types.ts';
import type { CorpusIndex } from '../index/corpusIndex.ts';
import { citationOf, matchedTerms, questionTerms, tokenize } from './evidence.ts';

/** A caption labelled as one ("PHOTO: …", "Pictured: …") or closed by a credit in brackets ("(Photo: …)"). */
const CAPTION_LABEL = /^(?:photo|image|picture|pictured|caption)\s*[:|–—-]|\((?:photo|image|picture)\b[^)]*\)\s*$/i;

/** Words that say where on the page a line is, which every line would match ("the story linked at the bottom"). */
const PAGE_WORDS: ReadonlySet<string> = new Set(['story', 'article', 'piece', 'post', 'headline', 'page', 'link', 'bottom', 'top', 'end']);

/** A line of the page a question may ask about, with the words that call it. */
interface Candidate {
  /** Its label and text, read for the question's words. */
  read: string;
  /** What kind of page line it is: its label for links and prompts, "caption" for captions. */
  kind: string;
  answer: (question: string) => Omit<Answer, 'score'> | undefined;
}

/**
 * The line of the story's page the question asks about: the one that holds most of the question's
 * words the story's own paragraphs and particulars do not hold (the story's description chose the
 * story, not the line).
 */
export function pageLineOf(index: CorpusIndex, meta: ArticleMeta, question: string): Omit<Answer, 'score'> | undefined {
  const passages = index.passagesOf(meta.file);
  const terms = questionTerms(question);
  const described = [...passages.map((passage) => passage.text), meta.outlet ?? '', meta.place ?? '', meta.section ?? ''];
  const inStory = new Set(described.flatMap((text) => matchedTerms(terms, tokenize(text))));
  const asked = terms.filter((term) => (!inStory.has(term) || term === 'photo' || term === 'caption') && !PAGE_WORDS.has(term));
  let best: { candidate: Candidate; matched: number } | undefined;
  for (const candidate of candidatesOf(index, meta, passages)) {
    const matched = matchedTerms(asked, tokenize(candidate.read)).length;
    // Between lines that match as much, the one that says more: "Newsletter" heads the prompt that pitches it.
    if (matched > (best?.matched ?? 0) || (best !== undefined && matched === best.matched && candidate.read.length > best.candidate.read.length && candidate.kind === best.candidate.kind)) best = { candidate, matched };
  }
  return best?.candidate.answer(question);
}

/** The story's page lines, then its captions. */
function candidatesOf(index: CorpusIndex, meta: ArticleMeta, passages: readonly Passage[]): Candidate[] {
  const headline = passages.find((passage) => passage.text.includes(meta.title)) ?? passages[0];
  const lines: Candidate[] = (headline === undefined ? [] : meta.pageLines ?? []).map((line) => ({
    read: `${line.label} ${line.text}`,
    kind: line.label,
    answer: () => ({ text: line.text, note: `A line of the page around the story, not of its text (${line.label}): “${line.text}” (${meta.title}).`, citations: [citationOf(headline!)] }),
  }));
  const photoCredits = new Set(meta.credits.filter((credit) => credit.role === 'photo').map((credit) => credit.paragraph));
  const captions: Candidate[] = passages
    .filter((passage) => photoCredits.has(passage.paragraph) || CAPTION_LABEL.test(passage.text))
    .map((passage) => ({
      read: `photo photograph picture image caption pictured shown ${passage.text}`,
      kind: 'caption',
      answer: (question) => (/^\s*(?:who|whom)\b/i.test(question) ? pictured(index, passage) : { text: passage.text, note: `A photo caption (${meta.title}).`, citations: [citationOf(passage)] }),
    }));
  return [...lines, ...captions];
}

/** The first person a caption names: whom the photo shows, not its photographer (the credit closes the caption). */
function pictured(index: CorpusIndex, caption: Passage): Omit<Answer, 'score'> | undefined {
  const photographers = new Set(index.articles.get(caption.file)?.credits.filter((credit) => credit.role === 'photo').map((credit) => credit.name));
  const person = index.mentionsIn(caption).find((mention) => mention.kind === 'person' && ![...photographers].some((name) => name.includes(mention.name)));
  if (person === undefined) return undefined;
  const named = index.entities.resolve(person.name);
  return { text: named?.name ?? person.name, note: 'The person the photo caption names.', citations: [citationOf(caption)] };
}
