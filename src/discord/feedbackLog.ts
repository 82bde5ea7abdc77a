/**
 * The 👍/👎 log: one JSON line per vote, with the question, the answer and its first citation
 * and nothing else from the conversation, for maintainers to turn into eval questions. A member
 * has one vote per answer: pressing the same button again writes nothing, and a changed vote
 * writes a line with the same `voteId` and `replaces` — a reader keeps the last line per `voteId`.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoredAnswer } from './answerStore.ts';
import type { Vote } from './customIds.ts';

export interface FeedbackEntry {
  time: string;
  guildId: string | null;
  vote: Vote;
  /** The same for every vote of one member on one answer; not the member's id (a hash with the answer's key). */
  voteId: string;
  /** The vote this line replaces, when the member changed their mind. */
  replaces?: Vote;
  command: string;
  query: string;
  answer: string;
  citation?: { file: string; paragraph: number };
}

/** Who voted on what, for one log line. */
export interface Ballot {
  /** The answer store key. */
  key: string;
  page: number;
  userId: string;
  vote: Vote;
  replaces?: Vote;
}

/** The log line for a vote on a page of a stored answer. */
export function feedbackEntry(stored: StoredAnswer, ballot: Ballot, time: Date): FeedbackEntry {
  const answer = stored.response.answers[ballot.page];
  const citation = answer?.citations[0];
  return {
    time: time.toISOString(),
    guildId: stored.guildId,
    vote: ballot.vote,
    voteId: createHash('sha256').update(`${ballot.key}:${ballot.page}:${ballot.userId}`).digest('base64url').slice(0, 16),
    ...(ballot.replaces ? { replaces: ballot.replaces } : {}),
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
