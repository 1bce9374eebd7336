/**
 * `/compute` as a Discord slash command, derived from the core's command declarations: one subcommand per
 * command, its arguments and settings as options (names are the core's: a contract other tools and users'
 * scripts depend on). Discord decides nothing about answers: the options go to the core as they are.
 */
import { SlashCommandBuilder, type RESTPostAPIChatInputApplicationCommandsJSONBody, type SlashCommandSubcommandBuilder } from 'discord.js';
import type { Arg, CommandSpec } from '../../src/commands/command.js';
import { commands } from '../../src/commands/registry.js';
import type { Setting } from '../../src/settings/setting.js';
import { truncate } from '../shared/split-text.js';

/** One string option of a subcommand. */
export interface OptionSpec {
  name: string;
  description: string;
  choices?: readonly string[];
  required: boolean;
  /** Which of the advisor's lists completes it (services, topics, instance types). */
  complete?: Arg['complete'];
}

const DESCRIPTION_MAX = 100;
const describe = (means: string, example?: string) => truncate(example ? `${means}, e.g. ${example}` : means, DESCRIPTION_MAX);

const argOption = (a: Arg): OptionSpec => ({
  name: a.name,
  description: describe(a.means, a.example),
  required: a.required ?? false,
  ...(a.complete ? { complete: a.complete } : {}),
});

const settingOption = (s: Setting): OptionSpec => ({
  name: s.name,
  description: describe(s.means, s.choices ? undefined : s.example),
  required: false,
  ...(s.choices ? { choices: s.choices } : {}),
  ...(s.complete ? { complete: s.complete } : {}),
});

/**
 * A subcommand's options: required arguments, then settings, then optional arguments (Discord wants required
 * options first). A command with a free-text argument offers its `key` and `common` settings as options and
 * takes the rest typed into that text (`kubernetes=yes`); one without offers every setting.
 */
export function subcommandOptions(spec: CommandSpec): OptionSpec[] {
  const typedElsewhere = spec.args.some((a) => a.text);
  const settings = spec.settings.filter((s) => !typedElsewhere || s.offer !== undefined);
  return [
    ...spec.args.filter((a) => a.required).map(argOption),
    ...settings.map(settingOption),
    ...spec.args.filter((a) => !a.required).map(argOption),
  ];
}

function addOptions(sub: SlashCommandSubcommandBuilder, options: readonly OptionSpec[]): SlashCommandSubcommandBuilder {
  for (const o of options) {
    sub.addStringOption((opt) => {
      opt.setName(o.name).setDescription(o.description).setRequired(o.required);
      if (o.choices) opt.addChoices(...o.choices.map((c) => ({ name: c, value: c })));
      if (o.complete) opt.setAutocomplete(true);
      return opt;
    });
  }
  return sub;
}

/** The `/compute` command as Discord's REST API takes it (built, and so validated, by discord.js). */
export function computeCommand(): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const command = new SlashCommandBuilder()
    .setName('compute')
    .setDescription('Pick the right AWS compute: compare, recommend, cost, limits');
  for (const spec of commands()) {
    command.addSubcommand((sub) =>
      addOptions(sub.setName(spec.name).setDescription(truncate(spec.summary, DESCRIPTION_MAX)), subcommandOptions(spec)),
    );
  }
  return command.toJSON();
}
