import { fail, ok, UserError } from '../errors.js';
import { makeReply, type Block } from '../reply.js';
import { quoteUserText } from '../sanitize.js';
import type { CommandSpec } from './command.js';
import { closestCommand, commands } from './registry.js';
import type { Setting } from '../settings/setting.js';
import { usageOf } from './usage.js';

/** `help` and `help <command>`: usage, examples and what there is to ask about. */
export const help = {
  name: 'help',
  aliases: ['?', 'commands', 'usage'],
  summary: 'What I can do, with examples.',
  examples: ['help', 'help compare', 'help limits'],
  args: [{ name: 'command', means: 'A command to explain', example: 'recommend' }],
  settings: [],
  // "HELP flash sale started and we're getting 429s": a plea with a question in it, not a command to explain.
  questionOf: ({ args, line }) => (args.length >= 2 ? line : undefined),
  run({ args }, { knowledge, services }) {
    const wanted = args[0]?.toLowerCase();
    if (wanted === 'topics') {
      return ok(
        makeReply({
          kind: 'help',
          title: 'Topics I know',
          summary: `${knowledge.entries.length} entries. Open one with \`topic <name>\`, or just ask a question.`,
          blocks: [{ type: 'section', markdown: knowledge.entries.map((e) => `\`${e.id}\``).join(' · ') }],
        }),
      );
    }
    if (wanted) {
      const spec = commands().find((c) => c.name === wanted || c.aliases.includes(wanted));
      if (!spec) {
        const guess = closestCommand(wanted);
        return fail(
          new UserError(
            'unknown-command',
            `There is no command ${quoteUserText(wanted, 30)}.`,
            guess ? `Did you mean \`help ${guess}\`?` : 'Type `help` for the list.',
            guess ? [`help ${guess}`] : [],
          ),
        );
      }
      const blocks: Block[] = [
        { type: 'section', heading: 'Examples', markdown: spec.examples.map((e) => `- \`/compute ${e}\``).join('\n') },
      ];
      if (spec.settings.length > 0)
        blocks.push({ type: 'section', heading: 'Settings', markdown: spec.settings.map(settingLine).join('\n') });
      blocks.push({ type: 'actions', buttons: spec.examples.slice(0, 3).map((e) => ({ label: e, command: e })) });
      return ok(makeReply({ kind: 'help', title: `/compute ${usageOf(spec)}`, summary: spec.summary, blocks }));
    }
    const usage: Block = { type: 'fields', fields: commands().map((c) => ({ label: `/compute ${usageOf(c)}`, value: c.summary })) };
    const serviceList: Block = {
      type: 'section',
      heading: 'Services',
      markdown: `${services.all.map((s) => `\`${s.id}\``).join(' · ')} — compare any two, e.g. \`ec2-vs-lambda\`. \`help topics\` lists every entry.`,
    };
    // The brief names every command in one line (seven usage fields would pass its five points and its length).
    const brief: Block[] = [
      {
        type: 'section',
        markdown: `Commands: ${commands()
          .map((c) => `\`${c.name}\``)
          .join(' · ')}. \`help <command>\` shows one with its settings and examples.`,
      },
      serviceList,
    ];
    const blocks: Block[] = [
      usage,
      serviceList,
      {
        type: 'actions',
        buttons: [
          { label: 'EC2 vs Lambda', command: 'ec2-vs-lambda' },
          { label: 'Lambda limits', command: 'limits lambda' },
          { label: 'Ask about cold starts', command: 'ask how do I avoid lambda cold starts' },
        ],
      },
    ];
    return ok(
      makeReply({
        kind: 'help',
        title: 'compute-advisor — pick the right AWS compute',
        summary: `Ask me anything about ${services.listInProse('or')}, or use a command below. The \`/compute\` prefix is optional.`,
        blocks,
        brief,
      }),
    );
  },
} satisfies CommandSpec;

/** One setting for `help <command>`: how to type it, what it means, its choices and other spellings. */
function settingLine(s: Setting): string {
  const choices = s.choices ? ` (${s.choices.join(', ')})` : '';
  const also = s.aliases.length > 0 ? ` — also ${s.aliases.map((a) => `\`${a}\``).join(', ')}` : '';
  return `- \`${s.name}=${s.example}\`: ${s.means}${choices}${also}`;
}
