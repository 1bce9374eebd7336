import { UserError } from '../errors.js';
import { makeReply, type Block } from '../reply.js';
import { quoteUserText } from '../sanitize.js';
import type { CommandSpec } from './command.js';
import { closestCommand, commands } from './registry.js';

/** `help` and `help <command>`: usage, examples and what there is to ask about. */
export const help = {
  name: 'help',
  aliases: ['?', 'commands', 'usage'],
  usage: 'help [command]',
  summary: 'What I can do, with examples.',
  examples: ['help', 'help compare', 'help limits'],
  run({ args }, { knowledge, services }) {
    const wanted = args[0]?.toLowerCase();
    if (wanted === 'topics') {
      return makeReply({
        kind: 'help',
        title: 'Topics I know',
        summary: `${knowledge.entries.length} entries. Open one with \`topic <name>\`, or just ask a question.`,
        blocks: [{ type: 'section', markdown: knowledge.entries.map((e) => `\`${e.id}\``).join(' · ') }],
      });
    }
    if (wanted) {
      const spec = commands().find((c) => c.name === wanted || c.aliases.includes(wanted));
      if (!spec) {
        const guess = closestCommand(wanted);
        return new UserError('unknown-command', `There is no command ${quoteUserText(wanted, 30)}.`, guess ? `Did you mean \`help ${guess}\`?` : 'Type `help` for the list.', guess ? [`help ${guess}`] : []);
      }
      return makeReply({
        kind: 'help',
        title: `/compute ${spec.usage}`,
        summary: spec.summary,
        blocks: [
          { type: 'section', heading: 'Examples', markdown: spec.examples.map((e) => `- \`/compute ${e}\``).join('\n') },
          { type: 'actions', buttons: spec.examples.slice(0, 3).map((e) => ({ label: e, command: e })) },
        ],
      });
    }
    const blocks: Block[] = [
      { type: 'fields', fields: commands().map((c) => ({ label: `/compute ${c.usage}`, value: c.summary })) },
      {
        type: 'section',
        heading: 'Services',
        markdown: `${services.all.map((s) => `\`${s.id}\``).join(' · ')} — compare any two, e.g. \`ec2-vs-lambda\`. \`help topics\` lists every entry.`,
      },
      { type: 'actions', buttons: [
        { label: 'EC2 vs Lambda', command: 'ec2-vs-lambda' },
        { label: 'Lambda limits', command: 'limits lambda' },
        { label: 'Ask about cold starts', command: 'ask how do I avoid lambda cold starts' },
      ] },
    ];
    return makeReply({
      kind: 'help',
      title: 'compute-advisor — pick the right AWS compute',
      summary: `Ask me anything about ${services.listInProse('or')}, or use a command below. The \`/compute\` prefix is optional.`,
      blocks,
    });
  },
} satisfies CommandSpec;
