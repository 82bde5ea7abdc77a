import { STORY_WORD } from './askedSentences.ts';

/**
 * An asker's own labels for the stories asked of, as a case file, an exam paper or a worksheet gives
 * them: "Exhibit 5 (Reuters, Annapolis)", "Source B (the Reuters article)", then "per Exhibit 5",
 * "according to Source B". Each label is read as the story its brackets describe ("the Reuters
 * Annapolis story"); a label no bracket describes says nothing of which story and is left out, as is
 * a worksheet's count of marks ("(2 marks)", "Q5 (2 marks):"). Pure text to text.
 */

/** A label: a document's kind, then a letter or a number ("Source E", "Exhibit 5"). */
const LABEL = String.raw`(?:Source|Exhibit|Document|Doc|Extract|Appendix|Annex)\s+(?:[A-Z]|\d{1,3})\b`;
/** A label and the brackets that describe its story. */
const DEFINED = new RegExp(String.raw`(${LABEL})\s*\(([^()]{2,80})\)`, 'gu');
/** A label where it is named again, with the words that point to it ("according to Source E", "per Exhibit 5"). */
const NAMED = new RegExp(String.raw`(?:\b(?:[Aa]ccording\s+to|[Pp]er|[Ii]n|[Ff]rom|[Uu]sing)\s+)?(?:the\s+)?(${LABEL})`, 'gu');
/** A worksheet's marks: "(2 marks)", "(1 mark)", "Q5 (2 marks):". */
const MARKS = /(?:\bQ\d{1,3}\s*)?\(\s*(?:\d{1,2}|one|two|three|four|five)\s+marks?\s*\)\s*:?/giu;

/** A bracket's description as a story: "Reuters, Annapolis" → "the Reuters Annapolis story"; "the Reuters article" as it stands. */
function asStory(description: string): string {
  const plain = description.replace(/,\s*/g, ' ').replace(/\s+/g, ' ').trim();
  const story = STORY_WORD.test(plain) ? plain : `${plain} story`;
  return /^the\s/iu.test(story) ? story : `the ${story}`;
}

export function documentLabelsRead(text: string): string {
  const unmarked = text.replace(MARKS, ' ');
  const stories = new Map([...unmarked.matchAll(DEFINED)].map((m) => [m[1]!.replace(/\s+/g, ' '), asStory(m[2]!)] as const));
  if (stories.size === 0 && !new RegExp(LABEL, 'u').test(unmarked)) return unmarked === text ? text : unmarked.replace(/\s{2,}/g, ' ').trim();
  // Each label's first naming with its brackets becomes its story; a naming after that points to the same story.
  const read = unmarked
    .replace(DEFINED, (_m, label: string) => `${label}`)
    .replace(NAMED, (whole, label: string) => {
      const story = stories.get(label.replace(/\s+/g, ' '));
      if (story === undefined) return '';
      const pointer = /^\s*(?:according\s+to|per|in|from|using)\b/iu.exec(whole)?.[0];
      return pointer === undefined ? story : `${pointer.trim().toLowerCase() === 'per' ? 'according to' : pointer.trim()} ${story}`;
    });
  return read.replace(/\(\s*\)/g, '').replace(/\.{2,}/g, '.').replace(/\s+([,.?:;])/g, '$1').replace(/^[\s,.:;]+/u, '').replace(/([,:;])\s*([,:;])/g, '$2').replace(/\s{2,}/g, ' ').trim();
}
