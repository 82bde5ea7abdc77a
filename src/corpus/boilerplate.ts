/**
 * Rules that recognise the boilerplate of scraped news pages line by line: ad markers, widget
 * errors, cross-links, comment forms, newsletter prompts, navigation, share buttons, copyright.
 * Each rule is a pattern of page furniture, never the wording of one article, and carries the
 * reason it gives when it drops a line.
 */

/** A line-level boilerplate rule. `test` sees one trimmed line with whitespace collapsed. */
export interface BoilerplateRule {
  reason: BoilerplateReason;
  test: (line: string) => boolean;
}

export type BoilerplateReason =
  | 'advertisement'
  | 'media player'
  | 'widget error'
  | 'cross-link'
  | 'related heading'
  | 'comment form'
  | 'back to top'
  | 'newsletter prompt'
  | 'navigation'
  | 'share buttons'
  | 'copyright'
  | 'no words';

/** The line without arrows, guillemets and trailing colons or dots around it, lower-cased. */
function bare(line: string): string {
  // Every rule asks for the bare form of the same line in turn: the last one is kept.
  if (line !== lastLine) {
    lastLine = line;
    lastBare = line
      .toLowerCase()
      .replace(/^[\s«‹<←\-–—|>]+/, '')
      .replace(/[\s»›>→\-–—|:.…!]+$/, '');
  }
  return lastBare;
}

let lastLine: string | undefined;
let lastBare = '';

const words = (line: string): number => line.split(/\s+/).length;

/** Buttons of share bars; a line made only of these is a share bar. */
const SHARE_WORDS = new Set([
  'share', 'shares', 'this', 'article', 'story', 'on', 'via', 'facebook', 'twitter', 'x', 'whatsapp', 'linkedin',
  'email', 'e-mail', 'print', 'pinterest', 'reddit', 'telegram', 'copy', 'link', 'tweet', 'messenger', 'flipboard',
  'threads', 'bluesky', 'mail', 'sms', 'save', 'gift',
]);
/** The first word of a line split as share bars are. */
const SHARE_BAR_FIRST_WORD = /^[\s|·•,/]*([^\s|·•,/]+)/;
/** At least one of these must be present, so that "This story" alone is not taken for a share bar. */
const SHARE_ANCHORS = new Set(['share', 'facebook', 'twitter', 'whatsapp', 'linkedin', 'pinterest', 'reddit', 'telegram', 'tweet', 'print', 'flipboard']);

export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  {
    reason: 'no words',
    test: (line) => !/[\p{L}\p{N}]/u.test(line),
  },
  {
    // Ad slots leave their label behind: "Advertisement", "ADVERTISEMENT", "Ad", "Story continues below".
    reason: 'advertisement',
    test: (line) =>
      /^(advertisement|advertising|ad|ads|sponsored( content)?|paid (content|post)|promoted( content)?|(story|article) continues (below|after (the )?advertisement)( advertisement)?|continue reading( below)?|scroll to continue( with content)?)$/.test(
        bare(line),
      ),
  },
  {
    // Leftovers of embedded players: "Watch", "Watch video", "Listen to this article".
    reason: 'media player',
    test: (line) => /^(watch( now| video| live)?|listen( now| to this (article|story))?|play video|video)$/.test(bare(line)),
  },
  {
    // Failed comment or video widgets: "Oops! Something went wrong. Please try again later.", whole or in pieces.
    reason: 'widget error',
    test: (line) =>
      /^(?:(?:oops|something went wrong|please try again(?: later)?|an error (?:has )?occurred|sorry, something went wrong)[.!]*\s*)+$/i.test(
        line,
      ),
  },
  {
    // Links to other stories placed inside the text: "READ ALSO …", "Read more: …", "See also …".
    reason: 'cross-link',
    test: (line) => /^(read (also|more|next|this)|also read|see also|click here)\b/i.test(line) && words(line) <= 30,
  },
  {
    // Headings of related-story lists: "Related", "Related Articles", "More from Reuters", "You may also like".
    reason: 'related heading',
    test: (line) => {
      const b = bare(line);
      return (
        /^(related( (articles?|stories|posts|news|content|coverage|reading|topics|videos?))?|more stories|recommended( (for you|stories|articles|reading))?|you (may|might) (also )?like|trending( now| stories)?|most (read|popular|viewed|shared)|top stories|editor'?s picks|popular( posts)?|latest( news| stories)?)$/.test(
          b,
        ) ||
        (/^more (from|on|about|in) /.test(b) && words(b) <= 8 && !/[.!?]$/.test(line))
      );
    },
  },
  {
    // Comment forms under the article.
    reason: 'comment form',
    test: (line) =>
      /^(leave a (reply|comment)|post a comment|add a comment|\d+ comments?|comments?( \(\d+\))?|cancel reply|post comment|submit( comment)?|join the (conversation|discussion)|(name|email|e-mail|website|comment)( \*)?|your email address will not be published.*|required fields are marked.*|save my name,? email,? and website.*|you must be logged in to post a comment.*)$/.test(
        line.toLowerCase().replace(/[.:]$/, ''),
      ),
  },
  {
    reason: 'back to top',
    test: (line) => /^(back to top( button)?|scroll to top|go to top|return to top)$/.test(bare(line)),
  },
  {
    // "Newsletter", "Sign up for …", "Subscribe …", "Get the featured stories in your email …".
    reason: 'newsletter prompt',
    test: (line) => {
      const b = bare(line);
      if (/^(newsletters?|sign up|subscribe( now| today| here)?|get our newsletter|our newsletter)$/.test(b)) return true;
      return (
        /^(sign up|subscribe|get|join|receive|enter your e-?mail|don'?t miss|stay (informed|up to date)|never miss)\b/.test(b) &&
        words(line) <= 30 &&
        /\b(newsletters?|e-?mail|inbox|subscribe|subscription|sign up)\b/.test(b)
      );
    },
  },
  {
    // Previous/next links between stories; the headline that follows one is dropped by the cleaner.
    reason: 'navigation',
    test: (line) =>
      /^(previous|prev|next|previous (article|post|story|page)|next (article|post|story|page)|older posts?|newer posts?)$/.test(bare(line)) ||
      /^(previous|next) (article|post|story)\s*[:|]/i.test(line),
  },
  {
    // Share bars: "Share", "Share this article", "Facebook Twitter WhatsApp Email".
    reason: 'share buttons',
    test: (line) => {
      // Most lines are prose: their first word already says they are no share bar.
      const first = SHARE_BAR_FIRST_WORD.exec(bare(line))?.[1];
      if (first === undefined || !SHARE_WORDS.has(first)) return false;
      const tokens = bare(line).split(/[\s|·•,/]+/).filter(Boolean);
      return tokens.length > 0 && tokens.length <= 12 && tokens.every((t) => SHARE_WORDS.has(t)) && tokens.some((t) => SHARE_ANCHORS.has(t));
    },
  },
  {
    // Read by metadata for the year and the outlet before being dropped.
    reason: 'copyright',
    test: (line) => /^(copyright\b|©|\(c\)\s*\d{4})/i.test(line) || /^all rights reserved\.?$/i.test(line),
  },
];

/** Page furniture is short; longer lines are article text and skip the rules (which keeps huge lines cheap). */
const MAX_BOILERPLATE_CHARS = 500;

/** The reason a line is boilerplate, or undefined for a line of the article. */
export function boilerplateReason(line: string): BoilerplateReason | undefined {
  if (line.length > MAX_BOILERPLATE_CHARS) return undefined;
  return BOILERPLATE_RULES.find((rule) => rule.test(line))?.reason;
}
