/**
 * Gateway mode: a discord.js Client that answers `/compute` (and its autocomplete and buttons) and, when
 * the privileged message-content intent is switched on, mentions of the bot in channels and threads.
 */
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
} from 'discord.js';
import { autocomplete } from './autocomplete.js';
import {
  answersPrivately,
  APOLOGY,
  buttonAnswer,
  commandAnswer,
  filesOf,
  textAnswer,
  withChart,
  type Answer,
  type DiscordAdvisor,
} from './answer.js';
import type { OptionValue } from './options.js';
import { DEFER_AFTER_MS, withinBudget } from './in-time.js';

export interface GatewayOptions {
  /**
   * Also answer "@compute-advisor …" in channels and threads. Needs only the Guild Messages intent: Discord
   * sends the content of messages that mention the app even without the privileged Message Content intent.
   */
  mentions?: boolean;
  /** REST base URL (DISCORD_API_URL, without /v10); Discord's own by default. */
  apiBase?: string;
  deferAfterMs?: number;
  /** Counts replies in progress so shutdown can wait for them. */
  track?: <T>(work: () => Promise<T>) => Promise<T>;
  log?: (message: string, error?: unknown) => void;
}

/** The client with its handlers; `login(token)` connects it. */
export function createDiscordClient(advisor: DiscordAdvisor, options: GatewayOptions = {}): Client {
  const intents = [GatewayIntentBits.Guilds, ...(options.mentions ? [GatewayIntentBits.GuildMessages] : [])];
  const client = new Client({
    intents,
    allowedMentions: { parse: [] },
    // Node's global fetch, so REST goes through the same HTTP stack as the rest of the process (see rest.ts).
    rest: { makeRequest: fetch, ...(options.apiBase ? { api: options.apiBase.replace(/\/+$/, '') } : {}) },
  });
  const track = options.track ?? (<T>(work: () => Promise<T>) => work());
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error));
  client.on(
    Events.InteractionCreate,
    (interaction) =>
      void track(() => onInteraction(advisor, interaction, options)).catch((error: unknown) => log('Discord interaction failed', error)),
  );
  if (options.mentions)
    client.on(
      Events.MessageCreate,
      (message) => void track(() => onMention(advisor, message)).catch((error: unknown) => log('Discord mention failed', error)),
    );
  return client;
}

/** The options of the chosen subcommand as name/value pairs. */
function subcommandOptions(interaction: ChatInputCommandInteraction): OptionValue[] {
  const sub = interaction.options.data[0];
  return (sub?.options ?? []).flatMap((o) => (o.value === undefined || o.value === null ? [] : [{ name: o.name, value: o.value }]));
}

/** Routes one interaction: autocomplete answers at once; commands and buttons go through answerInTime. */
export async function onInteraction(advisor: DiscordAdvisor, interaction: Interaction, options: GatewayOptions = {}): Promise<void> {
  const asker = { user: interaction.user.id, ...(interaction.channelId ? { channel: interaction.channelId } : {}) };
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(autocomplete(advisor, interaction.options.getSubcommand(false) ?? '', focused.name, String(focused.value)));
  } else if (interaction.isChatInputCommand() && interaction.commandName === 'compute') {
    const sub = interaction.options.getSubcommand(false) ?? 'help';
    await answerInTime(interaction, commandAnswer(advisor, sub, subcommandOptions(interaction), asker).then(withChart), true, options);
  } else if (interaction.isButton()) {
    await answerInTime(
      interaction,
      buttonAnswer(advisor, interaction.customId, asker).then(withChart),
      answersPrivately(interaction.customId),
      options,
    );
  }
}

/** Replies at once when the answer is quick; otherwise defers ("thinking…") and edits the answer in. */
async function answerInTime(
  interaction: ChatInputCommandInteraction | ButtonInteraction,
  work: Promise<Answer>,
  ephemeral: boolean,
  options: GatewayOptions,
): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  try {
    const result = await withinBudget(work, options.deferAfterMs ?? DEFER_AFTER_MS);
    if (result.done) {
      await interaction.reply({ ...result.value.message, ...filesOf(result.value), ...(flags ? { flags } : {}) });
      return;
    }
    await interaction.deferReply(flags ? { flags } : {});
    const answer = await result.pending;
    await interaction.editReply({ ...answer.message, ...filesOf(answer) });
  } catch (error) {
    (options.log ?? ((m: string, e?: unknown) => console.error(m, e)))('Discord answer failed', error);
    // One acknowledgement only: replace "thinking…" if deferred, follow up if answered, reply otherwise.
    const apology = { ...APOLOGY.message, flags: MessageFlags.Ephemeral } as const;
    const sent = interaction.replied
      ? interaction.followUp(apology)
      : interaction.deferred
        ? interaction.editReply(APOLOGY.message)
        : interaction.reply(apology);
    await sent.catch(() => undefined);
  }
}

/**
 * "@compute-advisor why does my lambda time out": answered in the same channel or thread. The mention may
 * name the bot or its own role (Discord offers either); a plain reply to the bot's message is not a question.
 */
export async function onMention(advisor: DiscordAdvisor, message: Message): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || !me) return;
  const botRole = message.guild?.members.me?.roles.botRole?.id;
  const named =
    message.mentions.has(me.id, { ignoreRepliedUser: true, ignoreEveryone: true, ignoreRoles: true }) ||
    (botRole !== undefined && message.mentions.roles.has(botRole));
  if (!named) return;
  const mention = new RegExp(`<@!?${me.id}>${botRole ? `|<@&${botRole}>` : ''}`, 'g');
  const text = message.content.replace(mention, ' ').trim();
  const answer = await withChart(await textAnswer(advisor, text, { user: message.author.id, channel: message.channelId }));
  await message.reply({ ...answer.message, ...filesOf(answer), allowedMentions: { parse: [], repliedUser: false } });
}
