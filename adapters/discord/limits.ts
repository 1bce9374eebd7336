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

  // Our reserves: room kept for what is added around the content.
  /** A text item's most: well under a description, so a page can hold text beside fields. */
  textChunk: 2000,
  /** Characters a table chunk keeps for its bold heading (up to a title's length) and code fences. */
  tableChunkReserve: 300,
  /** Characters the footer keeps under the sources for the "Cut here: part N of M" note. */
  cutNote: 200,
} as const;
