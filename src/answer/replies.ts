/**
 * What a reply under a post says to the post, not to the coverage: "source?", "citation needed",
 * "this you?", "ratio.", "receipts?", "fact check:". Between a quoted claim and the question they only
 * say the claim is doubted, and would be read as words of either. Pure text to text.
 */

/** A reply's word to the post, standing as a sentence of its own (or after a dash, or opening the text), with a question after it: alone at the end it is the question ("Attribution for the figure — source?"). */
const REPLY_WORDS = /(^(?:@[\p{L}\d_]+\s+)?|[.?!:—–]\s*|\s[-–—]+\s*)(?:sources?\s*\?+|citation\s+needed\s*[.!:—–-]*|this\s+you\s*\?+|ratio(?:['’]d)?\s*[.!:—–-]+|receipts\s*\?+|proof\s*\?+|fact[-\s]check\s*[.!:—–-]+|big\s+if\s+true\s*[.!]*)\s*(?=\S)/giu;

export function repliesDropped(text: string): string {
  if (!/\b(?:sources?|citation|this\s+you|ratio|receipts|proof|fact[-\s]check|big\s+if\s+true)\b/iu.test(text)) return text;
  // The sentence before the reply's word keeps its end; the question after it starts a sentence.
  // A mention that opens the text stays ("@Byline source? how many …"); so does a dash that set the word off.
  const dropped = text.replace(REPLY_WORDS, (_whole, before: string, at: number) => (at === 0 ? before : before.trim() === '' ? ' ' : /[—–-]/u.test(before) ? ' — ' : `${/[.?!]/u.test(before) ? before.trim() : '.'} `));
  return dropped.replace(/\s{2,}/gu, ' ').trim();
}
