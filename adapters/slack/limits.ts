/**
 * Slack's limits on a message, from the Block Kit reference (blocks, section, header, button, context).
 * `messageChars` is our own budget: Slack documents no single total, but messages near 12,000 characters of
 * block text are refused ("msg_too_long"/"invalid_blocks"), so a reply longer than that is cut with "more".
 */
export const LIMITS = {
  blocks: 50,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  header: 150,
  buttonText: 75,
  buttonsPerActions: 25,
  contextElements: 10,
  contextText: 2000,
  messageChars: 12_000,
  /** The notification `text` beside the blocks; Slack truncates past 40,000, we keep it readable. */
  fallbackText: 3000,
  /** Widest monospace table drawn as a grid; wider tables are drawn as fields. */
  codeWidth: 72,

  // Our reserves: room a page keeps for what is added around its body.
  /** Blocks every page keeps free for the header, the note, the sources context line and the controls. */
  fixedBlocks: 4,
  /** Characters a page keeps for the controls (More / Share buttons and their encoded values) and JSON overhead. */
  controlsChars: 600,
  /** Characters a table chunk keeps for its code fences (```\n … \n```) and the line break after a heading. */
  codeFenceChars: 10,
} as const;
