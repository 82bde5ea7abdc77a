import { describe, expect, it } from 'vitest';
import { answer } from '../../src/answer/answer.ts';
import { parseQuestion } from '../../src/answer/question.ts';
import { questionWithin, relativeWho, relayedQuestion } from '../../src/answer/questionWithin.ts';
import { fixtureIndex } from './fixtureIndex.ts';

describe('questionWithin: the question inside a request, or after a remark it points back to', () => {
  it.each<[string, string]>([
    // A "wh" clause completing a verb of asking, telling or knowing, put in a question's order.
    ['Can you confirm for the caller when the Lenz bridge was closed to traffic?', 'when was the Lenz bridge closed to traffic?'],
    ['Escalating: the ticket asks who runs the harbour office in Porto.', 'who runs the harbour office in Porto?'],
    ['Our reader wants to know who warned that the pier would not survive another storm. Please confirm.', 'who warned that the pier would not survive another storm?'],
    ['Tell me exactly which official signed the order.', 'which official signed the order?'],
    // A relative "when" after a time noun, and the one "the name of the X who …" describes.
    ['The ticket requests the day and time of day when the ferry sank off Porto.', 'when the ferry sank off Porto?'],
    ['Please confirm the name of the harbour master who closed the port.', 'who closed the port?'],
    ['I require the identity of the U.N. official who, per the Gazette report, closed the port.', 'who closed the port, per the Gazette report?'],
    // An embedded time clause in the past, and a question in its own order after a lead-in.
    ['The caller is asking when the mayor closed the pier to traffic.', 'when did the mayor close the pier to traffic?'],
    ['for my homework when did the harbour master close the port?', 'when did the harbour master close the port?'],
    // A question after a remark: its subject for "it"/"they", the remark (a claim perhaps wrong) left out.
    ['Claim: the storms over Porto ended in May. Check: when did they actually end?', 'when did the storms over Porto actually end?'],
    ['Claim: Ana Ruiz resigned on Tuesday. Verify: when did she resign?', 'when did Ana Ruiz resign?'],
    // An aside after the question word goes after the clause.
    ['Members may wish to know when, according to the Gazette report, the storm closed the pier.', 'when did the storm close the pier, according to the Gazette report?'],
    // A remark's unnamed "someone", asked for by a bare who question, by the story that tells it.
    ['The Gazette story says the mayor had already met with someone before the vote. With whom?', 'who had the mayor already met with before the vote, according to the Gazette story?'],
    ['Someone told the council the pier would close. Who was it?', 'who told the council the pier would close?'],
    // "it" is what the remark gives the question's verb for its subject, wherever it stands.
    ['The Gazette notes ferry cancellations in Lenz since the harbour strike broke out: in which month did it break out?', 'in which month did the harbour strike break out?'],
    // A relative clause that only points back goes.
    ['My chapter is built around the ferry cancellations. In which month did the harbour strike that caused them break out?', 'In which month did the harbour strike break out?'],
    // A guess being checked is asked of its thing.
    ['The student guesses the harbour strike in the Gazette piece was on a Sunday. Precisely: which day does the article give for it?', 'which day does the article give for the harbour strike in the Gazette piece?'],
    // "some harbour official", and "who do they say that was".
    ['The Gazette insists some harbour official closed the pier on the day of the storm. Who do they say that was?', 'which harbour official closed the pier on the day of the storm?'],
    // "called for it": what the remark's "call for" is for.
    ['In this room, Ruiz restates the call for a curfew in Lenz. When had the mayor called for it?', 'When had the mayor called for a curfew in Lenz?'],
    // A saying told without "that" is what "say this" points back to.
    ['The scene is set in Porto, where Ruiz said the council had told the ferry company to stop. On what day did she say this?', 'On what day did she say that the council had told the ferry company to stop?'],
    // Which stories tell of a thing says nothing of it.
    ['The storm that both the Gazette and Harbour Times entries refer to — on what date did it hit Lenz?', 'on what date did the storm hit Lenz?'],
    // To make a remark the remark before quotes is to say it.
    ['The mayor referred at the council to "a harbour for everyone". On which day did she make that remark?', 'On which day did she say "a harbour for everyone"?'],
  ])('%s', (asked, read) => {
    expect(questionWithin(asked)).toBe(read);
  });

  it.each<[string, string]>([
    // A topic set before the question with a colon or a dash, which its pointing words stand for.
    ['Timing for the Ruiz item: when did she resign as mayor?', 'when did Ruiz resign as mayor?'],
    ["Ruiz's harbour plan — when did she unveil it?", "when did Ruiz unveil Ruiz's harbour plan?"],
    ['Exhibit 4, the paragraph about the storms over Porto: on what date did they end?', 'on what date did the storms over Porto end?'],
    ["The mayor's veto — what day was that?", "what day was the mayor's veto?"],
    // No topic ends inside a quotation; a headline's speaker is no part of the words.
    ["Draft: 'Ruiz: We will reopen the pier' — what day did she say it?", 'what day did Ruiz say "We will reopen the pier"?'],
    // A thing a draft names, named again by its head; a thing an alert only mentions, pointed at by "that" or asked the date of.
    ["Draft: 'Porto's harbour commander quits after ferry crash' — who's the commander?", "who's Porto's harbour commander?"],
    ['Alert mentions the storm that closed the Lenz bridge — when was that, per the Gazette?', 'when was the storm that closed the Lenz bridge, per the Gazette?'],
    ['Push copy references the ferry strike that stranded the islands — confirm the date before I send.', 'when was the ferry strike that stranded the islands?'],
    // A time question that names no event of its own asks when the remark before it happened, its given time left out.
    ["The source text says Ruiz spoke 'on Friday' at the end of the harbour meeting — which date do I write in the German edition?", 'when did Ruiz speak at the end of the harbour meeting?'],
    ['Claim: the Porto council closed the pier on Monday. Verify the day.', 'when did the Porto council close the pier?'],
    // Only the kind of time wanted after a topic with no verb: the event the topic names ("the unprecedented …" is no verb).
    ['Timestamp on the Porto floods — day?', 'when was the Porto floods?'],
    ['The caller is asking when the unprecedented storm closed the pier.', 'when did the unprecedented storm close the pier?'],
    // A saying that points back to the words a remark quotes, or to what it says was said.
    ['Claim attributed to Ruiz: the port was "closed without warning" in May. Who actually said that?', 'Who actually said "closed without warning"?'],
    ['Claim: Ruiz said on Friday that the ferry would run again. Check: which day did she actually say it?', 'which day did Ruiz actually say that the ferry would run again?'],
    // The asker's own filing of a time ("what date do I stamp on that"), or how a story times it, asks when the remark happened.
    ['Quick one for the timeline: Porto floods — what date do I stamp on that?', 'when was Porto floods?'],
    ["Ruiz's threat to close the pier: what date do we hang on it in the Gazette story?", "when was Ruiz's threat to close the pier in the Gazette story?"],
    ['Ruiz quitting as mayor — what date does that go on the rolling timeline?', 'when was Ruiz quitting as mayor?'],
    ['The storm that closed the Lenz bridge — how does the Gazette time it?', 'when was the storm that closed the Lenz bridge?'],
    ['As to the closure of the Lenz bridge, how does the Gazette place it in time?', 'when was the closure of the Lenz bridge?'],
    // A past form after an article is no verb ("the unprecedented storm"); "refs" mentions as "references" does.
    ['The unprecedented storm over Porto that the Gazette refers to — when did it happen relative to the ferry story?', 'when did the unprecedented storm over Porto happen relative to the ferry story?'],
    ["Gazette lede refs the 'record' storm over Porto — when was that?", "when was the 'record' storm over Porto?"],
    ['Our regional team flags a fire at the Porto pier that injured five workers — when was that?', 'when was the fire at the Porto pier that injured five workers?'],
    // "its" for the thing a remark covers: "its head" is the head of it.
    ["Gallery two covers Porto's harbour council formed after the storm. Who was at its head?", "Who was at the head of Porto's harbour council formed after the storm?"],
    // The asker's filing of a time for an event the question names, or a story's timing of it; a remark that asks the time itself.
    ['Risk memo timeline — what date do I log for the floods in Porto? The Gazette has them overnight.', 'when was the floods in Porto?'],
    ["Escalation trigger: how does the Gazette piece time Ruiz's resignation? Their wording is fine.", "when was Ruiz's resignation, according to the Gazette piece?"],
    ['Scene 12 needs the date the storm hit Porto. What do we put on the title card?', 'when did the storm hit Porto?'],
    // A claim being checked: the thing it is about, not who claims it nor what it claims of it (a time, a speaker).
    ['Viral post claims the Porto floods happened Thursday night. What day does the Gazette put them on?', 'when was the Porto floods, according to the Gazette?'],
    ['Telegram channels are dating the Porto pier fire to Sunday. When did it actually start, per the Gazette?', 'When did the Porto pier fire actually start, per the Gazette?'],
    ["Post attributes the 'pier will reopen' pledge to Ruiz. Who was it really, per the Gazette?", 'Who said "pier will reopen", per the Gazette?'],
    ["Meme attributes the 'no ferry until spring' line to the mayor. Which official did the Gazette actually attribute it to?", 'Which official said "no ferry until spring"?'],
    ['Some posts date the Porto pier fire to October 8. What date do the articles give?', 'when was the Porto pier fire?'],
    ['guest keeps saying the Porto pier fire was Oct 8. check the date per the Gazette', 'when was the Porto pier fire?'],
    // The last part asks without its mark; the asker's doing with a topic is no part of it; a remark joined on with "And".
    ['Gazette piece mentions an unprecedented storm over Porto — when was that, roughly, relative to the ferry crash', 'when was the unprecedented storm over Porto, roughly, relative to the ferry crash?'],
    ['Archiving the Porto Gazette piece: what publication date is printed on it?', 'what publication date is printed on the Porto Gazette piece?'],
    ['And the storm that closed the Lenz bridge — what timeframe does the Gazette give?', 'when was the storm that closed the Lenz bridge?'],
    // "as the Gazette story phrases it" names the story asked of; "it" there points back to nothing.
    ["For the timeline. When did Ruiz resign, as the Gazette story phrases it? Keep the story's wording.", 'When did Ruiz resign, according to the Gazette story?'],
  ])('%s', (asked, read) => {
    expect(questionWithin(asked, (phrase) => phrase === 'Ruiz')).toBe(read);
  });

  it.each<[string, string]>([
    // A remark that names its event as a noun phrase (no verb of its own; what describes it after a comma left out), then a
    // request for its time that names no event but by a word for any event ("the incident"), its head again or a pointing word.
    ['Log entry: collapse of the Lenz bridge during the storm, cited in the Gazette as the worst in decades. Establish the day of the incident.', 'when was the collapse of the Lenz bridge during the storm?'],
    ['Log entry: fires reported near the Porto pier, blamed on a faulty cable. Determine the date for the damage register.', 'when was the fires reported near the Porto pier?'],
    ["Log entry: Mayor Ruiz's statement on the ferry closure (\"We will not wait\"). Establish when it was delivered.", "when was Mayor Ruiz's statement on the ferry closure?"],
    ['Log entry: harbour board statement condemning the closure. When was the statement issued?', 'when was the harbour board statement condemning the closure?'],
    ['Log entry: sinking of the ferry off Porto. Establish when the sinking took place relative to the summit.', 'when was the sinking of the ferry off Porto?'],
    ['Log entry: outbreak of the dock strike. Establish the month.', 'when was the outbreak of the dock strike?'],
  ])('%s', (asked, read) => {
    expect(questionWithin(asked)).toBe(read);
  });

  it.each<[string, string]>([
    // A relative clause after a comma describes the event; one without says which. A softening or sourcing tail names no event.
    ['The fire at the Porto pier, which injured five workers — on what day did that occur, if you would be so good?', 'when was the fire at the Porto pier?'],
    ['And the storm over Porto which closed the Lenz bridge — when did that take place, as the Gazette correspondent reckoned it?', 'when was the storm over Porto which closed the Lenz bridge?'],
    // A remark that writes of a thing, and a request for its date put as a favour.
    ['The Gazette correspondent wrote of an unprecedented storm over Porto in the week before the summit. Could you help an old man fix the date of it?', 'when was the unprecedented storm over Porto in the week before the summit?'],
    // Those who only tell a remark, in the plural ("Our contacts mention …"), are no part of its event.
    ['Our contacts mention Ruiz threatening to close the pier. On which day was that, per the Gazette report?', 'when was Ruiz threatening to close the pier?'],
  ])('%s', (asked, read) => {
    expect(questionWithin(asked, (phrase) => phrase === 'Ruiz')).toBe(read);
  });

  it('reads a figure pointed back to as the figure the remark quotes', () => {
    expect(questionWithin("The casualty table cites 'nearly 40 dead in Porto' with no attribution. Who gave that figure, according to the Gazette story?")).toBe('Who gave the figure of nearly 40 dead in Porto, according to the Gazette story?');
  });

  it('lends no question the words of a remark with a verb of its own: a thing it names is not its event', () => {
    expect(questionWithin('Ruiz refused to confirm the alleged fire at the Porto pier. When did that alleged fire take place, per the Gazette report?')).not.toBe('when did Ruiz refuse to confirm the alleged fire at the Porto pier?');
  });

  it('reads a remark with a verb of its own as its clause, not as a noun phrase', () => {
    expect(questionWithin('Log entry: the storm closed the Lenz bridge, the Gazette says. Establish the day.')).toBe('when did the storm close the Lenz bridge, the Gazette says?');
  });

  it('reads "since when" as the question it is, not a lead-in', () => {
    expect(questionWithin('Since when is Ana Ruiz the mayor of Porto?')).toBeUndefined();
  });

  it('reads a remark that is itself a question as no event, but as the question', () => {
    expect(questionWithin('When did the pier close? Which date do I write?')).toBe('When did the pier close?');
  });

  it('takes no one who only tells a remark for what "it" stands for: the event the remark tells', () => {
    expect(questionWithin('A neighbour says the ferry docked at Porto on a Sunday. Which day was it really?', () => false)).toBe('when did the ferry dock at Porto?');
  });

  it('reads no question a topic only scopes', () => {
    expect(questionWithin('The Gazette photo of the pier — who took the picture?', () => false)).toBeUndefined();
  });

  it('reads nothing within a question asked in its own words, or one that still points back', () => {
    for (const asked of ['When was the Lenz bridge closed?', 'Who runs the harbour office in Porto?', 'The mayor opened the pier.', 'Someone says the ferry docked in May. When did it get there?']) expect(questionWithin(asked)).toBeUndefined();
  });
});

describe('a question asked inside a request', () => {
  const index = fixtureIndex({ 'ferry.txt': 'Ferry sinks off Porto\n\nMarch 4, 2025\n\nPORTO (Gazette) – A ferry docked at Porto on Monday after the storm, the harbour master said. The Lenz bridge was closed to traffic on Tuesday, officials said.\n' });

  it('is answered as the embedded question', () => {
    const response = answer(index, { command: 'when', text: 'Can you confirm for the caller when the Lenz bridge was closed to traffic? Please advise.' });
    expect(response.answers[0]?.text).toBe('Tuesday');
    expect(response.answers[0]?.citations[0]?.file).toBe('ferry.txt');
  });

  it('leaves a claim being checked out of the question', () => {
    const response = answer(index, { command: 'when', text: 'Claim: the ferry docked at Porto on Sunday. Check: when did it actually dock?' });
    expect(response.answers[0]?.text).toBe('Monday');
  });
});

describe('a cleft time question', () => {
  it('is asked as the clause it fronts', () => {
    expect(parseQuestion({ command: 'when', text: 'When was it that the mayor closed the pier?' }).text).toBe('When did the mayor close the pier?');
  });
});

describe('relativeWho: someone a who question describes by what they did', () => {
  it("reads on past an initial's stop ('the U.S.')", () => {
    expect(relativeWho("Who's the harbour guy who said the U.S. 'will not wait' for the council?")).toBe("who said the U.S. 'will not wait' for the council?");
  });

  it.each<[string, string]>([
    ['Who is the port secretary dear, the one who said the pier would close?', 'which official said the pier would close?'],
    ['Now the Porto gentleman, I think, who warned about the storm — what was his name again?', 'who warned about the storm?'],
    // Where the one described works, named before the word for them.
    ["Who's the voice on the radio, the Selva Harbour Trust guy who runs their dredging program?", 'who runs their dredging program at the Selva Harbour Trust?'],
  ])('%s', (asked, read) => {
    expect(relativeWho(asked)).toBe(read);
  });

  it('reads nothing after a role or a noun, which the question asked for already, nor a clause without a verb', () => {
    for (const asked of ['Who was the Porto defence minister who commented on the closure?', 'Who was the pilot who flew the plane?', 'Who is the one who is in charge?']) expect(relativeWho(asked)).toBeUndefined();
  });
});

describe('relayedQuestion: a question relayed for someone else', () => {
  it.each<[string, string]>([
    ['Line six, Hank from Harrisburg, wants to know who became the first mayor to visit Lenz since the storm.', 'who became the first mayor to visit Lenz since the storm?'],
    ['Our next caller, Vern in Visalia, wants to know when Norland carried out the raid on the port, per the Gazette.', 'when did Norland carry out the raid on the port, per the Gazette?'],
    ['Priya in Porto asks who heads the ports program. Thanks, Priya.', 'who heads the ports program? Thanks, Priya.'],
    // A count or a place relayed, and a member who "may wish to know".
    ['The honourable member asks how many ferries the port authority runs, per the Gazette.', 'how many ferries the port authority runs, per the Gazette?'],
    ['Members may wish to know on which island the ferry docked after the storm.', 'on which island the ferry docked after the storm?'],
  ])('%s', (relayed, asked) => {
    expect(relayedQuestion(relayed)).toBe(asked);
  });

  it('leaves a who clause in a statement\'s order, a question of its own and a bare "when," as they are', () => {
    for (const text of ['Denise in Duluth wants to know who the harbour master was that closed the port.', 'Hank asks who Ruiz met.', 'A patron wants to know when, relative to the Gazette story. When was the pier closed?', 'Who asks when the pier closed?']) expect(relayedQuestion(text)).toBe(text);
  });
});
