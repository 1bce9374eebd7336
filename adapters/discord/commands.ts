/**
 * `/compute` as a Discord slash command: subcommands mirroring the core, with option names that are a
 * contract (other tools and users' scripts depend on them), and the mapping from options back to the core's
 * command line, so Discord decides nothing about answers.
 */
import { SlashCommandBuilder, type SlashCommandSubcommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

type Choices = readonly string[];
interface OptionSpec {
  name: string;
  description: string;
  choices?: Choices;
  required?: boolean;
  autocomplete?: boolean;
}

const YES_NO: Choices = ['yes', 'no'];

/** `/compute recommend` options: the core's workload keys (src/recommend/fields.ts), plus free text. */
export const RECOMMEND_OPTIONS: readonly OptionSpec[] = [
  { name: 'duration', description: 'How long one run takes, e.g. 20m, 90s, 2h' },
  { name: 'memory', description: 'Memory one run needs, e.g. 512mb, 12gb' },
  { name: 'gpu', description: 'Needs a GPU?', choices: YES_NO },
  { name: 'traffic', description: 'Traffic shape', choices: ['steady', 'bursty', 'spiky', 'scheduled', 'unpredictable'] },
  { name: 'utilization', description: 'Average busy share of the capacity, e.g. 80%' },
  { name: 'state', description: 'Stateless or stateful', choices: ['stateless', 'stateful'] },
  { name: 'os', description: 'Needs OS, kernel or host control?', choices: YES_NO },
  { name: 'connections', description: 'Holds persistent connections (websockets)?', choices: ['persistent', 'none'] },
  { name: 'package', description: 'Artifact or container image size, e.g. 300mb' },
  { name: 'storage', description: 'Local scratch disk, e.g. 20gb' },
  { name: 'latency', description: 'p99 latency target, e.g. 100ms' },
  { name: 'requests', description: 'Requests or runs per month, e.g. 3M' },
  { name: 'concurrency', description: 'Requests in flight at the peak, e.g. 500' },
  { name: 'arch', description: 'CPU architecture', choices: ['x86', 'arm'] },
  { name: 'ops', description: "The team's operations capacity", choices: ['low', 'high'] },
  { name: 'workload', description: 'Anything else, in your words, e.g. "nightly report job, Java"' },
];

/** `/compute cost` options: the core's cost keys (src/cost/cost-params.ts). */
export const COST_OPTIONS: readonly OptionSpec[] = [
  { name: 'requests', description: 'Lambda requests a month, e.g. 3M' },
  { name: 'duration', description: 'Lambda run time per request, e.g. 120ms' },
  { name: 'memory', description: 'Lambda memory, e.g. 512mb' },
  { name: 'arch', description: 'CPU architecture', choices: ['x86', 'arm'] },
  { name: 'instance', description: 'EC2 instance type to compare with, e.g. m5.large', autocomplete: true },
  { name: 'instances', description: 'How many EC2 instances, e.g. 2' },
  { name: 'commitment', description: 'Savings Plan term for the committed EC2 price', choices: ['none', '1y', '3y'] },
  { name: 'free-tier', description: 'Apply the Lambda free tier?', choices: YES_NO },
];

/** Plain subcommands: option name → how it reads on the command line. */
const SIMPLE = {
  ask: { description: 'Ask anything about AWS compute', options: [{ name: 'question', description: 'Your question, e.g. why does my lambda time out', required: true }] },
  compare: {
    description: 'Compare two services, e.g. ec2 and lambda',
    options: [
      { name: 'first', description: 'A service, e.g. ec2', required: true, autocomplete: true },
      { name: 'second', description: 'Another service, e.g. lambda', required: true, autocomplete: true },
    ],
  },
  limits: { description: 'Quotas and limits of a service', options: [{ name: 'service', description: 'A service, e.g. lambda', required: true, autocomplete: true }] },
  topic: { description: 'Read a knowledge base topic', options: [{ name: 'name', description: 'A topic, e.g. cold starts', required: true, autocomplete: true }] },
  help: { description: 'What I can do, with examples', options: [] },
} satisfies Record<string, { description: string; options: OptionSpec[] }>;

function addOptions(sub: SlashCommandSubcommandBuilder, options: readonly OptionSpec[]): SlashCommandSubcommandBuilder {
  for (const o of options) {
    sub.addStringOption((opt) => {
      opt.setName(o.name).setDescription(o.description).setRequired(o.required ?? false);
      if (o.choices) opt.addChoices(...o.choices.map((c) => ({ name: c, value: c })));
      if (o.autocomplete) opt.setAutocomplete(true);
      return opt;
    });
  }
  return sub;
}

/** The `/compute` command as Discord's REST API takes it (built, and so validated, by discord.js). */
export function computeCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const command = new SlashCommandBuilder().setName('compute').setDescription('Pick the right AWS compute: compare, recommend, cost, limits');
  const [ask, compare, limits, topic, help] = (['ask', 'compare', 'limits', 'topic', 'help'] as const).map((name) => ({ name, ...SIMPLE[name] }));
  for (const spec of [compare, ask]) if (spec) command.addSubcommand((sub) => addOptions(sub.setName(spec.name).setDescription(spec.description), spec.options));
  command.addSubcommand((sub) => addOptions(sub.setName('recommend').setDescription('Recommend compute for a workload'), RECOMMEND_OPTIONS));
  command.addSubcommand((sub) => addOptions(sub.setName('cost').setDescription('Monthly cost of Lambda vs EC2 vs Fargate, and the break-even'), COST_OPTIONS));
  for (const spec of [limits, topic, help]) if (spec) command.addSubcommand((sub) => addOptions(sub.setName(spec.name).setDescription(spec.description), spec.options));
  return command.toJSON();
}

/** An option as the interaction carries it (gateway and HTTP alike). */
export interface OptionValue {
  name: string;
  value: string | number | boolean;
}

const oneLine = (v: OptionValue['value']) => String(v).replace(/\s+/g, ' ').trim();

/** The core command line for a subcommand and its options, e.g. `recommend duration=20m gpu=yes`. */
export function optionsToCommand(subcommand: string, options: readonly OptionValue[]): string {
  const get = (name: string) => {
    const o = options.find((x) => x.name === name);
    return o ? oneLine(o.value) : '';
  };
  switch (subcommand) {
    case 'ask':
      return `ask ${get('question')}`.trim();
    case 'compare':
      return `compare ${get('first')} ${get('second')}`.trim();
    case 'limits':
      return `limits ${get('service')}`.trim();
    case 'topic':
      return `topic ${get('name')}`.trim();
    case 'recommend':
    case 'cost': {
      const specs = subcommand === 'recommend' ? RECOMMEND_OPTIONS : COST_OPTIONS;
      // Options in the order the command defines them, so the same choices always give the same line.
      const settings = specs.filter((s) => s.name !== 'workload' && get(s.name) !== '').map((s) => `${s.name}=${get(s.name)}`);
      return [subcommand, get('workload'), ...settings].filter(Boolean).join(' ');
    }
    default:
      return 'help';
  }
}
