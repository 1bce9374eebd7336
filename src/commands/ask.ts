import type { Entry, OutsideTopic } from '../knowledge/schema.js';
import type { SearchResult } from '../knowledge/search.js';
import { makeReply, type Match, type Reply } from '../reply.js';
import { quoteUserText } from '../sanitize.js';
import type { CommandContext, CommandSpec } from './command.js';
import { ok } from '../errors.js';
import { entryReply } from './entry-reply.js';

/** How many sections of an entry an answer shows before "More on this". Incidents show all: every step matters. */
const ANSWER_SECTIONS = 2;

/** `ask <question>` (or any free text): the best knowledge entry, "did you mean" when unsure. */
export const ask = {
  name: 'ask',
  aliases: ['question', 'q'],
  summary: 'Answer a question from the knowledge base, with its source.',
  examples: ['ask lambda keeps timing out at 15 min what do i do', 'ask do savings plans cover fargate', 'ask how fast does lambda scale'],
  args: [{ name: 'question', means: 'Your question', example: 'why does my lambda time out', required: true, text: true }],
  settings: [],
  // An `ask` line is always a question: the router answers it as one (a named pair gets its comparison).
  questionOf: ({ rest }) => rest,
  run({ rest }, ctx) {
    return ok(answerQuestion(rest, ctx));
  },
} satisfies CommandSpec;

/** The knowledge base's answer to free text. Never presents a low-confidence guess as fact. */
export function answerQuestion(question: string, ctx: CommandContext): Reply {
  return answerFromSearch(question, ctx.search(question, 5), ctx);
}

/** The search hits as `--json` reports them. */
export const matchesOf = (result: SearchResult): Match[] =>
  result.hits.map((h) => ({ id: h.entry.id, title: h.entry.title, score: round(h.score) }));

/** One entry stated as the answer. */
export function entryAnswer(entry: Entry, ctx: CommandContext, matches: Match[]): Reply {
  const reply = entryReply(entry, 'answer', ctx.topics.titleOf, entry.kind === 'error' ? undefined : ANSWER_SECTIONS);
  return { ...reply, data: { ...reply.data, matches } };
}

/** A search result as a reply: the best entry when the search is sure, "did you mean" or "I don't know" when not. */
export function answerFromSearch(question: string, result: SearchResult, ctx: CommandContext): Reply {
  const matches = matchesOf(result);
  const best = result.hits[0];
  if (result.confidence === 'high' && best) return entryAnswer(best.entry, ctx, matches);
  if (result.confidence === 'low' && result.hits.length > 0) {
    const top = result.hits.slice(0, 3);
    return makeReply({
      kind: 'unknown',
      title: 'Did you mean…',
      summary: `I'm not sure which of these you mean by ${quoteUserText(question, 60)}. Pick one, or rephrase with the service and the symptom.`,
      blocks: [
        { type: 'facts', facts: top.map((h) => ({ text: `**${h.entry.title}** — ${firstSentence(h.entry.answer)}` })) },
        { type: 'actions', buttons: top.map((h) => ({ label: h.entry.title, command: `topic ${h.entry.id}` })) },
      ],
      data: { matches },
    });
  }
  return makeReply({
    kind: 'unknown',
    title: "I don't know that one",
    summary: `I only know about AWS compute — ${ctx.services.listInProse('and')} — and nothing in my knowledge base answers ${quoteUserText(question, 60)}.`,
    blocks: [
      {
        type: 'section',
        markdown: 'Try a comparison (`ec2-vs-lambda`), hard limits (`limits lambda`), or a question such as _why does my lambda time out_.',
      },
      {
        type: 'actions',
        buttons: [
          { label: 'Help', command: 'help' },
          { label: 'EC2 vs Lambda', command: 'ec2-vs-lambda' },
        ],
      },
    ],
    data: { matches },
  });
}

/** An honest "outside what I cover" for a product the knowledge base does not cover, pointing at the nearest entry it has. */
export function outsideReply(topic: OutsideTopic, ctx: CommandContext): Reply {
  const closest = ctx.topics.get(topic.closest);
  return makeReply({
    kind: 'unknown',
    title: 'Outside what I cover',
    summary: `${topic.name} is outside what I cover: I know AWS compute — ${ctx.services.listInProse('and')} — and their neighbours, so I won't guess.${
      closest ? ` The closest topic I do cover is **${closest.title}**.` : ''
    }`,
    blocks: [
      ...(closest ? [{ type: 'section' as const, markdown: firstSentence(closest.answer) }] : []),
      {
        type: 'actions',
        buttons: [...(closest ? [{ label: closest.title, command: `topic ${closest.id}` }] : []), { label: 'Help', command: 'help' }],
      },
    ],
    data: { outside: topic.name, matches: [] },
  });
}

function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/.exec(text);
  return m ? m[0] : text;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
