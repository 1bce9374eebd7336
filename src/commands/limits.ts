import { fail, ok, UserError } from '../errors.js';
import { makeReply, uniqueSources } from '../reply.js';
import { quoteUserText } from '../sanitize.js';
import { swappedInto, words } from '../knowledge/text.js';
import type { CommandSpec } from './command.js';

/** `limits <service> [filter]`: the hard numbers, each with its source and as-of date. */
export const limits = {
  name: 'limits',
  aliases: ['limit', 'quotas', 'quota', 'max', 'maximums'],
  summary: 'Hard limits and quotas (timeouts, memory, payloads…) with source and as-of date.',
  examples: ['limits lambda', 'limits lambda memory', 'limits fargate'],
  args: [
    { name: 'service', means: 'A service', example: 'lambda', required: true, complete: 'services' },
    { name: 'word', means: 'Only the limits that mention this word', example: 'memory' },
  ],
  settings: [],
  // "max payload lambda sync?", "max size of a lambda layer": after an alias, a first word that is no
  // service with more words after it is a question, not a service to list. `limits …` typed out is this command.
  questionOf: ({ args, line }, { services }) =>
    args.length >= 2 && !/^limits\b/i.test(line) && !services.resolve(args[0] ?? '').ok ? line : undefined,
  run({ args }, { knowledge, services }) {
    const withQuotas = [...new Set(knowledge.quotas.map((q) => q.service))];
    const [name, ...filterWords] = args;
    if (!name) {
      return fail(
        new UserError(
          'limits-needs-service',
          'Which service?',
          `Try \`limits lambda\`. I have limits for: ${withQuotas.join(', ')}.`,
          withQuotas.slice(0, 3).map((s) => `limits ${s}`),
        ),
      );
    }
    const found = services.resolve(name);
    if (!found.ok)
      return fail(
        new UserError(
          found.error.code,
          found.error.message,
          found.error.hint,
          found.error.suggestions.map((s) => `limits ${s}`),
        ),
      );
    const service = found.value;
    const all = knowledge.quotas.filter((q) => q.service === service.id);
    if (all.length === 0) {
      return fail(
        new UserError(
          'no-limits',
          `I have no limits table for ${service.name}.`,
          `\`about ${service.id}\` describes it; limits exist for ${withQuotas.join(', ')}.`,
          [`about ${service.id}`],
        ),
      );
    }
    const texts = all.map((q) => `${q.id} ${q.name} ${q.note ?? ''}`.toLowerCase());
    // A word that no limit mentions but one does with two neighbouring letters swapped ("paylaod") is that word.
    const vocabulary = new Set(texts.flatMap(words));
    const filter = filterWords
      .map((w) => w.toLowerCase())
      .map((w) => (texts.some((t) => t.includes(w)) ? w : (swappedInto(w, (x) => vocabulary.has(x)) ?? w)));
    const rows = filter.length === 0 ? all : all.filter((_, i) => filter.some((w) => texts[i]?.includes(w)));
    if (rows.length === 0) {
      return fail(
        new UserError(
          'no-matching-limits',
          `No ${service.name} limit mentions ${quoteUserText(filter.join(' '), 30)}.`,
          `\`limits ${service.id}\` lists all ${all.length}.`,
          [`limits ${service.id}`],
        ),
      );
    }
    return ok(
      makeReply({
        kind: 'limits',
        title: `${service.name} limits${filter.length ? ` — ${filter.join(' ')}` : ''}`,
        summary: rows
          .slice(0, 3)
          .map((q) => `${q.name}: ${q.display}`)
          .join(' · '),
        blocks: [
          {
            type: 'facts',
            facts: rows.map((q) => ({
              text: `**${q.name}**: ${q.display}${q.adjustable ? ' (can be raised)' : ''}${q.note ? ` — ${q.note}` : ''}`,
              source: q.source,
            })),
          },
          { type: 'actions', buttons: [{ label: `About ${service.name}`, command: `about ${service.id}` }] },
        ],
        sources: uniqueSources(rows.map((q) => q.source)),
        data: {
          services: [service.id],
          limits: rows.map((q) => ({
            id: q.id,
            name: q.name,
            value: q.value,
            unit: q.unit,
            display: q.display,
            adjustable: q.adjustable,
            asOf: q.source.asOf,
          })),
        },
      }),
    );
  },
} satisfies CommandSpec;
