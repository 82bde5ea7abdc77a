import { describe, expect, it } from 'vitest';
import { askedAct, kindWords, roleTaken, countryUs, isFollowUp, parseQuestion, singleWordVerbs, QUESTION_RULES, requestProblem, withContext } from '../../src/answer/question.ts';
import type { Request } from '../../src/types.ts';

/** Names this test's corpus would know: a "who is" question about them asks for a profile. */
const known = new Set(['maria lopez', 'lopez', 'sec. lopez']);
const isName = (phrase: string) => known.has(phrase.toLowerCase());
const auto = (text: string): Request => ({ command: 'auto', text });

describe('parseQuestion', () => {
  it.each<[Request, Record<string, unknown>]>([
    [auto('Who is Maria Lopez?'), { kind: 'profile', subject: 'Maria Lopez' }],
    [auto("who's Sec. Lopez"), { kind: 'profile', subject: 'Sec. Lopez' }],
    [auto("what is Maria Lopez's job?"), { kind: 'profile', subject: 'Maria Lopez' }],
    [auto("what's lopez's title"), { kind: 'profile', subject: 'lopez' }],
    [auto("what is Lopez's job title?"), { kind: 'profile', subject: 'Lopez' }],
    [auto("what was Lopez's role in the port authority?"), { kind: 'profile', subject: 'Lopez' }],
    [{ command: 'when', text: "What's the publication date on the story about the Lenz floods?" }, { kind: 'articleDate', part: 'date' }],
    [auto('what does Lopez do for a living?'), { kind: 'profile', subject: 'Lopez' }],
    [auto("what is the harbour's job"), { kind: 'search' }],
    [auto('name the harbour minister'), { kind: 'role', role: 'harbour minister' }],
    // A place asked for by its kind ("which coastal town", "on which island") or by its name.
    [auto('on which island did the ferry dock?'), { kind: 'place', journey: false }],
    [auto("what's the name of the coastal town hit by the storm?"), { kind: 'place', text: 'which coastal town hit by the storm?' }],
    [auto('name of the coastal town hit by the storm?'), { text: 'which coastal town was hit by the storm?' }],
    [auto('Members may wish to know on which island the ferry docked after the storm.'), { kind: 'place' }],
    // A note after the question, which opens with a clause, asks nothing.
    [auto('after the council vote, where did the mayor go next? Segment outro.'), { kind: 'place', journey: true, text: 'where did the mayor go next after the council vote?' }],
    // "According to the passage from X": the story from X.
    [{ command: 'who', text: 'According to the passage from Lenz, which official closed the pier?' }, { kind: 'eventActor', story: 'Lenz', text: 'which official closed the pier?' }],
    // A hedge that names where the asker read of it: the story it names, or nothing.
    [{ command: 'when', text: 'On what date did the storm hit Lenz, as referred to in the Gazette report?' }, { kind: 'eventTime', story: 'Gazette' }],
    [{ command: 'when', text: "On what date did the storm hit Lenz, as mentioned in the mayor's council speeches?" }, { kind: 'eventTime', text: 'On what date did the storm hit Lenz?' }],
    [auto('identify the captain who sank the ferry'), { kind: 'role', role: 'captain who sank the ferry', asks: 'agent' }],
    [auto('Who is the harbour minister?'), { kind: 'role', role: 'harbour minister', orEvent: false }],
    [auto("who's the head of the port authority?"), { kind: 'role', role: 'head of the port authority', orEvent: false }],
    [auto('who was the commander killed in the raid?'), { kind: 'role', role: 'commander killed in the raid', orEvent: true, asks: 'patient' }],
    [auto('who was the captain who sank the ferry?'), { kind: 'role', role: 'captain who sank the ferry', orEvent: true, asks: 'agent' }],
    [auto('Who serves as the harbour minister?'), { kind: 'role', role: 'harbour minister', orEvent: false }],
    [auto('Who leads the port authority?'), { kind: 'role', role: 'leader the port authority', orEvent: true }],
    [auto('Who was running the port authority when the ferry sank?'), { kind: 'role', role: 'head the port authority', orEvent: true }],
    [auto('who said the mayor was told about the closure at the very last moment?'), { text: 'who said the mayor was told about the closure at the last minute?' }],
    [auto('who said the mayor got told about the closure super late'), { text: 'who said the mayor got told about the closure at the last minute' }],
    [auto('who directed the film?'), { kind: 'role', role: 'director the film', orEvent: true }],
    [auto('what group did Maria Lopez lead?'), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [auto('which country does Lopez represent?'), { kind: 'affiliation', person: 'Lopez', wants: 'place' }],
    [auto('which group is Maria Lopez from?'), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    // The organisation asked for by its noun: someone's affiliation, the institution at which they work, a think tank.
    [auto("what is Maria Lopez's affiliation?"), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [auto('affiliation cell for Maria Lopez — which think tank?'), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [auto('subject-matter expert Maria Lopez — establish her institutional affiliation for the sources list.'), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [{ command: 'who', text: 'Identify the institution at which Maria Lopez is stated to direct the ports program.' }, { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [auto('which think tank is Maria Lopez with?'), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [auto('what party is Lopez with'), { kind: 'affiliation', person: 'Lopez', wants: 'organization' }],
    [auto('Maria Lopez directs the port program at which institute?'), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [auto('Lopez works for which country'), { kind: 'affiliation', person: 'Lopez', wants: 'place' }],
    [auto('who talked about a harbour closure'), { kind: 'saidBy', statement: 'a harbour closure' }],
    [auto('who spoke of a harbour closure'), { kind: 'saidBy' }],
    [auto('who spoke at the harbour'), { kind: 'eventActor' }],
    [auto('who called the closure of the port "a disaster for Porto"?'), { kind: 'saidBy', statement: 'the closure of the port "a disaster for Porto"' }],
    [auto('who called for a pause?'), { kind: 'eventActor' }],
    [auto('how long has the port been closed, per the harbour office?'), { kind: 'duration', text: 'how long has the port been closed, according to the harbour office?' }],
    [auto("By Lopez's account, who closed the port?"), { kind: 'eventActor', text: 'who closed the port, according to Lopez?' }],
    [auto('how many ferries per day leave the port'), { text: 'how many ferries per day leave the port' }],
    [auto('what did Lopez tell the port council about fees'), { kind: 'quote', speaker: 'Lopez', topic: 'fees', setting: 'the port council' }],
    [auto('what did Lopez tell reporters'), { kind: 'quote', speaker: 'Lopez', topic: '' }],
    [auto('what did Lopez say about the mayor being told about the fees'), { kind: 'quote', speaker: 'Lopez' }],
    [auto('when did the flood happen that the mayor wants to make sure never happens again?'), { kind: 'eventTime', text: 'when did the flood happen that the mayor wants to make sure never happens again?' }],
    [auto('who is the mayor again?'), { text: 'who is the mayor?' }],
    [auto('who holds the copyright on the Lenz story?'), { kind: 'articleDate', part: 'copyright' }],
    [{ command: 'when', text: 'in which year was the Lenz report copyrighted?' }, { kind: 'articleDate', part: 'copyright', granularity: 'year' }],
    [auto('who is the harbour minister in the Lenz wire?'), { kind: 'role', role: 'harbour minister', story: 'Lenz' }],
    [auto('the envoy who runs the port program at the Lenz Institute — what is his name?'), { kind: 'role', text: 'who is the envoy who runs the port program at the Lenz Institute?' }],
    [auto('what city was the harbour master arrested in?'), { kind: 'place', text: 'where was the harbour master arrested?' }],
    [auto('in which town did the ferry sink?'), { kind: 'place', text: 'where did the ferry sink?' }],
    [auto('which city in Norland did the ferry sink in?'), { kind: 'place', text: 'where did the ferry sink?' }],
    [{ command: 'when', text: 'lenz floods - when exactly, gazette version' }, { kind: 'eventTime', text: 'when was lenz floods, according to gazette?' }],
    [{ command: 'when', text: 'Check: at what time of day was the blast in Lenz reported, per the Gazette?' }, { kind: 'eventTime', text: 'at what time of day was the blast in Lenz, according to the Gazette?' }],
    [auto('who is Maria Lopez, as described in the Gazette story?'), { kind: 'profile', subject: 'Maria Lopez', story: 'Gazette' }],
    // A name asked about, then more of the same person: who the name is.
    [auto("who is Maria Lopez, what's her role?"), { kind: 'profile', subject: 'Maria Lopez' }],
    [auto('who is Maria Lopez, and which institution should I attribute her to?'), { kind: 'profile', subject: 'Maria Lopez' }],
    [auto('did the port reopen on Friday? I think it did'), { text: 'did the port reopen on Friday?' }],
    [auto('who did Lenz point the finger at over the sinking?'), { kind: 'eventActor', asks: 'patient', act: 'blame', text: 'who did Lenz blame over the sinking?' }],
    // "Who is X blaming": X is the subject, whoever is blamed is asked for, however the question word is written.
    [auto('Who is Lenz pointing the finger at over the sinking?'), { kind: 'eventActor', asks: 'patient', act: 'blaming' }],
    [auto('who was the mayor going on about at the harbour?'), { text: 'who was the mayor talking about at the harbour?' }],
    [auto('who went on about the ferry?'), { text: 'who talked about the ferry?' }],
    [auto('The Gazette story from Lenz says Lopez was the harbour minister of which country?'), { kind: 'affiliation', person: 'Lopez', story: 'Gazette Lenz' }],
    [{ command: 'when', text: 'The Gazette piece says storms flooded the port on which day?' }, { kind: 'eventTime', text: 'which day did storms flood the port on?', story: 'Gazette' }],
    [auto('who was talking about a harbour closure?'), { kind: 'saidBy', statement: 'a harbour closure' }],
    [auto("who's been speaking of the strike"), { kind: 'saidBy', statement: 'the strike' }],
    [auto('According to Lopez, the harbour guards in Porto and Lyon are there to stop which group?'), { text: 'which group are the harbour guards in Porto and Lyon there to stop, according to Lopez?' }],
    // A claim to check, then the question: who said what the claim says was said; "actually", "real" only insist.
    [auto('I heard the mayor said the ferry was overloaded. Is that true? Who really said that?'), { kind: 'saidBy', text: 'who said the ferry was overloaded?' }],
    [auto('when did the ferry actually sink?'), { kind: 'eventTime', text: 'when did the ferry sink?' }],
    [auto('Who recorded "You Really Got Me"?'), { text: 'Who recorded "You Really Got Me"?' }],
    [auto('Was Lopez really arrested in Porto like my uncle says? Where was she arrested?'), { kind: 'place', text: 'Where was Lopez arrested?' }],
    [auto('Somebody told me Lopez left Lenz a week after the storm. When did she actually leave Lenz?'), { kind: 'eventTime', text: 'When did Lopez leave Lenz?' }],
    [auto('I heard it was the mayor who said the port would close. Was it him, or who actually said that?'), { kind: 'saidBy', text: 'who said the port would close?' }],
    [auto('I read that the ferry sank in November. What was the actual date?'), { kind: 'eventTime', text: 'when the ferry sank?' }],
    [auto('I heard the mayor was the first official to visit Porto after the storm. Who was it really?'), { kind: 'role', text: 'who was the first official to visit Porto after the storm?' }],
    [auto('Was it Thursday evening that floods were reported in Porto? When did they actually happen?'), { kind: 'eventTime', text: 'When did floods happen?' }],
    [auto('Someone says the raids on the Porto docks only started this summer. Since when have they really been going on?'), { kind: 'eventTime', since: true, text: 'Since when have the raids on the Porto docks been going on?' }],
    [auto('Someone told me Porto hosted Lopez. Who did she really meet there?'), { text: 'Who did Lopez meet there?' }],
    [auto('The man whose arrest in Porto drew protests — someone said he was a mayor. Who was he really?'), { text: 'Who was the man whose arrest in Porto drew protests?' }],
    [auto('what was the real date of the sinking?'), { kind: 'eventTime', text: 'what was the date of the sinking?' }],
    // A fact-checker restates the claim, then asks who made it or when: the question is of the claim.
    [auto('The claim that the port will close in May: who made it, and is she the mayor?'), { kind: 'saidBy', text: 'who said that the port will close in May?' }],
    [auto('The claim that the ferry was overloaded: which harbour official relayed that in Lenz?'), { kind: 'saidBy', describedAs: 'harbour official', text: 'which harbour official said that the ferry was overloaded in Lenz?' }],
    [auto('The claim that the ferry sank near Porto: when was that, according to the Gazette?'), { kind: 'eventTime', text: 'when the ferry sank near Porto, according to the Gazette?' }],
    [auto('Is it right that the mayor closed the port on a Monday? When was it?'), { kind: 'eventTime', text: 'when did the mayor closed the port?' }],
    [auto('The claim that raids on the docks have grown: since when, per the Gazette?'), { kind: 'eventTime', since: true, text: 'since when raids on the docks have grown, according to the Gazette?' }],
    [{ command: 'when', text: "The mayor's warning that the port would flood: when did he say it?" }, { kind: 'eventTime', text: 'when did the mayor say that the port would flood?' }],
    [auto('Our timeline puts the ferry sinking near Porto on March 8. Is that right — what date does the story give?'), { kind: 'eventTime', text: 'when the ferry sinking near Porto?' }],
    // A desk's label is no part of the question; a remark, then "who was he?", asks who the remark describes.
    [auto('Caption check: the harbour minister sacked in Lenz last week — who was he?'), { kind: 'role', text: 'who was the harbour minister sacked in Lenz last week?' }],
    [auto('Fact check for the follow-up: is Lopez among the ministers who met in Lenz?'), { text: 'is Lopez among the ministers who met in Lenz?' }],
    // Saying and blaming in other words: "placed the blame for X on Y", "was adamant that", "the line that X is credited to which official".
    [auto('Which official placed the blame for the sinking on the ferry crew?'), { kind: 'eventActor', text: 'Which official blamed the sinking on the ferry crew?' }],
    [auto('Which minister was adamant that the port would reopen?'), { kind: 'saidBy', statement: 'the port would reopen' }],
    [auto('the line that the port would reopen in May is credited to which harbour official?'), { kind: 'saidBy', describedAs: 'harbour official', statement: 'the port would reopen in May' }],
    [auto('who is the source of the denial that the port was closed?'), { kind: 'saidBy', statement: 'the port was closed' }],
    // A podcast producer sets the scene first: a tag ("right?") asks nothing; "who's that guy?" asks who the last sentence describes.
    [auto("Okay, the Lenz stuff. There's a harbour official who says the port will close. Who's that guy?"), { kind: 'saidBy', describedAs: 'harbour official', statement: 'the port will close' }],
    [auto('So Lopez is in Lenz, right? Before she met the press, who had she seen?'), { text: 'who had Lopez seen Before Lopez met the press?' }],
    [auto('Flash back to May: Lopez says the port will reopen. When did she say it?'), { text: 'When did Lopez say it?' }],
    [auto('October was quiet at the port. When did she reopen it?'), { text: 'October was quiet at the port. When did she reopen it?' }],
    [{ command: 'when', text: 'In Lenz she says flat out the port will reopen. When did she say that?' }, { kind: 'eventTime', text: 'When did she say the port will reopen in Lenz?' }],
    [auto('We need a voice from outside government for the show, not just officials. The guy from the harbour institute who said the port was doomed because Norland looked away from the coast — who is he?'), { text: 'who was the guy from the harbour institute who said the port was doomed because Norland looked away from the coast?' }],
    [auto("In the Lenz piece Lopez does the talking, but then the harbour guy talks about keeping the ferries safe. Who's the harbour guy?"), { kind: 'saidBy', describedAs: 'harbour guy', text: 'which harbour guy talks about keeping the ferries safe?' }],
    [auto('The blast at al Selva — Lopez says she is sure who is behind it. Who does she pin it on?'), { kind: 'eventActor', act: 'blame', text: 'Who does Lopez blame it on?' }],
    // A homework sheet's questions: the article as a whole is no source; quoted words are what was said;
    // "someone" in the remark stands where the one asked for does; a quoted description names whom it describes.
    [auto('For my homework: who is Maria Lopez, according to the article?'), { kind: 'profile', subject: 'Maria Lopez' }],
    [auto('Who told reporters "the port will stay shut" about the storm?'), { kind: 'saidBy', statement: 'the port will stay shut' }],
    [auto('Lopez had already been in talks with someone before her Lenz press conference. Who was it?'), { text: 'who had Lopez already been in talks with before her Lenz press conference?' }],
    [auto('Lopez met someone in Lenz on Friday. Who was it?'), { text: 'who did Lopez met in Lenz on Friday?' }],
    [auto('The article calls someone "the harbour minister of Norland". Who is that?'), { kind: 'role', text: 'who is the harbour minister of Norland?' }],
    // "Lopez cabinet" after "which member of the" is no subject before a verb: no "did" is put in.
    [auto('Which member of the Lopez cabinet was sure the port would reopen?'), { text: 'Which member of the Lopez cabinet was sure the port would reopen?' }],
    // Chat names the story it is reading, then asks, often without a question mark.
    [auto('ok so the gazette thing. who closed the port'), { kind: 'eventActor', text: 'who closed the port?', story: 'gazette' }],
    [auto('reading the lenz one rn. who is the harbour minister?'), { kind: 'role', story: 'lenz' }],
    // A story named as a label before the question: "gazette story, …", "lenz piece: …".
    [auto('gazette story, when lopez close the port?'), { kind: 'eventTime', story: 'gazette' }],
    [auto('lenz piece: who closed the port after the storm?'), { kind: 'eventActor', text: 'who closed the port after the storm?', story: 'lenz' }],
    // A translator's questions: who a quoted description names.
    [auto('The Gazette story credits "the harbour minister of Norland". Who does that phrase refer to?'), { kind: 'role', text: 'who is the harbour minister of Norland?', story: 'Gazette' }],
    [auto('In the Lenz report, who carries the title "the port director of Porto"?'), { kind: 'role', text: 'who is the port director of Porto?' }],
    [auto('How is "the senior harbour official" named in the Lenz text?'), { kind: 'role', text: 'who is the senior harbour official?' }],
    // An analyst's terse remarks, then only the kind of answer: when or who the remark's thing was.
    [auto('Trigger event for the trip, the Porto storm — date of loss?'), { kind: 'eventTime', text: 'when was the Porto storm?' }],
    [auto('Alleged flooding in Lenz — timing?'), { kind: 'eventTime', text: 'when was the alleged flooding in Lenz?' }],
    [auto('Outside voice on the Lenz coverage, the harbour institute guy — who?'), { text: 'who is the harbour institute guy?' }],
    [auto('Roughly 150 boats stuck in port — who is holding them?'), { text: 'who is holding roughly 150 boats stuck in port?' }],
    // A remark that tells something is no thing for the question's pronoun.
    [auto('someone told me the ministers met in Porto — where did they actually meet?'), { text: 'where did they meet?' }],
    // Business shorthand: "as of when", "— since when", a readout, "the source saying", the side a speaker is on.
    [auto('Lenz readout: as of when did the port reopen?'), { kind: 'eventTime', text: 'when did the port reopen?', story: 'Lenz' }],
    [auto('Flood warnings in Porto — since when?'), { kind: 'eventTime', since: true, text: 'since when have there been flood warnings in Porto?' }],
    [auto("who's the source saying the port will stay shut?"), { kind: 'saidBy', statement: 'the port will stay shut' }],
    [auto('who on the harbour side says the port will stay shut?'), { kind: 'saidBy', text: 'who says the port will stay shut?' }],
    // A story opening the question before a fronted phrase; an owned claim asked in place; a saying then "what day was that".
    [auto('In the Lenz story, on what date did Lopez close the port?'), { kind: 'eventTime', text: 'on what date did Lopez close the port?', story: 'Lenz' }],
    [auto("The mayor's caution that the port would stay shut was voiced on which date?"), { kind: 'eventTime', text: 'when did the mayor say that the port would stay shut?' }],
    [auto('So at the end of the Lenz meeting she says the port will reopen. What day was that?'), { kind: 'eventTime', text: 'when did she say the port will reopen at the end of the Lenz meeting?' }],
    // A time asked by its span or point ("within what timeframe", "at what hour", "from what point"), and "when" asked last.
    [auto('Within what timeframe, according to the Lenz report, was the council formed?'), { kind: 'eventTime', text: 'when was the council formed?', story: 'Lenz' }],
    [auto('At what hour did Lopez set out for Porto?'), { kind: 'eventTime', text: 'when did Lopez set out for Porto?' }],
    [auto('From what point, according to the Lenz report, has Porto seen flooding?'), { kind: 'eventTime', since: true, text: 'since when has Porto seen flooding?' }],
    // "what time period" asks for a span itself, which the rules read as written.
    [auto('During what time period did the Lenz council rule the port?'), { text: 'During what time period did the Lenz council rule the port?' }],
    [auto('The feud between Lenz and Porto has grown more bitter over what stretch of time?'), { kind: 'eventTime', text: 'when has The feud between Lenz and Porto grown more bitter?' }],
    // Not of a saying: "over what period did X say Y" asks Y's span, which the passage's words answer.
    [auto('Over what period did Lopez say relief steps had been taken?'), { text: 'what period did Lopez say relief steps had been taken over?' }],
    // A compliance memo's requests and hedges.
    [auto('Identify the official who, as stated in the Lenz report, closed the port.'), { kind: 'role', text: 'who is the official who closed the port?', story: 'Lenz' }],
    [auto('Provide the name of the harbour master reportedly arrested in Porto.'), { text: 'who is the harbour master arrested in Porto?' }],
    [auto('Specify when, per the Lenz report, the port reopened.'), { kind: 'eventTime', story: 'Lenz' }],
    [auto('State the date on which the ferry reportedly sank.'), { kind: 'eventTime' }],
    [auto('Specify the time frame in which blasts were reported in Lenz.'), { kind: 'eventTime', text: 'when blasts were reported in Lenz?' }],
    [auto('State the date of the storm that closed the port.'), { kind: 'eventTime', text: 'when was the storm that closed the port?' }],
    [auto('Specify which country Norland has blamed for the blockade.'), { kind: 'eventActor', asks: 'patient', text: 'which country has Norland blamed for the blockade?' }],
    [auto('Identify the individual credited with additional reporting.'), { kind: 'credit' }],
    [auto('State the number of guards the port employs.'), { kind: 'search', figure: true }],
    [auto('Provide the reported casualty figures from the Lenz floods.'), { text: 'what is the reported casualty figures from the Lenz floods?' }],
    [auto('Please state the reported value of the aid Lenz requested.'), { kind: 'search', text: 'what is the reported value of the aid Lenz requested?' }],
    // A gaming server's slang: asides and tags that ask nothing, "what exactly", "what city was X in".
    [auto("who's the harbour guy in the lenz story tho, the one blaming the storm"), { text: "who's the harbour guy blaming the storm", story: 'lenz' }],
    [auto('so who was behind the raid on porto, did they ever say'), { text: 'who was behind the raid on porto?' }],
    [auto('which lenz port got flooded ngl i forgot'), { text: 'which lenz port got flooded' }],
    [auto('the porto feud is fought thru what exactly'), { text: 'the porto feud is fought through what' }],
    [auto('what city was lopez in for the summit'), { kind: 'place', text: 'where was lopez for the summit' }],
    [auto('which city is described in the Lenz story as a rare haven?'), { text: 'which city is a rare haven?', story: 'Lenz' }],
    // A check after the question, or a second question after a name asked, asks nothing more.
    [auto('Who closed the port of Lenz — is that attributed to the harbour board?'), { text: 'Who closed the port of Lenz?' }],
    [auto('Who is the harbour minister of Norland, full name, and what post does he hold?'), { kind: 'role', text: 'Who is the harbour minister of Norland?' }],
    [auto('who was the other reporter on the Gazette story?'), { kind: 'credit', credit: 'reporting' }],
    // A photo credit's name asked by way of its caption is the photo's credit, not the page's caption line.
    [{ command: 'who', text: 'The Gazette caption ends "…/Gazette". Whose name stands before the slash in that photo credit?' }, { kind: 'credit', credit: 'photo' }],
    [{ command: 'who', text: 'the Gazette picture caption ends with a name and then /Gazette. Whose name is that?' }, { kind: 'credit', credit: 'photo' }],
    // A librarian's citation requests: the one "named as" a title, the date "given for" an event or on a story, where in a story.
    [auto('In the Lenz piece, who is the person named as Norland harbour minister?'), { kind: 'role', text: 'who is the Norland harbour minister?', story: 'Lenz' }],
    [auto('Near the end of the Lenz piece, who is the analyst cited as heading the port institute?'), { kind: 'role', text: 'who is the analyst heading the port institute?', story: 'Lenz' }],
    [auto('which body is named as saying the port would close?'), { text: 'which body said the port would close?' }],
    [auto('which body is cited as the source for the toll of 300?'), { text: 'which body said 300?' }],
    [auto('Per the Lenz piece, what date is given for the storm that closed the port?'), { kind: 'eventTime', text: 'when was the storm that closed the port?' }],
    [auto('What is the date given on the Gazette article about the storm?'), { kind: 'articleDate', part: 'date' }],
    [auto('Specify any new fees that the port reportedly set.'), { text: 'which new fees that the port set?' }],
    // An event's end is no place in a story.
    [auto('who spoke at the end of the Lenz summit?'), { text: 'who spoke at the end of the Lenz summit?' }],
    // A veteran's asides after the question, a hypothesis to confirm, and "name him".
    [auto("Who's holding the ferry crews? Want the party named in the Lenz article."), { text: "Who's holding the ferry crews?", story: 'Lenz' }],
    [auto('When did Lopez meet the envoy? My guess is before the summit.'), { kind: 'eventTime', text: 'When did Lopez meet the envoy?' }],
    [auto('Hypothesis to confirm: it was the harbour minister, not anybody in Porto, who let slip that the port would close. Name him.'), { kind: 'role', text: 'who is the harbour minister who said that the port would close?' }],
    [auto('who lets slip the port will close?'), { kind: 'saidBy', text: 'who says the port will close?' }],
    // A cross-examiner's premise ("Isn't it a fact that P?", "I put it to you that P.", "Let the record reflect P.") is a remark the question leans on; words to the witness ask nothing.
    [{ command: 'who', text: "Isn't it a fact that the storm killed the chief engineer of the port in Lenz? Name that engineer for the court." }, { kind: 'eventActor', text: 'which chief engineer of the port in Lenz did the storm kill?' }],
    [{ command: 'who', text: 'I put it to you that Norland\'s harbour minister claimed the port was "closed at the last minute". And who, precisely, is that harbour minister?' }, { kind: 'role', role: "Norland's harbour minister" }],
    [{ command: 'who', text: 'Let the record reflect someone said "the port will reopen" about the Lenz floods. Who, precisely, said it?' }, { kind: 'saidBy', text: 'who said "the port will reopen" about the Lenz floods?' }],
    [{ command: 'who', text: 'Prior to the summit, Lopez had already been in talks with someone. For the record, with whom?' }, { kind: 'eventActor', asks: 'patient', text: 'who had Lopez already been in talks with before the summit?' }],
    [{ command: 'who', text: 'But who, precisely, was the ministry sure was behind the Lenz blockade?' }, { kind: 'eventActor', act: 'behind', otherActors: ['the ministry'], text: 'who was behind the Lenz blockade' }],
    [{ command: 'when', text: 'And when, precisely, did the floods hit Lenz? Give the court the day, witness, not your impressions.' }, { kind: 'eventTime', text: 'when did the floods hit Lenz?' }],
    [{ command: 'when', text: 'On what date did the Lenz summit open? The opening day, witness, not the close.' }, { kind: 'eventTime', text: 'On what date did the Lenz summit open?' }],
    [{ command: 'when', text: "when did the port reopen? Use the article's own words." }, { kind: 'eventTime', text: 'when did the port reopen?' }],
    // A remark that holds the question, then only its question word.
    [auto("Isn't it true the Lenz piece says how many sailors are among the 300 passengers? How many?"), { kind: 'search', figure: true, text: 'how many sailors are among the 300 passengers?', story: 'Lenz' }],
    // Dictation: a self-correction, numbers spoken in words, a cleft, an afterthought saying which ones.
    [{ command: 'who', text: "who's the photographer no wait i mean the editor on the lenz story" }, { kind: 'credit', credit: 'editing' }],
    [{ command: 'who', text: 'hey which country hosts twenty five hundred norland troops' }, { text: 'which country hosts 2,500 norland troops' }],
    // Not millions, which broadcast copy writes in words too, nor a number without hundreds or thousands.
    [{ command: 'who', text: 'who paid seventy million dollars for a house in Lenz?' }, { text: 'who paid seventy million dollars for a house in Lenz?' }],
    [{ command: 'who', text: 'who sent twenty five troops to Lenz?' }, { text: 'who sent twenty five troops to Lenz?' }],
    [{ command: 'who', text: 'who was it that blamed the gang for the lenz blockade' }, { kind: 'eventActor', act: 'blamed', text: 'who blamed the gang for the lenz blockade' }],
    [{ command: 'when', text: 'when was the lenz blockade on monday, sorry, tuesday' }, { text: 'when was the lenz blockade on tuesday' }],
    [{ command: 'who', text: 'who said sorry to the families' }, { kind: 'saidBy', text: 'who said sorry to the families' }],
    [auto('where were the rockets fired from the ones the navy shot down near lenz'), { kind: 'place', origin: true, text: 'where were the rockets the navy shot down near lenz fired from' }],
    // A chatty asker's asides: a greeting before the question; after it, what they tell of themselves, a guess or a check, thanks.
    [{ command: 'who', text: 'Good afternoon. Who is the harbour minister of Norland? My grandson says he was at the Lenz summit.' }, { kind: 'role', text: 'Who is the harbour minister of Norland?' }],
    [{ command: 'who', text: "Who has Norland blamed for Mr. Rook's death? My grandson tried to explain it to me but I got muddled." }, { kind: 'eventActor', text: "Who has Norland blamed for Rook's death?" }],
    [{ command: 'when', text: "When did Mr. Lopez visit Lenz? I'd like the date if you have it, please." }, { kind: 'eventTime', text: 'When did Lopez visit Lenz?' }],
    [{ command: 'who', text: 'Who has been shelling the pier? The paper said they were backed by Norland.' }, { text: 'Who has been shelling the pier?' }],
    [{ command: 'when', text: 'The council condemned some attack on Lenz. Was that recently? When did it take place, please?' }, { kind: 'eventTime', text: 'When did the attack on Lenz take place?' }],
    [{ command: 'who', text: 'Who is the harbour minister? Lopez, is it?' }, { kind: 'role', text: 'Who is the harbour minister?' }],
    [{ command: 'when', text: 'When did Lopez fly to Lenz in the Gazette story? I read he flew off in the evening, or have I got that wrong?' }, { kind: 'eventTime', text: 'When did Lopez fly to Lenz?', story: 'Gazette' }],
    [{ command: 'who', text: 'Hello dear, I read in the paper about a man who runs the port institute. Could you tell me who that is, please?' }, { text: 'which man runs the port institute?' }],
    // A check that says something stays as the question's remark.
    [{ command: 'when', text: 'Is it right that the storm hit Lenz on a weekday? What day was it actually?' }, { text: 'Is it right that the storm hit Lenz on a weekday. What day was it?' }],
    // The same question again in other words; where the speaker stood before the saying; an appositive guy doing something.
    [{ command: 'who', text: "who is Norland pinning the blockade on? who's getting flagged for the foul" }, { text: 'who is Norland blaming the blockade on?' }],
    [{ command: 'who', text: 'who was at the mic in Lenz saying the port would reopen within days?' }, { kind: 'saidBy', text: 'who said the port would reopen within days, at the mic in Lenz?' }],
    [{ command: 'who', text: "who's Norland's harbour minister, the guy threatening to close the port?" }, { kind: 'role', role: "Norland's harbour minister threatening to close the port" }],
    // What a story says, as a remark ("The article says … from a gang. Which gang?"); "what was the X like"; "Mr." ends no sentence; "have been released".
    [{ command: 'who', text: 'The article says the rockets at Lenz came from a Norland-backed gang. Which gang was it, by name?' }, { text: 'which Norland-backed gang did the rockets at Lenz come from, in the article?' }],
    [auto('What was the weather like in Lenz during the summit?'), { kind: 'search', asked: ['weather'] }],
    [{ command: 'who', text: 'Who is the harbour minister who met Mr. Lopez when he landed in Lenz?' }, { kind: 'role', role: 'harbour minister who met Lopez when he landed in Lenz' }],
    [auto('How many of the guards have been released so far?'), { kind: 'search', figure: true, asked: ['guards'], act: 'released' }],
    // A shared claim to check ("a post says X — …"): the question after the dash, with what it points back at in the claim.
    [{ command: 'when', text: 'a post says the Lenz blockade happened on Sunday — what day was it really?' }, { kind: 'eventTime', text: 'when the Lenz blockade happened?' }],
    [{ command: 'who', text: 'post claims Sarnia openly took credit for the Lenz rocket attack — who does Lopez say was behind it?' }, { kind: 'eventActor', act: 'behind', otherActors: ['Lopez'], text: 'who was behind the Lenz rocket attack' }],
    [{ command: 'who', text: "tweet attributes the 'port will reopen' line to Lopez — who actually said it?" }, { kind: 'saidBy', text: 'who said "port will reopen"?' }],
    [{ command: 'who', text: 'a viral post says the envoy was killed in Lenz — who does the coverage say was killed in Porto?' }, { kind: 'eventActor', text: 'who was killed in Porto' }],
    // The story a claim names goes with a question that names none.
    [{ command: 'who', text: "thread says Ana Lind edited the Gazette Lenz piece — who's actually listed on the editing credit?" }, { kind: 'credit', credit: 'editing', text: "who's listed on the editing credit, in the Gazette Lenz piece?" }],
    // A bracketed aside of three words or more asks nothing; "(G7)" stays.
    [{ command: 'when', text: 'In what year was the Lenz port built (a background note for my chapter on the harbour)?' }, { kind: 'eventTime', text: 'In what year was the Lenz port built?' }],
    [{ command: 'when', text: 'When did the Strait Council (SC) meet in Lenz?' }, { kind: 'eventTime', text: 'When did the Strait Council (SC) meet in Lenz?' }],
    // A desk's shorthand for titles.
    [{ command: 'who', text: 'who is the def sec in the lenz story' }, { kind: 'role', role: 'defense secretary' }],
    [{ command: 'who', text: "who's the sec state that kept getting grilled at the lenz presser" }, { text: "who's the secretary of state that kept getting grilled at the lenz presser" }],
    [{ command: 'when', text: 'When did the Secretary of State speak in Lenz?' }, { text: 'When did the Secretary of State speak in Lenz?' }],
    // The date on a story's dateline is its date; the dateline alone is where it was filed.
    [{ command: 'when', text: 'What date appears on the dateline of the Gazette story filed from Lenz?' }, { kind: 'articleDate', part: 'date' }],
    [{ command: 'when', text: 'What is the date given in the dateline of the Lenz Gazette dispatch?' }, { kind: 'articleDate', part: 'date' }],
    [auto('What is the dateline of the Lenz Gazette dispatch?'), { kind: 'articleDate', part: 'place' }],
    // "Which country does the story call X?" asks which is so described, in that story.
    [{ command: 'who', text: 'Which country does the Gazette story call a rare ally to both Norland and Tarvia?' }, { text: 'Which country is a rare ally to both Norland and Tarvia?', story: 'Gazette' }],
    // "name of the X" after a chat's aside and a dash asks who the X is.
    [{ command: 'who', text: 'quick spell check for the sidebar — name of the harbour master sacked in Porto, per the Gazette story?' }, { text: 'who is the harbour master sacked in Porto?', story: 'Gazette' }],
    // A story named after its word ("in article of the Gazette") is the story asked of, as "in the Gazette article".
    [{ command: 'who', text: 'In article of Harbour Times, who was calling for a ferry strike earlier in the week?' }, { kind: 'eventActor', story: 'Harbour Times', text: 'who was calling for a ferry strike earlier in the week?' }],
    // "From which city is X datelined?" asks the dateline's place, not where anything came from.
    [auto('from which city is the May 3 Gazette dispatch on the harbour strike datelined?'), { kind: 'articleDate', part: 'place' }],
    [auto('in which town was the Gazette story on the ferry filed?'), { kind: 'articleDate', part: 'place' }],
    // "what did X say it had seized" asks what X seized, by its own telling; "what did X say it said" stays a saying.
    [auto('what did the Lenz police say they had seized?'), { kind: 'search', act: 'seized', text: 'what had the Lenz police seized?' }],
    [auto('what did the Lenz police say they said?'), { text: 'what did the Lenz police say they said?' }],
    // … wherever the question stands, and what X said it would do: what it will do.
    [auto('Per the Gazette, what did the Lenz police say they captured after the raid? something on a boat?'), { kind: 'search', act: 'captured', text: 'what had the Lenz police captured after the raid? something on a boat, according to the Gazette?' }],
    [auto('what did Tarvia say it would send to the border?'), { kind: 'search', act: 'send', text: 'what will Tarvia send to the border?' }],
    [auto('what did Tarvia say it would do about the border?'), { kind: 'quote' }],
    // "What will the United States send …" asks what it sends, not which state.
    [auto('What will the United States send to the region?'), { kind: 'search' }],
    // A reporter the story tells of is not its credited reporter.
    [{ command: 'who', text: 'who was the reporter that kept asking Lopez about the port at the news conference?' }, { kind: 'eventActor' }],
    // A /quote topic's closing occasion says which stories, not what was said: its names are the setting.
    [{ command: 'quote', speaker: 'Lopez', topic: 'keeping the port open at the Lenz close-out' }, { kind: 'quote', topic: 'keeping the port open', setting: 'Lenz' }],
    [{ command: 'quote', speaker: 'Lopez', topic: 'the port at the close of the meeting' }, { kind: 'quote', topic: 'the port' }],
    // A catalogue's "surname, given name" and a field's underscores.
    [{ command: 'quote', speaker: 'Lopez, Maria', topic: 'pier_closure / harbour fees' }, { kind: 'quote', speaker: 'Maria Lopez', topic: 'pier closure / harbour fees' }],
    // "first" before a named one's saying or calling for only insists; before another act it asks a start, and stays.
    [auto('when had Mayor Ruiz first called for the curfew?'), { kind: 'eventTime', text: 'when had Mayor Ruiz called for the curfew?' }],
    [auto('when did Ruiz first take command of the port?'), { kind: 'eventTime', text: 'when did Ruiz first take command of the port?' }],
    [auto('who first suggested the curfew?'), { text: 'who first suggested the curfew?' }],
    // The coverage a question is asked of ("in all those stories about X,") goes, with its comma.
    [{ command: 'who', text: 'In all those stories about the storm in Lenz, who was the harbour minister?' }, { kind: 'role', text: 'who was the harbour minister?' }],
    // A log's label in capitals goes; its shorthand ("atk", "pers", "W Lenz") is spelt out; "ID req on the X" asks who the X is.
    [{ command: 'when', text: 'TIMELINE REQ: Ostmark cross-border raid on Kell — date of incident?' }, { kind: 'eventTime', text: 'when was the ostmark cross-border raid on Kell?' }],
    [{ command: 'when', text: 'INCIDENT: rocket atk on Kell harbour, W Norland, 7 pers wounded. Time of occurrence — day/date?' }, { kind: 'eventTime', text: 'when was rocket attack on Kell harbour, western Norland, 7 personnel wounded?' }],
    [{ command: 'who', text: 'ID req on the senior harbour cmdr killed in the Kell raid.' }, { kind: 'role', role: 'senior harbour commander killed in the Kell raid' }],
    // A headline in capitals throughout keeps its topic.
    [{ command: 'when', text: 'KELL RAID: DATE.' }, { kind: 'eventTime' }],
    // "who were the two pilots injured in X" asks for whoever underwent it.
    [{ command: 'who', text: 'who were the two pilots injured in the Kell raid?' }, { kind: 'eventActor', asks: 'patient' }],
    // A remark's "a dozen" is its count; the question asks how many there were.
    [auto('I heard a dozen unfired flares were recovered from the Kell harbour. How many does the article say?'), { kind: 'search', figure: true, text: 'how many unfired flares were recovered from the Kell harbour?' }],
    // A story's past "did say" is its telling, not a saying of its own.
    [{ command: 'when', text: 'When did the Gazette story say the storm closed the pier?' }, { kind: 'eventTime', story: 'Gazette', granularity: 'day' }],
    // "What figure does the story give?" asks the figure the remark before it names.
    [auto('the draft says Lenz hosts 3,500 ferry workers. What figure does the Harbour Times story give?'), { kind: 'search', figure: true }],
    // A question in another language, opened by its own mark, beside the one asked in English.
    [{ command: 'who', text: '¿Quién cerró el puerto? Who closed the port of Lenz — el alcalde, ¿cómo se llama?' }, { kind: 'eventActor', act: 'closed', text: 'Who closed the port of Lenz — el alcalde,' }],
    // A template's slots ask the question.
    [{ command: 'when', text: "lookup: event_time(event='storms close the Lenz pier', source='Gazette')" }, { kind: 'eventTime', story: 'Gazette', text: 'when did storms close the Lenz pier?' }],
    // The story a short question names after a comma leaves its pronoun standing for the remark.
    [auto('The harbour closure that stranded the ferries: when was that announced, per the Lenz report?'), { kind: 'eventTime', text: 'when was the harbour closure that stranded the ferries announced?', story: 'Lenz' }],
    // A place a label names goes with a question that leaves it out; not into a "where" question, nor from a told claim.
    [auto('Night of the Porto storm: when did the sirens go off?'), { kind: 'eventTime', text: 'when did the sirens go off in Porto?' }],
    [auto('someone told me the ferries sailed from Porto — where did they sail from?'), { kind: 'place', text: 'where did they sail from?' }],
    // "highest-ranking" is news's "most senior".
    [auto('who was the highest-ranking Norland official to visit Lenz?'), { kind: 'role', text: 'who was the most senior Norland official to visit Lenz?' }],
    [auto('the porto floods. who downplayed it'), { kind: 'eventActor', text: 'who downplayed the porto floods?' }],
    [auto("who's the harbour guy saying the port won't reopen"), { kind: 'saidBy', describedAs: 'harbour guy', text: 'which harbour guy said the port will not reopen' }],
    // A night editor's terse requests.
    [auto("Lopez's deputy in the Gazette write-up, name pls."), { text: "who is Lopez's deputy?", story: 'Gazette' }],
    [auto('harbour minister who closed the port — name.'), { kind: 'role', text: 'who is harbour minister who closed the port?' }],
    [auto('Need the harbour minister, full name.'), { kind: 'role', role: 'harbour minister' }],
    [auto('Give me who Lopez is blaming for the sinking.'), { kind: 'eventActor', text: 'who is Lopez blaming for the sinking.' }],
    [{ command: 'when', text: "Timing of the port's closure, per the Gazette story." }, { kind: 'eventTime', text: "when was the port's closure." }],
    [{ command: 'who', text: 'Reporters credited on the Gazette story?' }, { kind: 'credit', credit: 'reporting', text: 'who are the reporters credited on the Gazette story?' }],
    [auto('where in Norland is the Lenz port?'), { text: 'where is the Lenz port?' }],
    // The source of a claim or a figure is whoever said it.
    [auto('who is the source of the figure of 300 missing?'), { kind: 'saidBy', statement: '300 missing', text: 'who said 300 missing?' }],
    [auto('which official is the source of the claim that the port will reopen?'), { kind: 'saidBy', describedAs: 'official', statement: 'the port will reopen' }],
    [auto('whose statement is the source for the detail that two ferries sank?'), { kind: 'saidBy', statement: 'two ferries sank' }],
    [auto('who gave the figure of 1,200 dead?'), { kind: 'saidBy', statement: '1,200 dead' }],
    [auto('who came up with the port death toll figure?'), { kind: 'saidBy', statement: 'port death toll' }],
    [auto('who gave the order to close the port?'), { kind: 'eventActor' }],
    [auto('who came up with the name for the mp3 player?'), { kind: 'eventActor' }],
    [{ command: 'when', text: 'When did Lenz law recognize copyright?' }, { kind: 'eventTime' }],
    [auto('in the harbour story, who is the source of the figure of 1,200 dead?'), { kind: 'saidBy', statement: '1,200 dead', story: 'harbour' }],
    // A guess after the question is the asker's, not part of what is asked.
    [auto('who closed the port, was it the navy?'), { text: 'who closed the port?' }],
    [auto('When, according to the Gazette, did that ferry sink?'), { text: 'When did that ferry sink, according to the Gazette?' }],
    [auto("when did the ferry sink, I'm thinking 2019?"), { kind: 'eventTime', text: 'when did the ferry sink?' }],
    [auto('how many ferries sailed a day, like a hundred?'), { text: 'how many ferries sailed a day?' }],
    // "remind me" is a courtesy; the copula it leaves after its subject goes back before it.
    [auto('Remind me who the harbour minister was who closed the port?'), { kind: 'role', text: 'who was the harbour minister who closed the port?' }],
    [auto('remind me when the ferry sank'), { kind: 'eventTime' }],
    // Someone described by what they did, then asked for by name.
    [auto('There was some port official who said the ferry was overloaded, who was that again?'), { kind: 'saidBy', describedAs: 'port official', text: 'which port official said the ferry was overloaded?' }],
    [auto('I think the harbour captain got arrested in Porto, remind me of his name?'), { text: 'which harbour captain got arrested in Porto?' }],
    [auto('Apart from the two guards, who else was hurt in the raid?'), { kind: 'eventActor', asks: 'patient', act: 'hurt', text: 'who was hurt in the raid, besides the two guards?' }],
    [auto('who else signed the pact'), { kind: 'eventActor', act: 'signed', text: 'who signed the pact' }],
    [auto('who heads the port, according to the Gazette story from Lenz?'), { kind: 'role', text: 'who heads the port?', story: 'Gazette Lenz' }],
    [auto('which group took the pier, according to the story on the Lenz siege'), { kind: 'eventActor', story: 'the Lenz siege' }],
    [auto('Which Norlandian minister is quoted in the Gazette story?'), { kind: 'role', role: 'Norlandian minister', story: 'Gazette' }],
    [auto('which ferry was quoted'), { kind: 'search' }],
    [auto('when exactly did the ferry sink'), { kind: 'eventTime', act: 'sink', text: 'when did the ferry sink' }],
    [auto('Who is credited with writing the Gazette story?'), { kind: 'credit', credit: 'writing' }],
    [auto('which gazette reporters covered the ferry launch'), { kind: 'credit', credit: 'reporting' }],
    [auto('what does Maria Lopez do, who is she'), { kind: 'profile', subject: 'Maria Lopez' }],
    [auto("who's lopez meeting in Lenz"), { kind: 'eventActor', asks: 'patient', act: 'meeting', text: "who's Lopez meeting in Lenz" }],
    [auto('critics called it a disaster - when did the Kell ferry sink?'), { kind: 'eventTime', text: 'when did the Kell ferry sink?' }],
    // A question after a dash that points back at the remark asks of it.
    [auto("Rook's Lenz remarks on the strait - which day were they made?"), { kind: 'eventTime', text: "which day were Rook's Lenz remarks on the strait made?" }],
    [auto('the Kell ferry sinking - what was the date?'), { kind: 'eventTime', text: 'what was the date of the Kell ferry sinking?' }],
    // A label before a colon: the question after it, with the story the label names.
    [auto('Timeline check on the Gazette Porto report: on what date did Lopez close the port?'), { kind: 'eventTime', text: 'on what date did Lopez close the port?', story: 'Gazette Porto' }],
    [auto('Fact-check for the dpa piece: when did Lopez close the port?'), { kind: 'eventTime', story: 'dpa' }],
    [auto('Before we run the caption: in the story on the ferry, who is named as the harbour minister?'), { story: 'the ferry' }],
    // A long question's "that" opens its own clause; it does not stand for the remark.
    [auto('For the port item: when did the navy announce the removal of eight mines that were never laid?'), { kind: 'eventTime', text: 'when did the navy announce the removal of eight mines that were never laid?' }],
    // A source set off inside the question goes after it; chat's "when'd" is "when did".
    [auto('On which day, per the Gazette, did Lopez close the port?'), { text: 'On which day did Lopez close the port, according to the Gazette?' }],
    [auto("when'd lopez close the port"), { kind: 'eventTime', text: 'when did Lopez close the port' }],
    // A question typed without its auxiliary, or with "who" before a bare irregular verb, is asked as English writes it.
    [auto('when Maria Lopez close the port?'), { kind: 'eventTime', text: 'when did Maria Lopez close the port?' }],
    [auto('what kind of ship Lopez want to buy?'), { text: 'what kind of ship did Lopez want to buy?' }],
    [auto('what did Lopez say about the port?'), { kind: 'quote', speaker: 'Lopez' }],
    [auto('when the port closed?'), { text: 'when the port closed?' }],
    [auto('who write the Gazette story?'), { kind: 'credit', credit: 'writing' }],
    [auto('who writes the Gazette story?'), { kind: 'credit', credit: 'writing' }],
    // A story named only by its outlet after "as reported by" is that outlet's story.
    [{ command: 'when', text: 'Chronology annex, item 15: on which day did the council close the pier, as reported by Harbour Times?' }, { kind: 'eventTime', story: 'Harbour Times' }],
    // A figure asked for by what it counts, with a question word or without.
    [auto('what ferries-per-day figure did Lopez give at the Porto briefing?'), { kind: 'search', figure: true, asked: ['ferries'] }],
    [auto('daily ferry figure Lopez gave at the Porto briefing?'), { kind: 'search', figure: true }],
    // A credit line named as the page prints it, or its role in other words.
    [{ command: 'who', text: "Who gets the 'Writing by' credit on the Gazette Porto file?" }, { kind: 'credit', credit: 'writing' }],
    [{ command: 'who', text: 'the Gazette Porto article, which Gazette person actually wrote it up' }, { kind: 'credit', credit: 'writing' }],
    [{ command: 'who', text: 'Who copy-edited the Gazette Porto piece?' }, { kind: 'credit', credit: 'editing' }],
    [{ command: 'who', text: 'Gazette Porto picture: whose name goes on the cutline?' }, { kind: 'credit', credit: 'photo' }],
    // A story named without its article; a preposition before it belongs to the question ("on the photo").
    [auto('who is on the photo in Tide Gazette story?'), { text: 'who is on the photo?', story: 'Tide Gazette' }],
    // A remark, then a question: "that attack" is the attack the remark names; a question of its own stands alone, in the remark's story.
    [auto("Lopez's May visit came after a Norland attack on Porto. When was that attack?"), { kind: 'eventTime', text: 'When was the Norland attack on Porto?' }],
    [auto('The Gazette says Lopez would not confirm a purported Norland strike on Porto. When did that purported strike take place?'), { kind: 'eventTime', act: 'strike', text: 'When did the purported Norland strike on Porto take place?' }],
    [auto('when was the alleged Norland raid on Porto'), { kind: 'eventTime', act: 'raid' }],
    [auto('The Gazette says the navy shot down missiles fired at Porto. Where were those missiles fired from?'), { kind: 'place', origin: true, text: 'Where were the missiles fired from?' }],
    [auto('The Tide Gazette story says the port closed in May. Who closed the port after the storm?'), { text: 'Who closed the port after the storm?', story: 'Tide Gazette' }],
    // A remark that says what the story lists or mentions names the story a question of its own is asked of.
    [auto('The Tide Gazette story lists its reporters at the end. Who is credited with the editing?'), { kind: 'credit', credit: 'editing', text: 'Who is credited with the editing, in The Tide Gazette story?' }],
    [auto('The port closed in May. When did it reopen?'), { text: 'The port closed in May. When did it reopen?' }],
    // "they" of an event the remark names, and "what does X say about when …".
    [auto('The Gazette story mentions blasts in a Norland port. When did they happen?'), { kind: 'eventTime', text: 'When did the blasts in a Norland port happen?' }],
    [{ command: 'when', text: 'Our draft says the blasts happened at noon. What does the Gazette actually say about when they went off?' }, { kind: 'eventTime', text: 'when the blasts went off, according to the Gazette' }],
    // A remark that describes someone, then "who was that?" / "what was his name?": the description is asked for, in place.
    [auto('A senior Norland commander was also killed in the raid. What was his name?'), { kind: 'eventActor', text: 'which senior Norland commander was also killed in the raid?' }],
    [auto('There was an expert in the story about the ferry who said the port is in decline. Who was that?'), { kind: 'saidBy', describedAs: 'expert', statement: 'the port is in decline' }],
    // "full name?" after a story's mention of someone by a possessor and a participle; "what's the first name of X" asks who X is.
    [auto("the gazette piece mentions norland's head guy making threats. full name?"), { text: 'which norland head was threatening?', story: 'gazette' }],
    [auto("what's the first name of the harbour minister"), { text: 'who is the harbour minister' }],
    [auto("Lopez quoted the mayor telling the crews simply 'wait'. Which mayor was that?"), { text: "Lopez quoted which mayor telling the crews simply 'wait'?" }],
    // "the story about the ferry" ends where its clause's verb begins.
    [auto('which expert in the story about the ferry said the port is in decline?'), { kind: 'saidBy', story: 'the ferry' }],
    // A remark and a question asked in place: the remark is no subject of it; "that raid take place" is the raid.
    [auto("Lopez's press event in Porto took place during her second trip to Chile since a Norland surprise raid. On what date did that raid take place?"), { kind: 'eventTime', text: 'On what date did the Norland surprise raid take place?' }],
    // The asked noun phrase is a few words; a later "had" belongs to a clause of the act.
    [auto('which ministry downplayed the leak and said it had no plans to respond?'), { kind: 'eventActor', asks: 'agent' }],
    // "who had said" is the doer's own perfect; "who was told" is the one told.
    [auto('who had said before that it would close the port?'), { asks: 'agent' }],
    [auto('who was told about the closure at the last minute?'), { asks: 'patient' }],
    [auto("the harbour's story spells it 'pete rook' - who is that guy"), { text: 'who is pete rook?' }],
    [auto('the Tide Report story on the ferry - what date is it stamped with'), { kind: 'articleDate', part: 'date' }],
    [auto('wat happend to the ferry'), { text: 'what happened to the ferry' }],
    [auto('on what weekday did the ferry sink'), { kind: 'eventTime', act: 'sink' }],
    [auto('when did the mayor once more urge calm'), { kind: 'eventTime', act: 'urge' }],
    [auto('how does the Lenz story describe the Sarn?'), { kind: 'description', subject: 'Sarn', story: 'Lenz' }],
    [auto('how does Reuters describe the Sarn'), { kind: 'description', subject: 'Sarn' }],
    [auto('how did Lopez describe the raid'), { kind: 'quote' }],
    [auto("who's the analyst quoted on the port's decline"), { kind: 'saidBy', statement: "the port's decline" }],
    [auto('Olsen was the harbour minister of which country again?'), { text: 'which country was Olsen the harbour minister of?' }],
    // "how long before X was Y" after a remark, and "how recently": when Y was ("how recently did X say …" asks of what was said).
    [{ command: 'when', text: 'The summit condemned the raid on Porto. How long before the summit was that raid?' }, { kind: 'eventTime', text: 'when was the raid on Porto?' }],
    [{ command: 'when', text: 'how recently had the port closed' }, { kind: 'eventTime', text: 'when had the port closed' }],
    [{ command: 'when', text: 'how recently did Lopez say the steps were taken' }, { text: 'how recently did Lopez say the steps were taken' }],
    [auto('who told the Lenz press conference that the port would reopen?'), { kind: 'saidBy', statement: 'the port would reopen' }],
    [auto("Which harbour chief's resignation did the council accept?"), { kind: 'eventActor', possessed: 'resignation' }],
    [auto('Through which gate did the trucks enter Lenz?'), { text: 'which gate did the trucks enter Lenz through?' }],
    [auto('from which country were the rockets fired?'), { kind: 'place', origin: true }],
    [auto('Lopez is harbour minister of which country?'), { kind: 'affiliation', person: 'Lopez', wants: 'place' }],
    [auto('Lenz hosts 300 troops from which country?'), { text: 'which country does Lenz host 300 troops from?' }],
    [auto('the navy boarded which ship'), { text: 'which ship did the navy board' }],
    [auto('the analyst who spoke at the summit works at which institute'), { kind: 'affiliation' }],
    // The question phrase ends at a conjunction: "which country if asked" is "which country", then "if asked".
    [auto('Lopez says the navy should be ready to help defend which country if asked?'), { text: 'which country does Lopez say the navy should be ready to help defend if asked?' }],
    [auto('where even is vessa?'), { kind: 'description', subject: 'vessa', where: true }],
    [auto('where is Lopez headed'), { kind: 'place', journey: true }],
    [auto('when did the harbour ministers last meet before the summit'), { kind: 'eventTime', act: 'meet' }],
    [auto('how long before the summit did Norland seize the ferry?'), { kind: 'eventTime', act: 'seize', text: 'when did Norland seize the ferry?' }],
    [auto("how many days before Lee's remarks was the port shelled"), { kind: 'eventTime', text: 'when was the port shelled' }],
    [auto('on what day did the g7 call for more aid'), { kind: 'eventTime', act: 'call' }],
    [auto('whose statement said six rockets had been removed'), { kind: 'saidBy', statement: 'six rockets had been removed' }],
    [auto('which Cabinet member said the port would reopen'), { kind: 'saidBy', statement: 'the port would reopen' }],
    // A longer description with an aside, and the reporting verbs of formal prose ("indicated", "conceded").
    [auto('Which member of the Norland government, speaking in Porto, indicated that the port had been told late?'), { kind: 'saidBy', statement: 'the port had been told late', describedAs: 'member of the Norland government' }],
    [auto('which harbour official conceded that the leak was not yet found'), { kind: 'saidBy', statement: 'the leak was not yet found' }],
    // Phrasal verbs as news writes them: "took out" is "killed", "found out about" "was informed about", "let on" "said".
    [auto('which Norland commander did the navy take out in Porto'), { text: 'which Norland commander did the navy kill in Porto' }],
    [auto("who's holding the 20 sailors' families hostage"), { text: "who's holding the 20 sailors' families hostage" }],
    [auto("who's holding the roughly 20 hostages"), { text: 'who took the roughly 20 hostages' }],
    [auto('who is keeping about 20 captives taken from Porto'), { text: 'who took about 20 captives taken from Porto' }],
    [auto('who said the council only found out about the leak at the last minute'), { kind: 'saidBy', statement: 'the council only was informed about the leak at the last minute' }],
    [auto('which official let on that the port was shut'), { kind: 'saidBy', statement: 'the port was shut' }],
    // Formal prose: "expressed confidence that" is said, "holds X partly culpable for" blames X, "conferred with" met.
    [auto('which harbour official expressed confidence that the port would reopen'), { kind: 'saidBy', statement: 'the port would reopen' }],
    [auto('which country holds the council partly culpable for the leak'), { text: 'which country blames the council for the leak' }],
    [auto('who did Lopez confer with in Lenz'), { text: 'who did Lopez meet with in Lenz' }],
    // A figure put out, published or released is one said, as news reports it ("…, the ministry said").
    [auto('when did the ministry publish its latest flood toll'), { kind: 'eventTime', text: 'when did the ministry say its latest flood toll' }],
    [auto('when did the port release the new figures'), { kind: 'eventTime', text: 'when did the port say the new figures' }],
    [auto('when did the port release the ferry'), { kind: 'eventTime', text: 'when did the port release the ferry' }],
    // Chat's shorthand: "goes to who", "thing" for the story, "w", "who'd", "lookin", "prez", "sat down with".
    [auto('writing credit on the gazette thing goes to who'), { kind: 'credit', credit: 'writing' }],
    [auto('harbour guy in lenz who said theyre still lookin into the leak?'), { kind: 'saidBy', statement: "they're still looking into the leak", describedAs: 'harbour guy in lenz' }],
    [auto('the analyst who talked about the leak works at which institute'), { kind: 'affiliation' }],
    [auto("who'd Lopez sit down w in Lenz"), { text: 'who had Lopez meet with in Lenz' }],
    [auto('which prez did Lopez meet'), { text: 'which president did Lopez meet' }],
    [auto("which group's leader threatened to widen the war"), { kind: 'eventActor', act: 'threatened', whose: true, orPlace: true }],
    [auto('what day was it when Lopez said the port would reopen'), { kind: 'eventTime', text: 'when did Lopez say the port would reopen' }],
    [auto('what day was Lopez urging calm'), { kind: 'eventTime', act: 'urge', text: 'what day did Lopez urge calm' }],
    [auto('lopez saying aid gotta reach the port - what day was that'), { kind: 'eventTime', text: 'what day did Lopez say aid has to reach the port' }],
    [auto('when did Lopez jet off to Lenz'), { kind: 'eventTime', text: 'when did Lopez fly to Lenz' }],
    [auto('what kinda ship did Lopez board'), { text: 'what kind of ship did Lopez board' }],
    [auto('which kessel backed militia took the pier'), { text: 'which kessel-backed militia took the pier' }],
    [auto('the orlan base is in which part of chile'), { kind: 'description', subject: 'orlan base', where: true, text: 'where is orlan base' }],
    [auto('which part of chile is the orlan base in'), { kind: 'description', subject: 'orlan base', where: true }],
    [{ command: 'quote', speaker: 'sec def', topic: 'the leak' }, { kind: 'quote', speaker: 'defense secretary' }],
    [auto('which group is led by Maria Lopez?'), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [auto('which company was founded by Maria Lopez'), { text: 'which company was Maria Lopez the founder of' }],
    [auto('which envoy was Lopez expected to meet in Lenz?'), { kind: 'eventActor', act: 'meet' }],
    [auto('what is Norland expected to do in Lenz'), { text: 'what is Norland expected to do in Lenz' }],
    [{ command: 'who', text: 'where is vessa' }, { kind: 'description', subject: 'vessa', where: true }],
    [auto('which country is Vessa in?'), { kind: 'description', subject: 'Vessa', within: true }],
    [auto('did the harbour office say where Lopez goes next?'), { kind: 'place', journey: true, text: 'where Lopez goes next?' }],
    [auto('does the story mention when the ferry sank'), { kind: 'eventTime', text: 'when the ferry sank' }],
    [auto('Who edited the story from Veloria?'), { kind: 'credit', credit: 'editing' }],
    [auto('who took the photo at the quay?'), { kind: 'credit', credit: 'photo' }],
    [auto('which agency are the photos of the quay credited to?'), { kind: 'credit', credit: 'photo', agency: true }],
    // The whole coverage is what every question asks of; a description a story uses is a role asked about.
    [auto('whos the harbour boss in these stories'), { kind: 'role', role: 'harbour boss' }],
    [auto('who does the Reuters report from Lenz refer to as "the top Norland diplomat"?'), { kind: 'role', role: 'top Norland diplomat' }],
    [auto('who snapped the pics at the quay'), { kind: 'credit', credit: 'photo' }],
    [auto('photo credit on the Gazette story?'), { kind: 'credit', credit: 'photo' }],
    [auto('byline on the Gazette story?'), { kind: 'credit', credit: 'writing' }],
    [auto('who penned the Gazette piece'), { kind: 'credit', credit: 'writing' }],
    [auto('which outlet ran the story from Selva'), { kind: 'articleDate', part: 'outlet' }],
    [auto('who published the harbour story?'), { kind: 'articleDate', part: 'outlet' }],
    [auto('what news agency filed the report on the ferry'), { kind: 'articleDate', part: 'outlet' }],
    [auto('who published the report on the ferry delays?'), { kind: 'eventActor' }],
    [auto("Which photographer's picture ran with the quay story?"), { kind: 'credit', credit: 'photo' }],
    [auto('Who said the pier would reopen?'), { kind: 'saidBy', statement: 'the pier would reopen' }],
    [auto('who fired the rockets?'), { kind: 'eventActor', asks: 'agent' }],
    [auto('who had already fired the rockets?'), { kind: 'eventActor', asks: 'agent', act: 'fired' }],
    [auto('who had previously indicated plans to retaliate?'), { kind: 'eventActor', asks: 'agent', act: 'indicated' }],
    // After a modal, "be" goes with the word that says what.
    [auto('who should be aware of the dangers of escalation?'), { kind: 'eventActor', asks: 'agent', act: 'aware' }],
    [auto('who must approve the harbour budget?'), { kind: 'eventActor', asks: 'agent', act: 'approve' }],
    // Whose view it is did not do it.
    [auto('who did Rook say should be aware of the dangers?'), { kind: 'eventActor', asks: 'agent', otherActors: ['Rook'] }],
    [auto("who has Norland's back, according to Lee?"), { kind: 'eventActor', asks: 'agent' }],
    [auto('who fired the rockets, according to Lee?'), { kind: 'eventActor', asks: 'agent', act: 'fired' }],
    // "Whose leader" asks for the body the leader heads; "whose envoy" may be a ruler's, and stays a plain who-question.
    [auto('whose political leader was killed in Lenz?'), { kind: 'eventActor', asks: 'patient', wants: 'organization', whose: true }],
    [auto('whose envoy was expelled?'), { kind: 'eventActor' }],
    // A relative clause's own subject did another act, which the question only uses to say which thing it means.
    [auto('who fired the rockets that the navy shot down?'), { kind: 'eventActor', asks: 'agent', otherActors: ['navy'] }],
    [auto('which group seized the ship that Norland had chartered?'), { kind: 'eventActor', otherActors: ['Norland'] }],
    // A described speaker asks who said it; a title may ask whose words were quoted, which the event's rules read.
    [auto('which Tarvian official said the port would reopen?'), { kind: 'saidBy', statement: 'the port would reopen' }],
    [auto('which president warned the rebels: stop?'), { kind: 'eventActor' }],
    // Claiming responsibility (or credit) is an act, which the coverage may deny, not something said.
    [auto('who claimed responsibility for the blast?'), { kind: 'eventActor', asks: 'agent' }],
    [auto('who claimed the pier was unsafe?'), { kind: 'saidBy', statement: 'the pier was unsafe' }],
    // A role the asked one takes or holds: a person, never a body or a group.
    [auto('Who replaced Olsen as harbour minister?'), { kind: 'eventActor', asks: 'agent', act: 'replaced', inRole: true }],
    [auto("Who succeeded Olsen as the port's chief in May?"), { kind: 'eventActor', inRole: true }],
    [auto('who became prime minister of norland'), { kind: 'eventActor', inRole: true }],
    [auto('Who had called for a pause?'), { kind: 'eventActor', asks: 'agent' }],
    [auto('who was killed in the raid?'), { kind: 'eventActor', asks: 'patient' }],
    [auto('who was hurt in the blast?'), { kind: 'eventActor', asks: 'patient' }],
    [auto('who got hurt in the blast?'), { kind: 'eventActor', asks: 'patient', act: 'hurt' }],
    [auto('who was behind the blast?'), { kind: 'eventActor', asks: 'agent' }],
    [auto('Who does the navy think was behind the blast?'), { kind: 'eventActor', asks: 'agent', text: 'who was behind the blast' }],
    [auto('whom did the envoy meet'), { kind: 'eventActor', asks: 'patient' }],
    // After a modal, a bare verb is the asked one's own act; a determiner or a pronoun opens another subject.
    [auto('who will visit the port next week?'), { kind: 'eventActor', asks: 'agent', act: 'visit' }],
    [{ command: 'who', text: 'Which harbour pilot would consider a strike?' }, { kind: 'eventActor', asks: 'agent', act: 'consider' }],
    [auto('whom will the envoy meet in Lenz?'), { kind: 'eventActor', asks: 'patient' }],
    [auto('whom could he call?'), { kind: 'eventActor', asks: 'patient' }],
    // A name written in lower case between "has" and "been" is the subject, whatever it ends with.
    [auto('who has marten been calling about the ferry'), { kind: 'eventActor', asks: 'patient' }],
    [auto('who has been calling about the ferry'), { kind: 'eventActor', asks: 'agent' }],
    // An "of" phrase belongs to the subject; after "had", the participle is the act.
    [auto('Who had the minister of finance already signed a deal with?'), { kind: 'eventActor', asks: 'patient', act: 'signed' }],
    [auto('When did the minister of finance resign?'), { kind: 'eventTime', act: 'resign' }],
    // A question word typed one letter off, before an auxiliary.
    [auto('wat did Lopez say about the ferry'), { kind: 'quote', speaker: 'Lopez', topic: 'the ferry' }],
    [auto('hwo has blamed the port'), { kind: 'eventActor', asks: 'agent' }],
    [auto('wen was the port shut'), { kind: 'eventTime' }],
    [auto('why did the port shut'), { kind: 'search' }],
    // A title by its initials, after an article or a possessive; "3 pm" is a time.
    [auto('who is the pm of norland'), { kind: 'role', role: 'prime minister of norland' }],
    [auto("who is tarvia's fm"), { kind: 'role', role: "tarvia's foreign minister" }],
    [auto('when did the talks start at 3 pm today'), { kind: 'eventTime', text: 'when did the talks start at 3 pm today' }],
    // A source put first is read after the question.
    [auto('According to the navy, who fired the rockets?'), { kind: 'eventActor', asks: 'agent', act: 'fired', text: 'who fired the rockets, according to the navy?' }],
    [auto('According to the navy secretary, who was behind the blast?'), { kind: 'eventActor', asks: 'agent' }],
    [auto('Who carried out the raid on the depot?'), { kind: 'eventActor', asks: 'agent', text: 'Who was behind the raid on the depot?' }],
    [auto('Who does the navy think carried out the raid?'), { kind: 'eventActor', asks: 'agent', text: 'who was behind the raid' }],
    // "carry out X": the act is the noun done.
    [auto('When did the rebels carry out their revenge on the port?'), { kind: 'eventTime', act: 'revenge' }],
    [auto('When did the army carry out the raids?'), { kind: 'eventTime', act: 'raids' }],
    [auto('who was the guard shot by?'), { kind: 'eventActor', asks: 'agent' }],
    [auto('Which commander did the army arrest?'), { kind: 'eventActor', asks: 'patient', wants: 'person' }],
    [auto("Which group's chief was arrested?"), { kind: 'eventActor', asks: 'patient', wants: 'organization', whose: true }],
    [auto('Which group took the hostages?'), { kind: 'eventActor', asks: 'agent', wants: 'organization' }],
    [auto('Which Norland militia was named as responsible?'), { kind: 'eventActor', asks: 'patient', wants: 'organization' }],
    [auto("Which countries' leaders did the envoy call?"), { kind: 'eventActor', wants: 'place' }],
    [auto('Which country threatened revenge after the envoy was killed?'), { kind: 'eventActor', asks: 'agent', wants: 'place' }],
    [auto('what did the company sell?'), { kind: 'search', figure: false, asked: [], act: 'sell', required: true }],
    [auto('what did the Norland navy seize near the port?'), { kind: 'search', act: 'seize' }],
    // The form of the answer is no word the passage must hold ("which adjective", "what else", "what assets").
    [auto('which adjective does the Lenz piece use for the storm?'), { kind: 'search', asked: [] }],
    [auto('the harbour master warned of flooding and of what else?'), { kind: 'search', asked: [] }],
    [auto('which deployment preceded the Lenz talks?'), { kind: 'search', asked: [] }],
    [auto('what other practical step did Norland point to?'), { kind: 'search', asked: [] }],
    [auto('what number of guards does the port employ?'), { kind: 'search', figure: true }],
    [auto('how many ferries does the Gazette say the port sent to Lenz?'), { kind: 'search', figure: true, text: 'how many ferries did the port sent to Lenz, according to the Gazette?' }],
    // A figure named without a question word; a remark then only "where" or "the exact wording".
    [auto('ferry headcount in Porto per the Lenz wire?'), { kind: 'search', figure: true }],
    [auto('venue for the harbour summit — where?'), { kind: 'place', text: 'where was the harbour summit?' }],
    [auto('how was the ferry moored in Porto — what\'s the exact wording?'), { kind: 'search', text: 'how was the ferry moored in Porto?' }],
    [auto('what is the city sending to the coast'), { kind: 'search', act: 'sending' }],
    // An "of" phrase goes on with the subject; what came of an occasion is what it produced.
    [auto('what did the meeting of Norland ministers decide about the port?'), { kind: 'search', act: 'decide' }],
    [auto('what came out of the Lenz summit about the port?'), { kind: 'search', act: 'produce', text: 'what did the Lenz summit produce about the port?' }],
    [auto('What outcome did the Lenz summit have on the port?'), { kind: 'search', act: 'produce', text: 'What did the Lenz summit produce on the port?' }],
    [auto('what was the result of the Lenz summit as far as the port is concerned?'), { kind: 'search', act: 'produce', text: 'what did the Lenz summit produce about the port?' }],
    [auto('what tolls on ferries did the council agree'), { kind: 'search', asked: ['tolls'], required: true }],
    [auto('what caused the blast?'), { kind: 'search', asked: [] }],
    // The asked noun is the head before the verb, the noun after "degree of", none for a noun the coverage rarely writes.
    [auto('which naval frigates had Norland sent to the strait?'), { kind: 'search', asked: ['frigates'] }],
    [auto('what degree of support did the council report?'), { kind: 'search', asked: ['support'] }],
    [auto('what wider aim does the Gazette infer from the closure?'), { kind: 'search', asked: [] }],
    [auto('which crossing point does Lopez cite for the trucks?'), { kind: 'search', asked: ['crossing'] }],
    [auto('which Norland warship shot down the drones?'), { kind: 'search', asked: ['warship'] }],
    [auto('how many extra guards is the port hiring?'), { kind: 'search', figure: true, asked: ['guards'] }],
    [auto('When did the storm reach the coast?'), { kind: 'eventTime', granularity: 'day', act: 'reach' }],
    [auto('When did the Norland navy allegedly confirm the raid?'), { kind: 'eventTime', act: 'confirm' }],
    [auto('who fired the rockets at the depot?'), { kind: 'eventActor', act: 'fired' }],
    [auto('On what date did talks resume?'), { kind: 'eventTime', granularity: 'day' }],
    [auto('what year was the bridge built?'), { kind: 'eventTime', granularity: 'year' }],
    [auto('which month did the strike end'), { kind: 'eventTime', granularity: 'month' }],
    [auto('what day of the week did the strike end?'), { kind: 'eventTime', granularity: 'weekday' }],
    [auto('Which day of the week does the Gazette give for the strike that closed the port?'), { kind: 'eventTime', granularity: 'weekday', text: 'Which day of the week was the strike that closed the port, according to the Gazette?' }],
    [auto('since when has the port been shut?'), { kind: 'eventTime', since: true }],
    [auto('When will the council meet next?'), { kind: 'eventTime', ahead: true }],
    [auto('when is the ferry service due to resume?'), { kind: 'eventTime', ahead: true }],
    [auto("when's the next harbour summit after the Lenz one?"), { kind: 'eventTime', ahead: true }],
    [auto('when is the upcoming council vote'), { kind: 'eventTime', ahead: true }],
    [auto('harbour reopened when?'), { kind: 'eventTime', granularity: 'day' }],
    [auto('how long ago did the pier collapse?'), { kind: 'eventTime', granularity: 'day' }],
    [auto('How long did the siege last?'), { kind: 'duration' }],
    [auto('how many days did the strike last?'), { kind: 'duration' }],
    [auto('When was the story about the harbour published?'), { kind: 'articleDate', about: 'about harbour', part: 'date' }],
    [auto('where was the report on the storm filed?'), { kind: 'articleDate', about: 'on storm', part: 'place' }],
    [auto('What year was the story about the harbour published?'), { kind: 'articleDate', part: 'date', granularity: 'year', about: 'about harbour' }],
    [auto('What date is on the Gazette story about the harbour?'), { kind: 'articleDate', part: 'date' }],
    [auto('What year is the wire report on the ferry from?'), { kind: 'articleDate', part: 'date' }],
    [auto('what date was the Kell story'), { kind: 'articleDate', part: 'date' }],
    [auto('when was the Gazette article?'), { kind: 'articleDate', part: 'date' }],
    [auto('when was the attack on the Gazette?'), { kind: 'eventTime' }],
    [auto('In which year did the wire report on the ferry come out?'), { kind: 'articleDate', part: 'date' }],
    [auto("what's the date on the Gazette article about the harbour"), { kind: 'articleDate', part: 'date' }],
    [auto("what's the dateline date on the wire story from Selva"), { kind: 'articleDate', part: 'date' }],
    [auto("what's the dateline on the wire story"), { kind: 'articleDate', part: 'place' }],
    [auto('publication date of the Gazette story?'), { kind: 'articleDate', part: 'date' }],
    [auto("who's the harbour minister in the Selva story"), { kind: 'role', role: 'harbour minister', story: 'Selva' }],
    [auto('when did the ferry sink, in the Gazette piece?'), { kind: 'eventTime', text: 'when did the ferry sink?', story: 'Gazette' }],
    [auto('who wrote the Gazette story?'), { kind: 'credit', credit: 'writing' }],
    [auto('What year is the ferry due to sail?'), { kind: 'eventTime' }],
    [auto('What did Maria Lopez say about the harbour?'), { kind: 'quote', speaker: 'Maria Lopez', topic: 'the harbour' }],
    [auto('what has the mayor said'), { kind: 'quote', speaker: 'the mayor', topic: '' }],
    [auto('any quotes from Lopez on the harbour?'), { kind: 'quote', speaker: 'Lopez', topic: 'the harbour' }],
    [auto('lopez quote about the harbour?'), { kind: 'quote', speaker: 'lopez', topic: 'the harbour' }],
    [auto("yo who's the harbour minister lol"), { kind: 'role', role: 'harbour minister' }],
    [auto('hey byline, who is the harbour minister?'), { kind: 'role', role: 'harbour minister' }],
    [auto('ok but who wrote the Gazette article'), { kind: 'credit', credit: 'writing' }],
    [auto('quick q: who took the photo at the quay'), { kind: 'credit', credit: 'photo' }],
    [auto('whos Maria Lopez'), { kind: 'profile', subject: 'Maria Lopez' }],
    [auto('who the heck is Lopez again?'), { kind: 'profile', subject: 'Lopez' }],
    [auto('what did Lopez say abt the ferry'), { kind: 'quote', speaker: 'Lopez', topic: 'the ferry' }],
    [auto('when did the port warn it wouldnt reopen'), { kind: 'eventTime', text: 'when did the port warn it would not reopen' }],
    [auto('when did the ferry go thru the strait'), { kind: 'eventTime', text: 'when did the ferry go through the strait' }],
    [auto("when did the mayor say the port won't close and can't be sold"), { kind: 'eventTime', text: 'when did the mayor say the port will not close and cannot be sold' }],
    [auto('when did Lopez herself open the bridge'), { kind: 'eventTime', act: 'open', text: 'when did Lopez open the bridge' }],
    [auto('Who is the person referred to as "the port\'s chief engineer"?'), { kind: 'role', role: "port's chief engineer" }],
    [auto('when did the mayor say thered be no ppl left in the govt'), { kind: 'eventTime', text: 'when did the mayor say there would be no people left in the government' }],
    [auto('who said theyre still investigating, by whom were they blamed'), { text: "who said they're still investigating, by whom were they blamed" }],
    [auto('by whom were the rebels blamed for the raid?'), { kind: 'eventActor', asks: 'agent', act: 'blamed', text: 'who blamed the rebels for the raid?' }],
    // A name ending in "-en" is no participle; an irregular participle is asked as its past.
    [auto('By whom was the photo of Olsen at the summit taken?'), { kind: 'credit', credit: 'photo', text: 'who took the photo of Olsen at the summit?' }],
    [auto('What position does Maria Lopez hold at the port authority?'), { kind: 'profile', subject: 'Maria Lopez' }],
    // The noun asked for, after a preposition or as the thing a name is asked of; not "by what means".
    [auto('In which hotel in Porto did the ministers meet?'), { kind: 'search', asked: ['hotel'] }],
    [auto('What is the name of the navy frigate being sent to Porto?'), { kind: 'search', asked: ['navy', 'frigate'], named: true }],
    [auto('By what means was the harbour war fought?'), { kind: 'search', asked: [] }],
    // Where a place is: its name without the kind of place written with it.
    [auto('lenz island is in which part of Norland?'), { kind: 'description', subject: 'lenz', where: true }],
    [auto('where is the island of Lenz?'), { kind: 'description', subject: 'Lenz', where: true }],
    [auto('what is the date of Tide Gazette story?'), { kind: 'articleDate', part: 'date' }],
    // What the coverage describes a thing as is what it is; a modifier may stand before the asked group.
    [auto('Which country is described in the Gazette story as a rare ally to both Chile and Peru?'), { text: 'Which country is a rare ally to both Chile and Peru?', story: 'Gazette' }],
    [auto('Maria Lopez is described as the deputy chief of which Chilean group?'), { kind: 'affiliation', person: 'Maria Lopez', wants: 'organization' }],
    [auto('which health ministry said the toll rose?'), { kind: 'saidBy', statement: 'the toll rose' }],
    [auto('which US diplomat said the toll rose?'), { kind: 'saidBy', statement: 'the toll rose' }],
    [auto("which militant group's leader was killed in Varn?"), { kind: 'eventActor', asks: 'patient', whose: true }],
    [auto("which group condemned Ostmark's raid?"), { kind: 'eventActor', asks: 'agent' }],
    [auto('so when did the ferry sink'), { kind: 'eventTime', text: 'when did the ferry sink' }],
    [auto('Maria Lopez?'), { kind: 'profile', subject: 'Maria Lopez' }],
    [auto('did Lopez say anything about the ferry?'), { kind: 'quote', speaker: 'Lopez', topic: 'the ferry' }],
    [auto('anything from the mayor about the harbour?'), { kind: 'quote', speaker: 'the mayor', topic: 'the harbour' }],
    [auto("what's Lopez's take on the harbour"), { kind: 'quote', speaker: 'Lopez', topic: 'the harbour' }],
    [auto('tell me what Lopez said about the ferry'), { kind: 'quote', speaker: 'Lopez', topic: 'the ferry' }],
    [auto('what was said about the ferry'), { kind: 'search' }],
    [auto('ferry?'), { kind: 'search' }],
    [auto('photographer of the quay pic?'), { kind: 'credit', credit: 'photo' }],
    [auto("when's the Gazette story from"), { kind: 'articleDate', part: 'date' }],
    [auto("the harbour minister, what's her name"), { kind: 'role', role: 'harbour minister' }],
    [auto("name of the harbour minister?"), { kind: 'role', role: 'harbour minister' }],
    [auto('who r the harbour ministers'), { text: 'who are the harbour ministers' }],
    [auto('give me a quote from the mayor'), { kind: 'quote', speaker: 'the mayor', topic: '' }],
    [auto("what's Lopez's warning about the ferry"), { kind: 'quote', speaker: 'Lopez' }],
    [auto('what did Lopez say in Selva'), { kind: 'quote', speaker: 'Lopez', topic: '', setting: 'Selva' }],
    [auto('quote Lopez on taxes'), { kind: 'quote', speaker: 'Lopez', topic: 'taxes' }],
    [auto("what was Lopez's message about the ferry?"), { kind: 'quote', speaker: 'Lopez', topic: 'message about the ferry' }],
    [auto("what is the mayor's response to the strike"), { kind: 'quote', speaker: 'the mayor', topic: 'response to the strike' }],
    // A clause after "say" is what was said; a preposition opens where it was said, the stories to quote from.
    [auto('what did Lopez say the rebels told the port?'), { kind: 'quote', speaker: 'Lopez', topic: 'the rebels told the port' }],
    [auto('what did Lopez say at the summit?'), { kind: 'quote', speaker: 'Lopez', topic: '', setting: 'the summit' }],
    // Whom a warning is for says what it is about.
    [auto('what did Lopez warn the rebels and Ostmark about?'), { kind: 'quote', speaker: 'Lopez', topic: 'the rebels and Ostmark' }],
    [auto('what did Lopez tell reporters in Kell about the ferry?'), { kind: 'quote', speaker: 'Lopez', topic: 'the ferry', setting: 'Kell' }],
    [auto('what did the mayor tell the Harbour Gazette?'), { kind: 'quote', speaker: 'the mayor', topic: '' }],
    [auto('how many ferries run?'), { kind: 'search', figure: true, asked: ['ferries'] }],
    [auto('how many Norland guards were hurt?'), { kind: 'search', figure: true, asked: ['guards'], act: 'hurt' }],
    [auto('how many people died in the flood'), { kind: 'search', figure: true, asked: ['people'], act: 'died' }],
    [auto('how many crates were found empty on the pier?'), { kind: 'search', figure: true, asked: ['crates'], act: 'empty' }],
    [auto('how many sailors were reported missing?'), { kind: 'search', figure: true, asked: ['sailors'], act: 'missing' }],
    [auto('how many crates were found on the pier?'), { kind: 'search', figure: true, asked: ['crates'], act: 'found' }],
    [auto('how many sailors were left behind?'), { kind: 'search', figure: true, asked: ['sailors'], act: 'left' }],
    [auto('how many guards are posted at the depot?'), { kind: 'search', figure: true, asked: ['guards'], standing: true }],
    [auto('where was the summit held?'), { kind: 'place', journey: false }],
    [auto('wher is the envoy heading next'), { kind: 'place', journey: true }],
    [auto('flooding in the delta'), { kind: 'search', figure: false }],
    [auto('Can you tell me who fired the rockets?'), { kind: 'eventActor', asks: 'agent', text: 'who fired the rockets?' }],
    [auto('@Byline who fired the rockets?'), { kind: 'eventActor', asks: 'agent', text: 'who fired the rockets?' }],
    [auto('@byline, when did the ferry sink'), { kind: 'eventTime', text: 'when did the ferry sink' }],
    [auto('after the flood, who closed the port?'), { kind: 'eventActor', asks: 'agent', text: 'who closed the port after the flood?' }],
    [auto('Rook, which party was he the treasurer of'), { kind: 'affiliation', person: 'Rook', text: 'which party was Rook the treasurer of' }],
    [auto('the envoy who closed the port, who was that?'), { kind: 'role', text: 'who is the envoy who closed the port' }],
    [auto('the raid on the port was carried out by who?'), { kind: 'eventActor', asks: 'agent', text: 'who was behind the raid on the port' }],
    [auto('the blast got blamed on who'), { kind: 'eventActor', asks: 'patient', act: 'blamed', text: 'who was blamed for the blast' }],
    [auto('who was the first envoy to visit Lenz since the flood'), { kind: 'role', orEvent: true, asks: 'agent' }],
    [auto('who is the envoy to the UN'), { kind: 'role', orEvent: false }],
    [auto('who is lopez going to meet in Lenz'), { kind: 'eventActor', asks: 'patient', act: 'meet' }],
    [auto('what happened, who did it'), { text: 'what happened, who did it' }],
    [auto('which group was Ann Lee a member of'), { kind: 'affiliation', person: 'Ann Lee', wants: 'organization' }],
    [auto('which country was Lopez in'), { kind: 'eventActor' }],
    [auto('who did lopez meet'), { kind: 'eventActor', asks: 'patient', act: 'meet', text: 'who did Lopez meet' }],
    [auto('who did the army arrest'), { kind: 'eventActor', asks: 'patient', act: 'arrest' }],
    [auto('who was lopez calling'), { kind: 'eventActor', asks: 'patient', text: 'who was Lopez calling' }],
    [auto('who was instrumental in the talks'), { kind: 'eventActor', text: 'who was instrumental in the talks' }],
    // A story named after "by" or as a trailing label is the question's source, not its doer.
    [auto('when did the storm hit Lenz, by the Gazette account?'), { kind: 'eventTime', text: 'when did the storm hit Lenz?', story: 'Gazette' }],
    [auto('which port got flooded early Friday, Lenz wire'), { text: 'which port was flooded early Friday', story: 'Lenz' }],
    // "where" asked in place, after its verb; "X is where" is not a verb's.
    [auto('Quill headed where next after Norland?'), { kind: 'place', text: 'where did Quill head next after Norland?' }],
    [auto('Lenz is where?'), { text: 'Lenz is where?' }],
    // A story's telling named as the asker's source ("as the X copy places it", "per the X reporting"); "per reporting" names none.
    [{ command: 'when', text: 'Porto ferry fire: when, as the Gazette wire copy places it?' }, { kind: 'eventTime', text: 'when was Porto ferry fire, according to the Gazette?' }],
    [{ command: 'when', text: 'Lopez port closure: date per the Gazette reporting?' }, { kind: 'eventTime', text: 'when was the lopez port closure?', story: 'Gazette' }],
    [{ command: 'when', text: 'on what date did the storm hit Lenz per reporting?' }, { kind: 'eventTime', text: 'on what date did the storm hit Lenz?' }],
    // The dateline a time is counted from names the story, not what is asked; a bare "which day" leans on its label.
    [{ command: 'when', text: 'the harbour fire that closed the port: which day was it, resolved against the Gazette dateline?' }, { kind: 'eventTime', story: 'Gazette' }],
    [{ command: 'when', text: 'harbour fire: which day, in the Gazette story?' }, { kind: 'eventTime', text: 'when was harbour fire?', story: 'Gazette' }],
    // An archive's clipping is its story.
    [auto('In the Gazette clipping, who closed the port?'), { text: 'who closed the port?', story: 'Gazette' }],
    [auto('how many ferries sailed on Monday, in the Gazette text?'), { text: 'how many ferries sailed on Monday?', story: 'Gazette' }],
    // A soundbite the remark quotes, asked whose it is: who said it.
    [auto("The 'close the port' bite out of Lenz — whose name goes in the speaker tag?"), { kind: 'saidBy', statement: 'close the port' }],
    [auto("the 'not our fault' soundbite — which harbour official is that?"), { kind: 'saidBy', statement: 'not our fault' }],
    // "work at" a body is an affiliation, as "work for" is.
    [auto('what institute does Ana Lind work at?'), { kind: 'affiliation', person: 'Ana Lind' }],
    // An event "reported" in a story is no reporting credit; someone "reporting" with another is.
    [auto('Identify the Norland town where floods were reported early Friday, according to the Gazette story.'), { kind: 'eventActor' }],
    [auto('Who was reporting together with Ann Lee for the Gazette story on Lenz?'), { kind: 'credit', credit: 'reporting' }],
    // The date a story carries, asked by where it stands on the page.
    [auto('What date appears on the Gazette article about the floods?'), { kind: 'articleDate', part: 'date' }],
    [auto('The Gazette story about the floods carries a date just below its headline. What is that date?'), { kind: 'articleDate', part: 'date' }],
    [auto('Which date of publication carries the Gazette article on the floods?'), { kind: 'articleDate', part: 'date' }],
    // "is reported saying" says as "said" does; a title quoted as the story gives it describes like any other.
    [auto('which Norland official is reported saying the port was "closed at the last minute"?'), { kind: 'saidBy', describedAs: 'Norland official' }],
    [auto('in the Gazette story, who is the "top harbour official" citing a "clear risk" of floods?'), { kind: 'saidBy', describedAs: 'top harbour official', story: 'Gazette' }],
    // The named event a label ends on is the one asked of; not when the question points back at it.
    [auto('damage report for the Porto Ferry strike: which town did the navy hit?'), { text: 'which town did the navy hit in the Porto Ferry strike?' }],
    [auto('the Porto Ferry strike — who said it was a crime?'), { kind: 'saidBy', statement: 'the Porto Ferry strike was a crime' }],
    // A credit line named before the dash is where the name asked for stands.
    [auto('Lenz Gazette byline again — who shared the reporting with Ann Lee?'), { kind: 'credit', credit: 'reporting', text: 'who shared the reporting with Ann Lee on the Lenz Gazette byline?' }],
    [{ command: 'who', text: 'is the harbour minister' }, { kind: 'role', role: 'harbour minister', text: 'who is the harbour minister' }],
    [{ command: 'who', text: 'What did Lopez say about taxes?' }, { kind: 'eventActor' }],
    [{ command: 'when', text: 'the bridge opening' }, { kind: 'eventTime', granularity: 'day' }],
    [{ command: 'search', text: 'how many ferries' }, { kind: 'search', figure: true, required: false }],
    [{ command: 'quote', speaker: ' Lopez ', topic: 'taxes' }, { kind: 'quote', speaker: 'Lopez', topic: 'taxes' }],
    [{ command: 'quote', speaker: 'Lopez', topic: 'putting up with delays' }, { kind: 'quote', topic: 'tolerating delays' }],
  ])('%j', (request, expected) => {
    const question = parseQuestion(request, isName);
    expect(question).toMatchObject(expected);
    expect(question.reason).not.toBe('');
  });

  it('reads "who is X" about an unknown name as an event question, not a profile', () => {
    expect(parseQuestion(auto('Who is Piet Rook?'), isName).kind).toBe('eventActor');
  });

  it('takes capitalised words for a name when no name table is given', () => {
    expect(parseQuestion(auto('Who is Piet Rook?'))).toMatchObject({ kind: 'profile', subject: 'Piet Rook' });
    expect(parseQuestion(auto('who is piet rook?')).kind).toBe('eventActor');
  });

  it('gives every rule a name and a reason', () => {
    for (const rule of QUESTION_RULES) {
      expect(rule.name).not.toBe('');
      expect(rule.reason.length).toBeGreaterThan(10);
    }
  });
});

describe('requestProblem', () => {
  it.each<[Request, string | undefined]>([
    [{ command: 'quote' }, 'give a speaker, a topic, or both'],
    [{ command: 'quote', speaker: '  ', topic: '' }, 'give a speaker, a topic, or both'],
    [{ command: 'quote', topic: 'taxes' }, undefined],
    [{ command: 'who', text: ' ' }, 'ask a question'],
    [{ command: 'auto', text: 'who is Lopez?' }, undefined],
  ])('%j', (request, problem) => {
    expect(requestProblem(request)).toBe(problem);
  });
});

describe('follow-ups', () => {
  it.each([
    ['and when was that?', true],
    ['what else did she say?', true],
    ['when was that', true],
    ['… and why?', true],
    ['when?', true],
    ['who is Tajani?', false],
    ['who is the mayor', false],
    ['when did the storm hit?', false],
    ['what did Lopez say about taxes?', false],
  ])('%j is a follow-up: %s', (text, expected) => {
    expect(isFollowUp(text)).toBe(expected);
  });

  const context = { command: 'who' as const, query: 'Who opened the bridge?', answer: { text: 'Maria Lopez' } };
  const quoted = { command: 'quote' as const, query: 'Lopez on the harbour', answer: { text: 'The harbour will reopen before the winter storms', speaker: 'Maria Lopez' } };

  it('puts the earlier answer in place of a pronoun', () => {
    expect(withContext('what else did she say?', context)).toBe('what did Maria Lopez say?');
  });

  it('carries the earlier question along when the follow-up names no event', () => {
    expect(withContext('and when was that?', context)).toBe('when was opened the bridge');
  });

  it('dates a quotation by its speaker and its words', () => {
    expect(withContext('and when was that?', quoted)).toBe('when was Maria Lopez said The harbour will reopen before the winter storms');
  });

  it('reads "what else?" after a quotation as more of the speaker\'s quotations', () => {
    expect(parseQuestion({ command: 'auto', text: 'what else?', context: quoted }, isName)).toMatchObject({ kind: 'quote', speaker: 'Maria Lopez' });
  });

  it('leaves a short independent question alone, even as a reply', () => {
    expect(parseQuestion({ command: 'auto', text: 'who is Lopez?', context }, isName)).toMatchObject({ kind: 'profile', subject: 'Lopez', text: 'who is Lopez?' });
  });

  it('leaves a question alone without context', () => {
    expect(withContext('when was that?', undefined)).toBe('when was that?');
  });
});

describe('a name the question phrase opens', () => {
  it('goes on: no "did" is put inside "Harbour Ministry" (capitalised words read as names)', () => {
    expect(parseQuestion(auto('which Harbour Ministry spokesperson said the port would close?'))).toMatchObject({ kind: 'saidBy', describedAs: 'Harbour Ministry spokesperson' });
  });
});

describe('askedAct', () => {
  it.each([
    ['When did the US confirm the raid?', 'confirm'],
    ["When did Iraq's army condemn the attacks?", 'condemn'],
    ['When did the blasts hit Selva?', 'hit'],
    ['who fired the rockets?', 'fired'],
    ['When did the ministers hold talks?', undefined],
    ['When did the army carry out the raid?', 'raid'],
    ['When did the army carry out the cross-border raid?', 'raid'],
    ['when did he warn the port would close?', 'warn'],
    ['When did the army carry out the raid which it had planned?', 'raid'],
    ['When did Lopez speak to reporters?', undefined],
    ['when did the port attack happen?', undefined],
    ["who's been firing rockets at the port?", 'firing'],
    ['who has been firing rockets at the port?', 'firing'],
    ["who's firing rockets?", 'firing'],
    ['which ships has Lopez been inspecting?', 'inspecting'],
    ['who had already sent a warning?', 'sent'],
    ['who has also met the envoy?', 'met'],
    ['which country has 2,500 troops on its soil?', undefined],
    ['which ports on the coast has Lopez been inspecting?', 'inspecting'],
    ['which ports on the coast has Lopez inspected?', 'inspected'],
    ['who has Lopez been on the phone with?', undefined],
    // After a perfect's or a passive's auxiliary, the subject's own phrase is no act: its participle is.
    ['when has the feud between Lenz and Porto escalated?', 'escalated'],
    ['when was a unity council formed under Lopez?', 'formed'],
    ['when had the relief convoy for Porto been stopped?', 'stopped'],
    ['when was the alleged Norland raid on Lenz?', 'raid'],
    ["when was Lopez's appointment as Norland's harbour minister?", undefined],
  ])('%s → %s', (text, act) => {
    expect(askedAct(text)).toBe(act);
  });
});

describe('countryUs', () => {
  it.each([
    ['who is the top us diplomat', 'who is the top US diplomat'],
    ['who attacked the us?', 'who attacked the US?'],
    ['who wounded us troops at the base', 'who wounded US troops at the base'],
    ['which us-backed group fired the rockets', 'which US-backed group fired the rockets'],
    ['who is the us defense secretary', 'who is the US defense secretary'],
  ])('reads the country in %s', (text, read) => {
    expect(countryUs(text)).toBe(read);
  });

  it.each(['who told us about the strike', 'can you tell us who won', 'let us know when the port opens', 'who drove the bus', 'what did Ms. Lee tell us?'])(
    'leaves the pronoun in %s',
    (text) => {
      expect(countryUs(text)).toBe(text);
    },
  );
});

describe('singleWordVerbs', () => {
  it.each([
    ['Which ministry played down the leak?', 'Which ministry downplayed the leak?'],
    ['Which ministry played the leak down?', 'Which ministry downplayed the leak?'],
    ['who played it down', 'who downplayed it'],
    ['which mayors had Lopez been working the phones with?', 'which mayors had Lopez been speaking with?'],
    ['who was the first minister to put boots on the ground in Porto?', 'who was the first minister to visit Porto?'],
    ['Who is Norland pinning at least part of the Porto blockade on?', 'Who is Norland blaming at least part of the Porto blockade on?'],
    ["who's been dialing up the port authorities", "who's been calling the port authorities"],
    ['Who gave the order to send a frigate to Lenz?', 'Who ordered a frigate to Lenz?'],
    ['who issued orders for the port to close', 'who ordered the port to close'],
    ["who is the Norland government's port minister", 'who is the Norland port minister'],
    ['when did the summit draw to a close', 'when did the summit end'],
    ['when did the talks come to an end', 'when did the talks end'],
    ['the summit drew to a close on Friday', 'the summit ended on Friday'],
    ['when did the envoy wrap up his visit', 'when did the envoy end his visit'],
    ["What word did Lyon's council use to describe the closure of the port?", "what did Lyon's council call the closure of the port?"],
    ['What adjective does the Gazette story use for the closure?', 'What adjective does the Gazette story use for the closure?'],
    ['who is playing down the risk', 'who is downplaying the risk'],
    ['who stepped down as mayor', 'who resigned as mayor'],
    ['when were the talks called off?', 'when were the talks canceled?'],
    ['when did the envoy leave for Lenz', 'when did the envoy travel to Lenz'],
    ['who set off for the summit', 'who travel to the summit'],
    ['who left for the port on Friday', 'who traveled to the port on Friday'],
    ['when did the envoy take off for Lenz', 'when did the envoy travel to Lenz'],
    ['the envoy took off for Lenz', 'the envoy traveled to Lenz'],
    ['putting up with attacks on the port', 'tolerating attacks on the port'],
    ['why he came back to the delta', 'why he returned to the delta'],
    ['when is the ferry coming back', 'when is the ferry returning'],
    ['who pushed for a pause in the fighting', 'who called for a pause in the fighting'],
    ['who is Lopez going to meet in Lenz', 'who will Lopez meet in Lenz'],
    ['what is going to happen to the ferry', 'what will happen to the ferry'],
    ['when did the feud heat up', 'when did the feud escalate'],
    ['who is pressing for talks', 'who is calling for talks'],
    ['who asked for a humanitarian pause', 'who called for a humanitarian pause'],
    ['who asks for talks', 'who calls for talks'],
    ['the military help Israel asked for', 'the military help Israel asked for'],
    ['which chief was making threats of a wider war', 'which chief was threatening a wider war'],
    ['who pinned the blame on the crew', 'who blamed the crew'],
    ['who made a promise to reopen the port', 'who promised to reopen the port'],
    ['who has issued a fresh warning', 'who has warned'],
    ['the threats made to the port', 'the threats made to the port'],
  ])('reads %s with its one-word verb', (text, read) => {
    expect(singleWordVerbs(text)).toBe(read);
  });

  it('leaves other verbs with "down" or "off" alone', () => {
    expect(singleWordVerbs('who shot down the drone')).toBe('who shot down the drone');
    expect(singleWordVerbs('when did the rebels set off the bomb')).toBe('when did the rebels set off the bomb');
    expect(singleWordVerbs('when did the storm leave people dead')).toBe('when did the storm leave people dead');
  });
});

describe('"which government …"', () => {
  it('may be answered by a place standing for its government; "which group …" may not', () => {
    expect(parseQuestion(auto('Which government played down the leak?'))).toMatchObject({ kind: 'eventActor', wants: 'organization', orPlace: true });
    expect(parseQuestion(auto('Which group played down the leak?'))).not.toHaveProperty('orPlace');
  });
});

describe('roleTaken', () => {
  it('reads the role after "as" or "became" at the end of the question or before its complement', () => {
    expect(roleTaken('Who replaced Olsen as harbour minister?')).toBe('harbour minister');
    expect(roleTaken('who became the head of the port authority')).toBe('the head');
  });

  it('does not read a clause opened by "as" as a role', () => {
    expect(roleTaken('Who fired the rockets as the minister arrived?')).toBeUndefined();
    expect(parseQuestion(auto('Who fired the rockets as the minister arrived?'))).not.toHaveProperty('inRole');
  });
});

describe('kindWords', () => {
  it('gives the words of "which X" that only name a country as the kind asked for', () => {
    expect(kindWords("which countries' leaders has Lopez been phoning")).toEqual(['countries']);
    expect(kindWords('which nation hosts the troops')).toEqual(['nation']);
    expect(kindWords('which group seized the ferry')).toEqual([]);
  });
});

describe('a headline asked as a headline', () => {
  it('reads "<statement> — who?" as who the statement describes, and "— who says?" as who said it', () => {
    expect(parseQuestion(auto('Port chief blames storm surge for Porto closure: who?'))).toMatchObject({ text: 'who is the Port chief who blames storm surge for Porto closure?' });
    expect(parseQuestion(auto('Norland cites two ferry routes as "lifelines" — who says?'))).toMatchObject({ kind: 'saidBy', text: 'who said Norland cites two ferry routes as "lifelines"?' });
  });

  it('reads a title before a colon as who said what follows it, and "when?" as when they said it', () => {
    expect(parseQuestion(auto('Norland FM: talks "stalled at the last minute"... name?'))).toMatchObject({ text: 'who is the Norland foreign minister who said talks "stalled at the last minute"?' });
    expect(parseQuestion(auto('SecState: ferry ban lifted (Porto) — when?'))).toMatchObject({ kind: 'eventTime', text: 'when did the secretary of state say ferry ban lifted, in Porto?' });
  });

  it('gives a bare verb after a label the label for its object, and reads "dated when?" as the story\'s date', () => {
    expect(parseQuestion(auto('Gazette Porto wire: who edits?'))).toMatchObject({ text: 'who edits the Gazette Porto wire?' });
    expect(parseQuestion(auto('Gazette Porto piece: dated when?'))).toMatchObject({ kind: 'articleDate' });
  });

  it('leaves a name before the verb alone: the name is no description of whoever is asked for', () => {
    expect(parseQuestion(auto('Lopez blames the storm: who?')).text).not.toMatch(/^who is the Lopez/);
  });

  it("puts the label for the pronoun of a short question with its source after it: \"who's behind it, per SecDef\"", () => {
    expect(parseQuestion(auto("Porto ferry fire: who's behind it, per SecDef?")).text).toMatch(/^who's behind porto ferry fire, according to defense secretary\?$/i);
  });
});

describe('a lead-in about the asking', () => {
  it('is dropped before a question that stands by itself', () => {
    const question = 'who was the harbour master the storm swept off the pier at Porto?';
    expect(parseQuestion(auto(`Alright folks, quick one: ${question}`), isName).text).toBe(parseQuestion(auto(question), isName).text);
    expect(parseQuestion(auto(`Kim from Vell is on the line, and she wants a name: ${question}`), isName).text).toBe(parseQuestion(auto(question), isName).text);
    const described = 'the harbour master who said the pier at Porto was lost at the last minute — who is that?';
    expect(parseQuestion(auto(`A caller wants to know: ${described}`), isName).text).toBe(parseQuestion(auto(described), isName).text);
  });

  it('is kept when it names what the coverage could be asked by, or the question leans on it', () => {
    const withName = (phrase: string) => isName(phrase) || phrase === 'Porto';
    expect(parseQuestion(auto('porto ferry fire - when exactly, gazette version'), withName).text).not.toBe('when exactly, gazette version');
    expect(parseQuestion(auto('The October piece: who was the harbour master the storm swept off the pier?'), isName)).toMatchObject({ story: 'October' });
  });
});

describe("a briefing's tasking", () => {
  it('reads "Identify X", "Confirm identity of X" and "X — confirm identity." as who X is', () => {
    expect(parseQuestion(auto('Identify senior Norland port commander KIA in the Porto blast; Vell threatens reprisals.'))).toMatchObject({ text: 'who is the senior Norland port commander killed in the Porto blast?' });
    expect(parseQuestion(auto("'Harbour chief' citing a 'clear risk' of closure — confirm identity."))).toMatchObject({ text: "who is the Harbour chief citing a 'clear risk' of closure?" });
  });

  it('reads "Establish timing: X", "X — DTG?" and "Timing of X — establish DTG." as when X was', () => {
    expect(parseQuestion(auto('Establish timing: explosions at Porto, reportedly a Vell attack.'))).toMatchObject({ kind: 'eventTime', text: 'when was the explosions at Porto, a Vell attack?' });
    expect(parseQuestion(auto("Norland navy condemnation of 'reckless' raids: DTG?"))).toMatchObject({ kind: 'eventTime', text: "when was the Norland navy condemnation of 'reckless' raids?" });
    expect(parseQuestion(auto('Timing of Lopez threat to close the port — establish DTG.'))).toMatchObject({ kind: 'eventTime', text: 'when was the Lopez threat to close the port?' });
  });

  it('reads an attribution as who said the statement, or whose the figure is', () => {
    expect(parseQuestion(auto('Attribution: statement that Norland was not involved in the raid (Porto, May) — principal?'))).toMatchObject({ kind: 'saidBy', text: 'who said Norland was not involved in the raid, in Porto?' });
    // The source of a figure is whoever gave it.
    expect(parseQuestion(auto('Attribution for Porto casualty figure of nearly 300 — source?')).text).toBe('who said Porto casualty figure of nearly 300?');
  });
});

describe('a photo called a shot', () => {
  it('asks for the photo credit when someone took it or is credited with it, not for a shot at someone', () => {
    expect(parseQuestion(auto('who took the Gazette shot of Lopez?'))).toMatchObject({ kind: 'credit', credit: 'photo' });
    expect(parseQuestion(auto('who took a shot at Lopez?'))).not.toMatchObject({ kind: 'credit' });
  });
});

describe("a skeptic's question", () => {
  it('sets the hedges aside and reads "if we believe X" as by X\'s telling', () => {
    expect(parseQuestion(auto('This so-called port closure at Porto — when was it, if we believe the Gazette?')).text).toBe('when was this port closure at Porto, according to the Gazette?');
    expect(parseQuestion(auto('When does the Gazette actually say the storm hit Porto?')).text).toBe('When the storm hit Porto, according to the Gazette?');
  });

  it('asks the question after a check that gives way to it, with the check\'s story for "it"', () => {
    expect(parseQuestion(auto('Does the Gazette piece actually say that, or who does it name as the harbour master?')).text).toBe('who does the Gazette piece name as the harbour master?');
    expect(parseQuestion(auto('who is the harbour master, and does the piece even name him?')).text).toBe('who is the harbour master?');
  });

  it('asks of what a story tells: who said it, or which one it leaves unnamed', () => {
    expect(parseQuestion(auto("The Porto piece says the navy 'will not tolerate' raids. According to whom, exactly? Which official said that?"))).toMatchObject({ kind: 'saidBy', text: "which official said the navy 'will not tolerate' raids?" });
    expect(parseQuestion(auto('The Gazette mentions that some Vell commander threatened to close the port. Who, supposedly?'))).toMatchObject({ text: 'which Vell commander threatened to close the port?' });
    expect(parseQuestion(auto("The Gazette calls some country a 'rare ally of both sides' — sounds like spin to me. Which country are they talking about?"))).toMatchObject({ text: "which country is a 'rare ally of both sides'?" });
  });

  it('leaves a question of what a call was for, and a short check that the question points back to, as they are', () => {
    expect(parseQuestion(auto('The Gazette story mentions a curfew called for earlier in the week. Who made that call?')).text).not.toMatch(/said a curfew/);
    expect(parseQuestion(auto('I heard it was the harbour chief who said the U.S. had closed the port. Was it him, or who actually said that?')).text).not.toMatch(/U\.S\. who said/);
  });
});

describe("a quiz's prompt", () => {
  it('reads the riddle "I am the X who …. Who am I?" as who the X is', () => {
    expect(parseQuestion(auto('I am the Norland harbour master who closed the port at Porto on the very day the storm hit. Who am I?')).text).toBe('who is the Norland harbour master who closed the port at Porto on the very day the storm hit?');
    expect(parseQuestion(auto("I am Norland's top diplomat, and I warned there will be no talks while the port is shut. Who am I?")).text).toBe("who is Norland's top diplomat who warned there will be no talks while the port is shut?");
  });

  it('reads a blank for a post as who holds it, and a blank after a time preposition as when', () => {
    expect(parseQuestion(auto('Fill in the blank: Kell works at the Sarnia Institute, whose president is ___. Who?')).text).toBe('who is the president of the Sarnia Institute?');
    expect(parseQuestion(auto('Fill in the blank: the ferry strike at Porto has spread in ___, per the Gazette.'))).toMatchObject({ kind: 'eventTime' });
  });
});

describe('a story named before an arrow', () => {
  it('asks the question after the arrow of that story, its notes left out', () => {
    expect(parseQuestion(auto('the Porto wire (gazette one) -> which harbour official closed the pier? full name for the notes'))).toMatchObject({ story: expect.stringMatching(/Porto/i) });
    expect(parseQuestion(auto('the Porto wire -> which harbour official closed the pier? full name for the notes')).text).toBe('which harbour official closed the pier?');
  });
});

describe("a worksheet's prompt", () => {
  it('drops its number and how to answer, and reads "the X passage" as the X story', () => {
    expect(parseQuestion(auto('3. According to the Porto passage, who was the harbour master swept off the pier? Answer in a full sentence.'))).toMatchObject({ text: 'who was the harbour master swept off the pier?', story: 'Porto' });
    expect(parseQuestion(auto('7. Which official closed the port? Identify him by name.')).text).toBe('Which official closed the port?');
  });

  it('keeps the story "Using evidence from …" names, and asks what "identify …" and "Explain who he is" ask', () => {
    expect(parseQuestion(auto('Using evidence from the Porto passage, identify the harbour master who closed the pier.'))).toMatchObject({ story: 'Porto', text: expect.stringMatching(/^who is the harbour master who closed the pier\??$/) });
    expect(parseQuestion({ command: 'when', text: '18. Using evidence from paragraph three of the second article, identify when the storm hit Porto.' })).toMatchObject({ kind: 'eventTime', story: 'second' });
    expect(parseQuestion(auto('The Porto passage refers to a harbour master who closed the pier. Explain who he is, giving his full name.')).text).toBe('which harbour master closed the pier?');
  });

  it('takes the story a "Read …" instruction points to, and leaves "according to the author" out', () => {
    expect(parseQuestion(auto('Read the credit line at the end of the Porto article. Who is credited with additional reporting?'))).toMatchObject({ kind: 'credit', credit: 'reporting' });
    expect(parseQuestion(auto('who closed the pier, according to the author of the Porto article?'))).not.toMatchObject({ kind: 'credit' });
  });
});

describe('a count asked of a remark', () => {
  it('asks how many of what the remark counts, its own figure left out as the claim', () => {
    expect(parseQuestion(auto('The Porto piece says more patrol boats are headed to the strait. How many boats exactly?'))).toMatchObject({ kind: 'search', figure: true, text: 'how many patrol boats are headed to the strait?' });
    expect(parseQuestion(auto('our draft says ten ferries were held at the pier. How many does the harbour statement say?'))).toMatchObject({ figure: true, text: 'how many ferries were held at the pier, according to the harbour statement?' });
    expect(parseQuestion(auto('claim check: Norland hosts 3,000 Vell sailors. What figure does the Porto report give?'))).toMatchObject({ figure: true, text: 'how many Vell sailors Norland hosts?' });
  });

  it('leaves a remark that itself asks how many to be asked as it is', () => {
    expect(parseQuestion(auto('The piece says how many sailors are among the roughly 150 crew? How many?')).text).not.toBe('how many crew?');
  });

  it('reads a story before an arrow after the bot is addressed, and "what got ordered" as a passive', () => {
    expect(parseQuestion(auto('@Byline the Porto piece -> what got ordered to the strait? (a second ... ?)'))).toMatchObject({ story: 'Porto', text: 'what was ordered to the strait?' });
  });
});

describe('a question across the stories', () => {
  it('reads "the November one" as the November story and asks the question its own story opens', () => {
    expect(parseQuestion(auto('The October story and the November story both mention the harbour. In the November one, who closed the pier at Porto before the storm?'))).toMatchObject({ story: 'November', text: 'who closed the pier at Porto before the storm?' });
  });

  it('leaves out the story ruled out', () => {
    expect(parseQuestion(auto('In the August Gazette wire, not the April Gazette one, who closed the pier at Porto?'))).toMatchObject({ story: 'August Gazette' });
  });
});

describe('the act of "which X Y-ed"', () => {
  it('is the verb after the which-phrase\'s noun, not the noun', () => {
    expect(parseQuestion(auto("which Vell spokesperson answered Lopez's warning?"))).toMatchObject({ act: 'answered' });
    expect(parseQuestion(auto('which group took hostages?'))).not.toMatchObject({ act: 'group' });
  });
});

describe('a word corrected with a star', () => {
  it('takes the place of the word it corrects, the nearest of the same first letter, one word or several', () => {
    expect(parseQuestion(auto('who wrote the routers story from Porto *Reuters'))).toMatchObject({ text: expect.stringMatching(/Reuters story/) });
    expect(parseQuestion(auto('who runs the port at all a sad *al Asad')).text).toMatch(/al Asad/);
  });
});

describe('when a source says something happened', () => {
  it('asks when it happened by that source\'s telling, not when the source said it', () => {
    expect(parseQuestion({ command: 'when', text: 'When does the Gazette say the storm hit Porto?' })).toMatchObject({ kind: 'eventTime', text: 'When the storm hit Porto, according to the Gazette?' });
    expect(parseQuestion({ command: 'when', text: 'Which day does the Porto report put the ferry fire on?' })).toMatchObject({ kind: 'eventTime', text: 'Which day was the ferry fire?', story: 'Porto' });
    expect(parseQuestion({ command: 'when', text: 'When did Lopez say the storm hit Porto?' }).text).not.toMatch(/according to Lopez/);
  });
});

describe("a researcher's question", () => {
  it('reads a bracketed citation as the story, or drops a bare date', () => {
    expect(parseQuestion({ command: 'when', text: 'On what date did the ferry strike reported by the Gazette (Apr. 2025) begin?' }).text).not.toMatch(/\(/);
    expect(parseQuestion({ command: 'when', text: 'When did the storm hit Porto (Gazette, 2025)?' })).toMatchObject({ story: 'Gazette' });
  });

  it('reads a temporal placement as when, and an attribution as who said it or who was behind it', () => {
    expect(parseQuestion({ command: 'when', text: 'What temporal placement is assigned to the explosions reported in Porto?' })).toMatchObject({ kind: 'eventTime', text: 'when was the explosions reported in Porto?' });
    expect(parseQuestion({ command: 'when', text: 'At what point is the closure of the Porto pier temporally placed?' })).toMatchObject({ kind: 'eventTime', text: 'when was the closure of the Porto pier?' });
    expect(parseQuestion({ command: 'who', text: "To which Norland official is the assertion attributed that the port was 'shut at the last minute'?" })).toMatchObject({ kind: 'saidBy' });
    expect(parseQuestion({ command: 'who', text: 'The seizure of the ferry is attributed to which organisation?' }).text).toBe('which organisation was behind the seizure of the ferry?');
  });

  it('drops a lead of purpose only, and asks who took a photograph credited to someone', () => {
    expect(parseQuestion({ command: 'who', text: 'For purposes of image citation, to whom is the photograph of the Porto pier credited?' })).toMatchObject({ kind: 'credit', credit: 'photo' });
    expect(parseQuestion({ command: 'who', text: 'According to Lopez, who closed the pier?' }).text).toMatch(/Lopez/);
  });
});

describe('a keyword query', () => {
  it('puts its question word, written last, first', () => {
    expect(parseQuestion(auto('norland patrol boats how many sent'))).toMatchObject({ kind: 'search', figure: true, text: 'how many norland patrol boats sent?' });
    expect(parseQuestion(auto('porto ferry strikes since when'))).toMatchObject({ kind: 'eventTime', since: true });
    expect(parseQuestion(auto('who porto flood death toll nearly 300 source'))).toMatchObject({ kind: 'saidBy' });
  });

  it('leaves a question asked in place after its verb as it is', () => {
    expect(parseQuestion(auto('lopez is who exactly')).text).not.toMatch(/^who lopez/);
    expect(parseQuestion(auto('the porto storm wounded how many')).text).not.toMatch(/^how many the porto/);
  });
});

describe("a clerk's form line", () => {
  it('asks when an event was, who holds a post, who said a statement', () => {
    expect(parseQuestion({ command: 'when', text: 'Event: ferry fire at Porto | Field: date | Source: Gazette Porto wire' })).toMatchObject({ kind: 'eventTime', text: 'when was the ferry fire at Porto?', story: expect.stringMatching(/Gazette Porto/) });
    expect(parseQuestion({ command: 'who', text: 'Org: Sarnia Institute | Position: director, port program | Field: NAME' }).text).toMatch(/^who is the director, port program of the Sarnia Institute/);
    expect(parseQuestion({ command: 'who', text: 'Statement: "the pier stays shut" | Field: speaker' })).toMatchObject({ kind: 'saidBy' });
  });

  it('asks for a party to an event, and leaves fields it cannot put as a question alone', () => {
    expect(parseQuestion({ command: 'who', text: 'Event: raid on the Porto depot | Field: RESPONSIBLE PARTY' }).text).toBe('who was the responsible party, in the raid on the Porto depot?');
    expect(parseQuestion(auto('Item: truck seized at Porto | Field: VEHICLE MAKE/MODEL')).text).toMatch(/Item:/);
  });
});

describe('"who is the person that …"', () => {
  it('asks who did it: the person is whoever did', () => {
    expect(parseQuestion(auto('who is the person that did the writing for the Gazette story from Porto?'))).toMatchObject({ kind: 'credit', credit: 'writing' });
    expect(parseQuestion(auto('Who is the person which closed the pier at Porto?')).text).toBe('Who closed the pier at Porto?');
    expect(parseQuestion(auto('who is the person that was the harbour master at Porto?')).text).toMatch(/person/);
  });
});

describe('"what day was it when …"', () => {
  it('asks on what day it happened, and a saying when it was said', () => {
    expect(parseQuestion({ command: 'when', text: 'what day was it when the storm hit Porto?' })).toMatchObject({ kind: 'eventTime', text: 'on what day the storm hit Porto?' });
    expect(parseQuestion({ command: 'when', text: 'What day was it when Lopez said the pier would reopen?' }).text).toMatch(/^when did Lopez say/);
  });
});

describe('a keyword query of no words', () => {
  it('is read without error: \'" " who\' has nothing before its question word', () => {
    expect(() => parseQuestion({ command: 'who', text: '" " who' })).not.toThrow();
  });
});

describe('a keyword query of a title', () => {
  it('asks who holds it, without a verb among its words', () => {
    expect(parseQuestion(auto('who norland harbour minister now'))).toMatchObject({ kind: 'role', text: 'who is the norland harbour minister?' });
    expect(parseQuestion(auto('who serves as norland harbour minister')).text).not.toMatch(/^who is the serves/);
  });
});

describe('a headline with no verb', () => {
  it('reads "as" as no verb: "X successor as Y chief: who?" describes no one who did anything', () => {
    expect(parseQuestion(auto('Rook successor as Sarnia harbour chief: who?')).text).not.toMatch(/who as/);
  });
});

describe("a claim file's note", () => {
  it('puts a story tag, a field label and a closing request as the question, the tag as its story', () => {
    expect(parseQuestion({ command: 'who', text: 'Gazette wire. Deceased: harbour pilot, drowned off Porto. Full name?' })).toMatchObject({ text: 'who was the harbour pilot, drowned off Porto?', story: 'Gazette' });
    expect(parseQuestion({ command: 'when', text: 'Loss date? Ferry fire, Porto pier - 3 crew hurt.' }).text).toBe('when was the ferry fire, Porto pier - 3 crew hurt?');
    expect(parseQuestion({ command: 'when', text: 'Porto file. Mayor Reyes departs for Lisbon w/ the budget - time of departure?' }).text).toMatch(/^when did Mayor Reyes (?:depart for|travel to) Lisbon with the budget\?$/);
    expect(parseQuestion({ command: 'who', text: "Re: pier file (Gazette). Statement on record: 'the pier stays shut' at close of council. Party making statement - name?" })).toMatchObject({ kind: 'saidBy', story: 'pier Gazette' });
    expect(parseQuestion({ command: 'who', text: 'Gazette wire. Party that seized the ferry w/ its cargo?' })).toMatchObject({ text: 'who seized the ferry with its cargo?', story: 'Gazette' });
    expect(parseQuestion({ command: 'when', text: 'Porto file. Duration of the pier closure as of council update?' })).toMatchObject({ kind: 'duration' });
  });

  it('keeps a month or a year out of the story the tag describes, and leaves a question that asks for itself alone', () => {
    expect(parseQuestion({ command: 'who', text: 'Oct 2023 Porto file. Harbour master now heading the inquiry - name for the file?' })).toMatchObject({ text: 'who is the harbour master now heading the inquiry?', story: 'Porto' });
    expect(parseQuestion({ command: 'when', text: 'The Gazette says the pier shut. When, according to the Gazette, did the pier shut?' }).text).not.toMatch(/^when was/);
    expect(parseQuestion({ command: 'who', text: 'Person: the Porto harbour master | Need: FULL NAME' }).text).toBe('who is the Porto harbour master?');
  });
});

describe("a translator's word order and false friends", () => {
  it('reads "how is called", "chef of", "menaced to", "made the photo", "done the writing of" and "selon" as English does', () => {
    expect(parseQuestion({ command: 'who', text: 'How is called the harbour master of Porto?' }).text).toBe('who is the harbour master of Porto?');
    expect(parseQuestion({ command: 'who', text: 'Who is the chef of Gazette Media who has menaced to close the pier?' }).text).toBe('Who is the chief of Gazette Media who has threatened to close the pier?');
    expect(parseQuestion({ command: 'who', text: 'Who has made the photo of the pier?' })).toMatchObject({ kind: 'credit', credit: 'photo' });
    expect(parseQuestion({ command: 'who', text: 'Who has done the writing of the Gazette article from Porto, selon the credit line?' })).toMatchObject({ kind: 'credit', credit: 'writing' });
  });
});

describe("a compliance checklist's item", () => {
  it('reads the request after the item number as its question', () => {
    expect(parseQuestion({ command: 'who', text: "Item 2 — State the name of Porto's harbour master who indicated that the pier was 'closed for repairs'." }).text).toBe("who is Porto's harbour master who indicated that the pier was 'closed for repairs'?");
    expect(parseQuestion({ command: 'who', text: '13 — Identify the body which, per the Gazette dispatch, condemned the closure.' }).text).toMatch(/^which body\b.*condemned the closure/);
    expect(parseQuestion({ command: 'when', text: '5(b) Indicate the day on which a fire at the Porto depot injured two crew.' })).toMatchObject({ kind: 'eventTime', text: 'when a fire at the Porto depot injured two crew?' });
    expect(parseQuestion({ command: 'when', text: 'Item 6 — Verify the date of the ferry strike.' }).text).toBe('when was the ferry strike?');
    expect(parseQuestion({ command: 'who', text: '5(c) Confirm whether the Gazette article names the harbour master who closed the pier; if so, state the name.' })).toMatchObject({ text: 'who is the harbour master who closed the pier?', story: 'Gazette' });
    expect(parseQuestion(auto('A-1: confirm the outlet that ran the Subject Article (Gazette, Porto).')).text).toMatch(/^which outlet ran the Gazette Porto article/);
  });

  it('leaves a request without its number to the rules that read it', () => {
    expect(parseQuestion({ command: 'when', text: 'Specify the time frame in which, per the Gazette account, the pier was shut.' }).text).not.toMatch(/^which time/);
  });
});

describe('a dictated question', () => {
  it('reads spoken punctuation as marks and letters spelled out as one word', () => {
    expect(parseQuestion({ command: 'who', text: 'who is the harbour master of porto comma the one at the press conference question mark' }).text).toBe('who is the harbour master of porto, the one at the press conference?');
    expect(parseQuestion({ command: 'who', text: 'who said there was a quote clear plan unquote for the pier question mark' }).text).toMatch(/"clear plan"/);
    expect(parseQuestion({ command: 'who', text: 'who took the g p photo of the g seven pier question mark' }).text).toMatch(/GP photo of the G7 pier\?$/);
    expect(parseQuestion({ command: 'who', text: 'how many u s sailors were hurt question mark' }).text).toMatch(/U\.S\. sailors/);
  });

  it('leaves "period" and single letters alone in a question that speaks no punctuation', () => {
    expect(parseQuestion({ command: 'when', text: 'when did the grace period for u s ferries end?' }).text).toMatch(/grace period for u s ferries/);
  });
});

describe('an afterthought after a question', () => {
  it('drops a remark on the one asked about and the question asked again in short', () => {
    expect(parseQuestion(auto('what organization is Ana Reyes with, she directs its port program?')).text).toBe('what organization is Ana Reyes with?');
    expect(parseQuestion({ command: 'when', text: 'for how long had the strike gone on when the count reached 1,200, how many days?' }).text).toBe('for how long had the strike gone on when the count reached 1,200?');
    expect(parseQuestion({ command: 'who', text: 'who closed the pier, she said it was unsafe?' }).text).toMatch(/she said/);
  });

  it('reads "depart" as "leave", and "depart for" as a journey', () => {
    expect(parseQuestion({ command: 'when', text: 'when did Reyes depart to meet the council?' }).text).toBe('when did Reyes leave to meet the council?');
    expect(parseQuestion({ command: 'when', text: 'when did Reyes depart for Lisk?' }).text).toMatch(/travel to Lisk/);
  });

  it('reads "# of" and "no. of" as how many', () => {
    expect(parseQuestion(auto('Gazette file: # of ferries held at Porto last week?')).text).toMatch(/^how many ferries held at Porto last week\?/);
    expect(parseQuestion(auto('no. of crew hurt in the Porto fire?')).text).toMatch(/^how many crew hurt/);
  });

  it('asks "who is the X who said Y" as which X said Y', () => {
    expect(parseQuestion({ command: 'who', text: 'who is the top port official who said the pier was unsafe?' })).toMatchObject({ kind: 'saidBy' });
    expect(parseQuestion({ command: 'who', text: 'who is the Norland minister reporting the pier got last-minute notice?' })).toMatchObject({ kind: 'saidBy', describedAs: 'Norland minister' });
    expect(parseQuestion({ command: 'who', text: 'who is the reporters credited with the reporting on the Gazette story?' }).kind).not.toBe('saidBy');
    expect(parseQuestion({ command: 'who', text: "who is the individual credited with 'additional reporting' on the Gazette story?" }).text).toMatch(/'additional reporting'/);
  });

  it('asks for a person by what they do ("which pilot", "the pilot that …"), never a country', () => {
    expect(parseQuestion({ command: 'who', text: 'who was the pilot that shot down the drones over Porto?' })).toMatchObject({ kind: 'eventActor', wants: 'person' });
  });
});

describe("a post's and a memo's question", () => {
  it('reads the question without emoji, hashtags, capitals for emphasis and a remark after its mark', () => {
    expect(parseQuestion({ command: 'when', text: 'When did the blasts rock #Porto?? they SAY it was the navy but NOBODY confirms 🤔' }).text).toBe('When did the blasts rock Porto?');
    expect(parseQuestion({ command: 'who', text: 'They keep saying Reyes DENIED it... so WHO let slip that the pier was "shut at the last minute"?? #Porto' }).text).toMatch(/^who said that the pier was "shut at the last minute"\?$/i);
    expect(parseQuestion({ command: 'when', text: 'What date is on the dateline of the Gazette PORTO story?? want the receipts 🧾' })).toMatchObject({ kind: 'articleDate' });
    expect(parseQuestion({ command: 'who', text: 'whose ferry sank? theres a read also link about it in the Gazette article' }).text).toMatch(/Gazette article/);
  });

  it('reads an emoji between two sentences as their end, and a creator\'s "no because" before the question as chatter', () => {
    expect(parseQuestion({ command: 'who', text: 'no because i need to credit the photo 📸 who took the Gazette pic of Lopez at the summit??' })).toMatchObject({ kind: 'credit', credit: 'photo' });
    expect(parseQuestion({ command: 'when', text: 'no because i need the date on screen for the ferry sinking in Porto 📅' }).text).toBe('i need the date on screen for the ferry sinking in Porto');
  });

  it('reads "when was that, relative to the meeting?" as asking the time of what "that" points back to', () => {
    expect(parseQuestion({ command: 'when', text: 'The ferry fire in the Gazette piece — when was that, relative to the Porto summit?' }).text).not.toMatch(/relative|summit/);
    expect(parseQuestion({ command: 'when', text: 'when was the fire, relative to the Porto summit?' }).text).toMatch(/relative to the Porto summit/);
  });

  it('reads "who at the port authority said …" and "who actually said …" as asking for a speaker', () => {
    expect(parseQuestion({ command: 'who', text: 'who at the port authority said the pier "will not reopen"?' })).toMatchObject({ kind: 'saidBy', statement: 'will not reopen' });
    expect(parseQuestion({ command: 'who', text: 'someone literally said the pier "will not reopen" 😤 who said that' })).toMatchObject({ kind: 'saidBy' });
    expect(parseQuestion({ command: 'who', text: 'who first suggested closing the pier?' })).not.toMatchObject({ kind: 'saidBy' });
  });

  it("reads a memo's shorthand, and its subject for the question's closing pronoun", () => {
    expect(parseQuestion({ command: 'who', text: 'FYI boss wants the harbour chief\'s name from the Gazette story — the one who said the pier "will not reopen"' }).text).toMatch(/^who is the harbour chief\b/);
    expect(parseQuestion({ command: 'when', text: 're: the ferry ban Reyes backed in Porto — when did the mayor first call for it?' }).text).toBe('when did the mayor call for the ferry ban Reyes backed in Porto?');
    expect(parseQuestion(auto('which city was rocked by blasts early Friday? Also need the Reyes line for the memo later.')).text).toBe('which city was rocked by blasts early Friday?');
    expect(parseQuestion({ command: 'who', text: 'Need the harbour chief who closed the pier. thx' }).text).not.toMatch(/thx/);
  });
});

describe("a story's date by where it is printed, an event by its source, a thing named then asked of", () => {
  it('reads "the date printed beneath the headline of X", "the event reported by X" and "X — when was that figure put out?"', () => {
    expect(parseQuestion({ command: 'when', text: 'State the date printed beneath the headline of the Gazette article.' })).toMatchObject({ kind: 'articleDate' });
    expect(parseQuestion({ command: 'when', text: 'What is the date which is written at top of the Gazette article?' })).toMatchObject({ kind: 'articleDate' });
    expect(parseQuestion({ command: 'when', text: 'On what date did the Porto press event reported by Gazette Media (2024) take place?' }).text).toBe('On what date did the Porto press event take place, according to Gazette Media?');
    expect(parseQuestion({ command: 'when', text: "The port authority's ferry count near 40 — when was that figure put out?" }).text).toBe("when was the port authority's ferry count near 40 put out?");
  });
});

describe("a deposition transcript's question", () => {
  it("reads the question without the transcript's label, its procedure and the examiner's asides, the exhibit as its story", () => {
    expect(parseQuestion({ command: 'when', text: 'Objection, asked and answered. Withdrawn. Q. When did the fire at the Porto depot take place?' }).text).toBe('When did the fire at the Porto depot take place?');
    expect(parseQuestion({ command: 'who', text: 'Q. And who, to your knowledge, closed the pier? Let the record reflect I am referring to the Gazette Porto dispatch.' })).toMatchObject({ text: 'who closed the pier?', story: expect.stringMatching(/Gazette Porto/) });
    expect(parseQuestion({ command: 'who', text: 'Q. Directing your attention to Exhibit 1. Who, to your knowledge, closed the pier? Take your time.' }).text).toBe('Who closed the pier?');
    expect(parseQuestion(auto('@Byline Q. How many ferries sank off Porto? Please state the number for the record.')).text).toBe('How many ferries sank off Porto?');
  });

  it('reads "The X. When had Y called for it?" as asked of the X', () => {
    expect(parseQuestion({ command: 'when', text: 'The ferry ban the mayor backed in Porto. When had the council called for it?' }).text).toBe('When had the council called for the ferry ban the mayor backed in Porto?');
  });
});

describe("a chat reply's question", () => {
  it('reads the quoted message for "that", a short reply as its continuation, and the chat\'s words away', () => {
    expect(parseQuestion({ command: 'who', text: "> 'the pier stays shut' — who said that? the gazette porto one lol" })).toMatchObject({ kind: 'saidBy', story: 'gazette porto' });
    expect(parseQuestion({ command: 'who', text: '> reyes says the ferries run — ok but who said the pier was shut "at the last minute"? @maria lmk' }).text).toBe('who said the pier was shut "at the last minute"?');
    expect(parseQuestion({ command: 'when', text: '> strikes in porto since the ferry war broke out — broke out in which month? gazette' })).toMatchObject({ kind: 'eventTime', granularity: 'month', story: 'gazette' });
  });
});

describe('who is pictured', () => {
  it('asks the page\'s caption, whatever the picture shows them doing; "seen" only in a photo', () => {
    expect(parseQuestion(auto('who is pictured speaking at the Porto press conference?'))).toMatchObject({ kind: 'articleDate', part: 'page' });
    expect(parseQuestion(auto('who was seen leaving the Porto depot?')).kind).not.toBe('articleDate');
  });

  it('asks it of "who\'s in the picture", after the remark that names the photo', () => {
    expect(parseQuestion(auto('Gazette piece, photo caption, Porto Monday. Who\'s in the picture, confirm'))).toMatchObject({ kind: 'articleDate', part: 'page' });
    expect(parseQuestion(auto('who was in the Porto depot when the fire started?')).kind).not.toBe('articleDate');
  });
});

describe('a role quoted in a story', () => {
  it('asks who holds the role, the story after it; "who is the only person quoted" still asks who is quoted', () => {
    expect(parseQuestion({ command: 'who', text: 'who is the port program director at the Sarnia Institute quoted in the Gazette story?' })).toMatchObject({ kind: 'role', role: 'port program director at the Sarnia Institute', story: 'Gazette' });
    expect(parseQuestion({ command: 'who', text: 'Who is the only person quoted in the Gazette story?' }).text).toMatch(/quoted/);
  });
});

describe('a report of a saying, an earlier office, a span asked after "after"', () => {
  it('reads "reported overnight that", "who had been the", "after how long"', () => {
    expect(parseQuestion({ command: 'who', text: 'which body reported overnight that the toll had reached 40?' }).text).toBe('which body said overnight that the toll had reached 40?');
    expect(parseQuestion({ command: 'who', text: 'Who had been the harbour chief of Porto before he was sacked?' }).text).toMatch(/^Who was the harbour chief of Porto/);
    expect(parseQuestion({ command: 'when', text: 'After how long a stretch of strikes had the toll reached 40?' })).toMatchObject({ kind: 'duration' });
  });
});

describe('remarks before a question that asks by itself', () => {
  it('are dropped when they name no story and the question points back to nothing', () => {
    expect(parseQuestion({ command: 'who', text: 'Hands up, not us! Who told reporters at the Porto summit that the navy was not involved in the raid?' }).text).toMatch(/^Who told reporters at the Porto summit that the navy was not involved in the raid\?$/);
    expect(parseQuestion({ command: 'when', text: 'Ferries were stopped. When did the mayor close the pier after that?' }).text).toMatch(/Ferries were stopped/);
  });
});

describe('what a plain question keeps', () => {
  it('keeps an acronym in capitals, what "the following" points to, and "who reported X" as who did', () => {
    expect(parseQuestion({ command: 'when', text: 'When did the Porto Media CEO resign?' }).text).toMatch(/CEO/);
    expect(parseQuestion({ command: 'when', text: 'When was the SAME DAY the pier shut?' }).text).toMatch(/same day/);
    expect(parseQuestion({ command: 'who', text: 'Who said the following statement? "The pier stays shut."' })).toMatchObject({ kind: 'saidBy', statement: 'The pier stays shut.' });
    expect(parseQuestion({ command: 'who', text: "Who reported the port's market share in 2007?" })).toMatchObject({ kind: 'eventActor' });
  });
});

describe("where a story's own lines stand", () => {
  it('reads the date atop a story as the date it carries', () => {
    expect(parseQuestion({ command: 'when', text: 'Date atop the Gazette piece from Porto?' })).toMatchObject({ kind: 'articleDate', part: 'date' });
    expect(parseQuestion({ command: 'when', text: 'What is the date printed at the top of the Gazette story?' })).toMatchObject({ kind: 'articleDate', part: 'date' });
  });

  it('drops "per the sign-off" from a credit question: where the credit stands, not a source', () => {
    expect(parseQuestion({ command: 'who', text: 'who is the writer credited on the Porto wire piece, per the sign-off?' })).toMatchObject({ kind: 'credit', credit: 'writing', text: 'who is the writer credited on the Porto wire piece?' });
  });

  it('asks a question after "the X story from Y lists …" of that story', () => {
    expect(parseQuestion({ command: 'who', text: 'The Gazette story from Porto lists an editor at the bottom. Who is credited with the editing?' }).text).toMatch(/, in the Gazette story from Porto\?$/i);
  });
});

describe('a quote request whose topic names its occasion', () => {
  it('reads the occasion after a comma, and its place after it, as the setting', () => {
    expect(parseQuestion({ command: 'quote', speaker: 'Lopez', topic: 'commitment to the harbour, summit close on Lenz' })).toMatchObject({ topic: 'commitment to the harbour', setting: 'Lenz' });
    expect(parseQuestion({ command: 'quote', speaker: 'Lopez', topic: 'commitment to the harbour at the summit close on Lenz' })).toMatchObject({ topic: 'commitment to the harbour', setting: 'Lenz' });
  });
});

describe('a remark about someone unnamed, then a question for them', () => {
  it('asks who did what "someone" did, with the clause that dates it after', () => {
    expect(parseQuestion({ command: 'who', text: 'After the storm in Porto, someone closed the pier and said the ferries would wait. Who made that statement?' }).text).toBe('who closed the pier and said the ferries would wait, after the storm in Porto?');
  });

  it('leaves a claim someone posted, and a question with its own act, to the rules that read them', () => {
    expect(parseQuestion({ command: 'who', text: 'Someone posted that Lenz closed the port. Who made that statement?' }).text).not.toMatch(/^who posted/);
    expect(parseQuestion({ command: 'who', text: 'Somebody edited the Gazette piece about the pier. Who is credited with editing it?' }).text).not.toMatch(/^who edited the Gazette piece about the pier\?$/);
  });

  it('asks "which prime minister was that?" of the prime minister the remark names', () => {
    expect(parseQuestion({ command: 'who', text: "Lopez had already held talks with Norland's prime minister before the summit. Which prime minister was that?" }).text).toMatch(/which Norland prime minister/);
  });
});

describe("an executive's texted note", () => {
  it.each<[string, string, Record<string, unknown>]>([
    // A place before a title is whose title it is (not initials, which the coverage writes so itself).
    ['who', 'who is the kenya FM?', { kind: 'role', role: "kenya's foreign minister" }],
    ['who', 'who is the Peru foreign minister?', { kind: 'role', role: "Peru's foreign minister", text: "who is Peru's foreign minister?" }],
    ['who', "who's the US president", { kind: 'role', role: 'US president' }],
    // Abbreviations, and a trailing "- who" or "#?" without its question mark.
    ['who', 'porto harbour cmdr sacked - who', { text: expect.stringMatching(/commander/) }],
    ['auto', 'ferries sunk in lenz #?', { text: 'how many ferries sunk in lenz?' }],
    ['who', 'gazette pic - photog?', { kind: 'credit', credit: 'photo' }],
    // A /who text that only describes someone asks who is so described; "X name" asks the same.
    ['who', 'harbour chief in porto piece?', { kind: 'role', role: 'harbour chief', text: 'who is the harbour chief?' }],
    ['who', 'kenya FM name', { kind: 'role', role: "kenya's foreign minister" }],
    // Not a text that tells an act, nor a thing's name.
    ['who', 'closed the harbour in porto?', { text: 'who closed the harbour in porto?' }],
    ['auto', 'porto ferry crossing name', { text: 'porto ferry crossing name' }],
  ])('%s %s', (command, text, read) => {
    expect(parseQuestion({ command, text } as Request, (phrase) => ['norland', 'lenz', 'porto'].includes(phrase.toLowerCase()))).toMatchObject(read);
  });
});

describe('a saying told, then "which X made this argument?"', () => {
  it('asks which X said it', () => {
    expect(parseQuestion({ command: 'who', text: 'Critics argued that the pier reflected years of neglect. Which engineer at the Lenz Institute made this argument?' }).text).toBe('which engineer at the Lenz Institute argued that the pier reflected years of neglect?');
  });
});

describe('an origin asked with its kind after it', () => {
  it('reads "where were they fired from, which country?" as an origin', () => {
    expect(parseQuestion(auto('where were the rockets the navy shot down fired from, which country?'))).toMatchObject({ kind: 'place', origin: true });
  });
});

describe('"what is the name of" someone by role', () => {
  it('asks who holds the role, as a mention and as /who', () => {
    expect(parseQuestion(auto("what's the name of Norland's transport minister?"))).toMatchObject({ kind: 'role', text: "who is Norland's transport minister?" });
    expect(parseQuestion(auto('what is the name of the harbour commander sacked after the storm?'))).toMatchObject({ text: 'who is the harbour commander sacked after the storm?' });
    expect(parseQuestion({ command: 'who', text: "what's the name of the Lenz mayor?" })).toMatchObject({ kind: 'role', text: 'who is the Lenz mayor?' });
  });

  it("leaves a thing's name to the search for it", () => {
    expect(parseQuestion(auto("what's the name of the bridge the trucks cross into Lenz?"))).toMatchObject({ kind: 'search', named: true });
  });
});

describe('a courtesy title, and a word that only says a title is a person', () => {
  it('reads the name without "Mr" and the title without "guy"', () => {
    expect(parseQuestion({ command: 'when', text: 'Dear Editor, when did Mr Lund fly to Porto?' }).text).not.toMatch(/\bMr\b/);
    expect(parseQuestion({ command: 'when', text: 'When did Mrs. Berg close the pier?' }).text).toBe('When did Berg close the pier?');
    expect(parseQuestion({ command: 'who', text: "who's the Norland transport minister guy?" })).toMatchObject({ kind: 'role', role: 'Norland transport minister' });
  });
});

describe("the asker's stress before a question word or set off by commas", () => {
  it('reads the question without it', () => {
    expect(parseQuestion(auto('I keep a log of numbers. Exactly how many ferries sank off Porto?'))).toMatchObject({ kind: 'search', figure: true, asked: ['ferries'] });
    expect(parseQuestion(auto('How many ferries, precisely, sank off Porto?')).text).toBe('How many ferries sank off Porto?');
  });
});

describe('an instruction to identify someone or confirm a time', () => {
  it('asks who the one described is, to the end of the description', () => {
    expect(parseQuestion({ command: 'who', text: 'RFI: identify Norland harbour commander sacked after the storm last week (Gazette reporting). Name only.' })).toMatchObject({ kind: 'role', text: 'who is the Norland harbour commander sacked after the storm last week?' });
    expect(parseQuestion({ command: 'who', text: 'RFI: identify Norland official who closed the pier.' }).text).toMatch(/^who is the Norland official who closed the pier/);
  });

  it('asks when the event confirmed was', () => {
    expect(parseQuestion({ command: 'when', text: 'Confirm DTG of ferry sinking off Porto that killed four crew.' }).text).toBe('when was ferry sinking off Porto that killed four crew?');
    expect(parseQuestion({ command: 'when', text: 'Please confirm the date of the Lenz bridge closure.' }).text).toMatch(/^when was the Lenz bridge closure/);
  });
});

describe("a story's own date asked by what is printed on it", () => {
  it('reads "what publication date is printed on the X piece" as the story\'s date', () => {
    expect(parseQuestion({ command: 'when', text: 'what publication date is printed on the Gazette piece?' })).toMatchObject({ kind: 'articleDate', part: 'date' });
  });
});
