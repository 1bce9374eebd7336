/** A slash command's options as the core takes them; shared by the gateway and the HTTP path, with no discord.js import. */

/** An option as the interaction carries it (gateway and HTTP alike). */
export interface OptionValue {
  name: string;
  value: string | number | boolean;
}

/** Options as the structured values the core runs a command from. */
export function optionValues(options: readonly OptionValue[]): Record<string, string | number | boolean> {
  return Object.fromEntries(options.map((o) => [o.name, o.value]));
}
