/**
 * `npm run eval:extract [-- FILE] [--show N]`: measures `byline extract` (the contract function,
 * in process) against PolNeAR attributions, by the rules of /work/shared/qa/README.md:
 *  - direct quotations: gold = attributions with `direct: true`; predictions = `quotes` spans
 *    (first piece's start to last piece's end). Tokens are maximal letter/digit runs; a pair
 *    matches when the shared tokens are ≥ 50 % of each side's tokens; one-to-one, best
 *    shared/union first (ties: earlier gold, then earlier prediction); micro P/R/F1.
 *  - speaker accuracy on matched pairs whose gold source is not null: the predicted speaker's
 *    surname (its last letter/digit run, possessive dropped) equals, case-insensitively, a token of
 *    the source (an article token the span overlaps).
 *    PolNeAR's sources are written as in the text, so a quote whose gold source is "he" cannot be
 *    right by name; a second figure also counts the predicted speaker mention overlapping the source,
 *    and a third gives the surname rule over the pairs whose source is not a bare pronoun.
 *  - reported speech: predictions = `statements`, matched by the same rule one-to-one against
 *    all gold attributions (a paraphrase that carries a quoted phrase is gold too); precision =
 *    matched statements / statements, recall = gold with `direct: false` matched / all of them,
 *    and also over the part of that gold whose cue is one of Byline's speech verbs (PolNeAR also
 *    annotates beliefs and findings: "you don't like it", "polls show").
 * Needs the development data (default /work/shared/qa/polnear-train.jsonl, or POLNEAR_FILE);
 * without it the script says so and exits 0. `--show N` prints N misses of each kind, drawn only
 * from the four training fifths: the held-out fifth is measured, never studied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extractText, type ExtractResult } from '../src/extract/extract.ts';
import { CUE_PARTICIPLES, CUE_VERBS, REPORTING_VERBS } from '../src/nlp/model/speechCues.ts';
import { isHeldOut, match, tokenStarts, tokensOf, type GoldArticle, type GoldSpan, type Predicted } from './polnear.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a)) ?? process.env['POLNEAR_FILE'] ?? '/work/shared/qa/polnear-train.jsonl';
const showAt = args.indexOf('--show');
const show = showAt >= 0 ? Number(args[showAt + 1] ?? 5) : 0;

if (!existsSync(file)) {
  process.stdout.write(`eval:extract: ${file} not found; skipped (the PolNeAR development data is not on this machine).\n`);
  process.exit(0);
}

const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);

/** The README's surname: the name's last token (a letter/digit run, as everywhere), a possessive dropped. */
function surname(speaker: string): string {
  const tokens = speaker.trim().replace(/['’]s$/u, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return (tokens.at(-1) ?? '').toLowerCase();
}

function mentionOverlaps(predicted: Predicted & { speakerStart?: number; speakerEnd?: number }, source: GoldSpan): boolean {
  return predicted.speakerStart !== undefined && predicted.speakerEnd !== undefined && predicted.speakerStart < source.end && source.start < predicted.speakerEnd;
}

/** The speaker's surname equals a token of the source span: an article token the span overlaps. */
function speakerRight(speaker: string | undefined, source: GoldSpan, text: string, tokens: { starts: number[]; ends: number[] }): boolean {
  const name = speaker ? surname(speaker) : '';
  if (!name) return false;
  const [first, end] = tokensOf(source, tokens);
  for (let t = first; t < end; t++) if (text.slice(tokens.starts[t], tokens.ends[t]).toLowerCase() === name) return true;
  return false;
}

const BARE_PRONOUN = /^(he|she|they|i|we|you|it)$/iu;

class Tally {
  matched = 0;
  predicted = 0;
  gold = 0;
  matchedGold = 0;
  speakerRight = 0;
  /** Right by the mention instead: the predicted speaker mention overlaps the gold source ("he" → "he"). */
  mentionRight = 0;
  speakerTotal = 0;
  /** Matched pairs whose gold source is a bare pronoun ("he"), which the surname rule cannot credit. */
  pronounSources = 0;
  line(name: string): string {
    const p = this.predicted ? (100 * this.matched) / this.predicted : 0;
    const r = this.gold ? (100 * this.matchedGold) / this.gold : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    const pct = (n: number): string => ((100 * n) / this.speakerTotal).toFixed(1);
    const named = this.speakerTotal - this.pronounSources;
    const speaker = this.speakerTotal
      ? `, speaker ${pct(this.speakerRight)} % of ${this.speakerTotal}, by name or mention ${pct(this.mentionRight)} %, by name where the source is no pronoun ${((100 * this.speakerRight) / named).toFixed(1)} % of ${named}`
      : '';
    return `${name.padEnd(34)} P ${p.toFixed(1)}  R ${r.toFixed(1)}  F1 ${f.toFixed(1)}  (${this.matched}/${this.predicted} predicted, ${this.matchedGold}/${this.gold} gold${speaker})`;
  }
}

const quotesAll = new Tally();
const quotesWhole = new Tally();
/** All quotes over the held-out fifth (`isHeldOut`): the check against tuning to the other four fifths. */
const quotesHeldOut = new Tally();
const statements = new Tally();
/** The same over the held-out fifth (`isHeldOut`), which `train:cues` never learns from. */
const statementsHeldOut = new Tally();
/** Recall over the gold whose cue is a speech verb Byline knows ("said", "according to", "blamed"). */
const spokenGold = { total: 0, matched: 0 };
const isSpokenCue = (cue: GoldSpan | null): boolean => {
  const words = (cue?.text.toLowerCase() ?? '').split(/\s+/);
  return words.join(' ') === 'according to' || words.some((w) => CUE_VERBS.has(w) || REPORTING_VERBS.has(w) || CUE_PARTICIPLES.has(w));
};
const misses: Record<string, string[]> = { missedQuote: [], falseQuote: [], wrongSpeaker: [], missedStatement: [], falseStatement: [] };
let studied = true;
const note = (kind: string, text: string): void => {
  if (studied && misses[kind]!.length < show) misses[kind]!.push(text);
};

let extractMs = 0;
/** CPU time, so the figure means something on a machine shared with other work. */
let extractCpuMs = 0;
for (const article of articles) {
  const date = /_(\d{4}-\d{2}-\d{2})_/.exec(article.id)?.[1];
  studied = !isHeldOut(article.id);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result: ExtractResult = extractText({ id: article.id, text: article.text, ...(date ? { date } : {}) });
  const used = process.cpuUsage(cpu);
  extractCpuMs += (used.user + used.system) / 1000;
  extractMs += performance.now() - started;
  const tokens = tokenStarts(article.text);
  const direct = article.attributions.filter((a) => a.direct);
  const snippet = (s: { start: number; end: number }): string => article.text.slice(s.start, s.end).replace(/\s+/g, ' ').slice(0, 160);

  const quoteTallies: [Tally, ExtractResult['quotes']][] = [[quotesAll, result.quotes], [quotesWhole, result.quotes.filter((q) => !q.partial)]];
  if (isHeldOut(article.id)) quoteTallies.push([quotesHeldOut, result.quotes]);
  for (const [tally, quotes] of quoteTallies) {
    const matched = match(direct.map((a) => a.content), quotes, tokens);
    tally.predicted += quotes.length;
    tally.gold += direct.length;
    tally.matched += matched.size;
    tally.matchedGold += matched.size;
    for (const [g, p] of matched) {
      const source = direct[g]!.source;
      if (!source) continue;
      tally.speakerTotal++;
      if (BARE_PRONOUN.test(source.text.trim())) tally.pronounSources++;
      const byName = speakerRight(quotes[p]!.speaker, source, article.text, tokens);
      if (byName) tally.speakerRight++;
      if (byName || mentionOverlaps(quotes[p]!, source)) tally.mentionRight++;
      else if (tally === quotesAll) note('wrongSpeaker', `${article.id}: ${quotes[p]!.speaker ?? '(none)'} ≠ ${source.text} | ${snippet(quotes[p]!)}`);
    }
    if (tally !== quotesAll) continue;
    const hit = new Set(matched.values());
    quotes.forEach((q, p) => hit.has(p) || note('falseQuote', `${article.id}: ${q.partial ? '[partial] ' : ''}${snippet(q)}`));
    direct.forEach((a, g) => matched.has(g) || note('missedQuote', `${article.id}: ${snippet(a.content)}`));
  }

  const all = article.attributions;
  const matched = match(all.map((a) => a.content), result.statements, tokens);
  const indirect = all.map((a, g) => (a.direct ? -1 : g)).filter((g) => g >= 0);
  for (const tally of isHeldOut(article.id) ? [statements, statementsHeldOut] : [statements]) {
    tally.predicted += result.statements.length;
    tally.matched += matched.size;
    tally.gold += indirect.length;
    tally.matchedGold += indirect.filter((g) => matched.has(g)).length;
  }
  const spoken = indirect.filter((g) => isSpokenCue(all[g]!.cue));
  spokenGold.total += spoken.length;
  spokenGold.matched += spoken.filter((g) => matched.has(g)).length;
  for (const [g, p] of matched) {
    const source = all[g]!.source;
    if (!source) continue;
    statements.speakerTotal++;
    if (BARE_PRONOUN.test(source.text.trim())) statements.pronounSources++;
    const byName = speakerRight(result.statements[p]!.speaker, source, article.text, tokens);
    if (byName) statements.speakerRight++;
    if (byName || mentionOverlaps(result.statements[p]!, source)) statements.mentionRight++;
  }
  const hit = new Set(matched.values());
  result.statements.forEach((s, p) => hit.has(p) || note('falseStatement', `${article.id}: ${s.speaker ?? '?'}: ${snippet(s)}`));
  indirect.forEach((g) => matched.has(g) || note('missedStatement', `${article.id}: ${all[g]!.source?.text ?? '?'} ${all[g]!.cue?.text ?? ''}: ${snippet(all[g]!.content)}`));
}

const out = [
  `PolNeAR ${file.split('/').pop()}: ${articles.length} articles, extract ${(extractMs / 1000).toFixed(1)} s wall, ${(extractCpuMs / 1000).toFixed(1)} s CPU (${(articles.length / (extractCpuMs / 1000)).toFixed(0)} articles per CPU-second)`,
  quotesAll.line('direct quotations (all quotes)'),
  quotesWhole.line('direct quotations (partial left out)'),
  quotesHeldOut.line('  all quotes, the held-out fifth'),
  statements.line('reported speech (statements)'),
  statementsHeldOut.line('  of it, the held-out fifth'),
  `${'  of it, gold cued by a known speech verb'.padEnd(34)} R ${((100 * spokenGold.matched) / spokenGold.total).toFixed(1)}  (${spokenGold.matched}/${spokenGold.total})`,
];
for (const [kind, list] of Object.entries(misses)) if (list.length) out.push(`\n${kind}:`, ...list.map((l) => `  ${l}`));
process.stdout.write(`${out.join('\n')}\n`);
