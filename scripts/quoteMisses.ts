/**
 * `npx tsx scripts/quoteMisses.ts [FILE] [--show N] [--only TEXT]`: a study of the direct
 * quotations `byline extract` gets wrong on PolNeAR's four training fifths (the held-out fifth is
 * never looked at), counted by kind:
 *  - a missed gold quotation (`direct: true`): no prediction overlaps it, or one does but fails the
 *    50 % rule (too long, too short, both) or is taken by another gold; with what the overlapping
 *    prediction is (a woven fragment's clause or a whole quotation, how many pieces, over paragraphs);
 *  - a false prediction: it overlaps no gold, overlaps only reported speech (`direct: false`),
 *    overlaps a gold another prediction took (a split), or is too long or too short for its gold;
 *  - for each, whether it is in the headline and whether it is short (three tokens or fewer: scare
 *    quotes, titles).
 * `--show N` prints N examples of each kind, with the gold in ⟦…⟧ and the overlapping prediction.
 */
import { readFileSync } from 'node:fs';
import { extractText, type ExtractedQuote } from '../src/extract/extract.ts';
import { isHeldOut, match, tokenStarts, tokensOf, type GoldArticle, type GoldSpan } from './polnear.ts';
import { missTally } from './missTally.ts';

const args = process.argv.slice(2);
const file = args.find((a, i) => !a.startsWith('--') && !/^--/.test(args[i - 1] ?? '')) ?? '/work/shared/qa/polnear-train.jsonl';
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const show = Number(option('--show') ?? 0);
const only = option('--only');
const articles = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldArticle);

/** At most this many tokens make a quotation short: a scare quote, a title, a word. */
const SHORT_TOKENS = 3;

const { add, counts, examples } = missTally(show);

type Tokens = ReturnType<typeof tokenStarts>;

/** How a prediction overlapping a gold span fails it, or undefined when they share no token. */
function overlapKind(gold: GoldSpan, predicted: { start: number; end: number }, tokens: Tokens, taken: boolean): string | undefined {
  const [gs, ge] = tokensOf(gold, tokens);
  const [ps, pe] = tokensOf(predicted, tokens);
  const shared = Math.max(0, Math.min(ge, pe) - Math.max(gs, ps));
  if (shared === 0) return undefined;
  if (taken && shared * 2 >= ge - gs && shared * 2 >= pe - ps) return 'taken by another gold';
  if (shared * 2 < ge - gs && shared * 2 < pe - ps) return 'both sides under 50 %';
  return shared * 2 < ge - gs ? 'prediction too short' : 'prediction too long';
}

/** A woven fragment's clause or a whole quotation, its pieces, and whether it runs over paragraphs. */
function shape(quote: ExtractedQuote, text: string): string {
  const pieces = quote.pieces?.length ?? 1;
  return `${quote.partial ? 'fragment' : 'whole'}${pieces > 1 ? `, ${pieces} pieces` : ''}${text.slice(quote.start, quote.end).includes('\n') ? ', over paragraphs' : ''}`;
}

let gold = 0;
let predicted = 0;
for (const article of articles) {
  if (isHeldOut(article.id)) continue;
  const date = /_(\d{4}-\d{2}-\d{2})_/.exec(article.id)?.[1];
  const { quotes } = extractText({ text: article.text, ...(date ? { date } : {}) });
  const tokens = tokenStarts(article.text);
  const direct = article.attributions.filter((a) => a.direct);
  const matched = match(direct.map((a) => a.content), quotes, tokens);
  const usedPredictions = new Set(matched.values());
  const headlineEnd = article.text.indexOf('\n');
  const where = (span: { start: number; end: number }): string => {
    const [first, end] = tokensOf(span, tokens);
    return `${span.start < headlineEnd ? 'headline, ' : ''}${end - first <= SHORT_TOKENS ? 'short' : 'long'}`;
  };
  const context = (span: { start: number; end: number }): string =>
    `${article.text.slice(Math.max(0, span.start - 60), span.start)}⟦${article.text.slice(span.start, span.end)}⟧${article.text.slice(span.end, span.end + 60)}`.replace(/\s+/g, ' ');
  gold += direct.length;
  predicted += quotes.length;

  direct.forEach((attribution, g) => {
    if (matched.has(g)) return;
    let kind = 'no prediction overlaps';
    let prediction = '';
    for (const [p, quote] of quotes.entries()) {
      const found = overlapKind(attribution.content, quote, tokens, usedPredictions.has(p));
      if (!found) continue;
      kind = `${found} (${shape(quote, article.text)})`;
      prediction = `\n      PRED: ${context(quote).slice(0, 400)}`;
      break;
    }
    add(`missed: ${kind}, ${where(attribution.content)}`, `${article.id}: ${context(attribution.content).slice(0, 400)}${prediction}`);
  });

  const matchedGold = new Set(matched.keys());
  quotes.forEach((quote, p) => {
    if (usedPredictions.has(p)) return;
    let kind = 'overlaps no gold';
    let against = '';
    for (const attribution of article.attributions) {
      const g = direct.indexOf(attribution);
      const found = overlapKind(attribution.content, quote, tokens, false);
      if (!found) continue;
      kind = !attribution.direct ? 'overlaps reported speech only' : matchedGold.has(g) ? 'overlaps a gold another prediction took' : found;
      against = `\n      GOLD: ${context(attribution.content).slice(0, 400)}`;
      break;
    }
    add(`false: ${kind} (${shape(quote, article.text)}), ${where(quote)}`, `${article.id}: ${quote.speaker ?? '-'}: ${context(quote).slice(0, 400)}${against}`);
  });
}

const out = [`direct quotations, four training fifths: ${gold} gold, ${predicted} predicted`];
for (const key of [...counts.keys()].sort()) {
  if (only !== undefined && !key.includes(only)) continue;
  out.push(`${key.padEnd(90)} ${String(counts.get(key)).padStart(5)}`);
  for (const example of examples.get(key) ?? []) out.push(`    ${example}`);
}
process.stdout.write(`${out.join('\n')}\n`);
