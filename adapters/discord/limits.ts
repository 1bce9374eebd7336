/**
 * Discord's limits on a message, its embeds and components, from the Discord developer documentation
 * (Message, Embed Limits, Message Components, Autocomplete). The renderer never exceeds any of them.
 */
export const LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, footer and author across all embeds of one message. */
  embedChars: 6000,
  rows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  /** Widest monospace table drawn as a grid; wider tables are drawn as lines of label and value. */
  codeWidth: 60,
} as const;
