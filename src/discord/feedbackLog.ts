/**
 * The 👍/👎 log: one JSON line per press, with the question, the answer and its first citation
 * and nothing else from the conversation, for maintainers to turn into eval questions.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoredAnswer } from './answerStore.ts';
import type { Vote } from './customIds.ts';

export interface FeedbackEntry {
  time: string;
  guildId: string | null;
  vote: Vote;
  command: string;
  query: string;
  answer: string;
  citation?: { file: string; paragraph: number };
}

/** The log line for a vote on page `page` of a stored answer. */
export function feedbackEntry(stored: StoredAnswer, page: number, vote: Vote, time: Date): FeedbackEntry {
  const answer = stored.response.answers[page];
  const citation = answer?.citations[0];
  return {
    time: time.toISOString(),
    guildId: stored.guildId,
    vote,
    command: stored.response.routed ?? stored.response.command,
    query: stored.response.query,
    answer: answer?.text ?? '',
    ...(citation ? { citation: { file: citation.file, paragraph: citation.paragraph } } : {}),
  };
}

/** Appends one entry to the JSON-lines file, creating its folder if needed. */
export async function appendFeedback(file: string, entry: FeedbackEntry): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, `${JSON.stringify(entry)}\n`, 'utf8');
}
