/**
 * `/compute recommend` with no parameters: a modal with the workload settings that move the answer most,
 * derived from the core's declaration of `recommend`. Its values go to the core as they are.
 */
import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import { recommendCommand } from '../../src/commands/recommend.js';
import type { Setting } from '../../src/settings/setting.js';

export const RECOMMEND_VIEW = 'compute_recommend';

/** Where to post the answer: the slash command's response_url (works in any channel) or the user's DM. */
export interface ModalOrigin {
  channel?: string;
  responseUrl?: string;
  threadTs?: string;
}

const option = (value: string): PlainTextOption => ({
  text: { type: 'plain_text', text: value.charAt(0).toUpperCase() + value.slice(1) },
  value,
});

/** The form's inputs: the `key` settings of `recommend`, as the core declares them, and free notes. */
const FORM_SETTINGS = recommendCommand.settings.filter((s) => s.offer === 'key');
const NOTES = 'notes';
/** The core argument that takes the notes: recommend's free text. */
const NOTES_ARG = recommendCommand.args.find((a) => a.text)?.name ?? 'workload';

function input(setting: Setting): KnownBlock {
  const label = { type: 'plain_text' as const, text: setting.means };
  if (setting.choices) {
    const element = {
      type: 'static_select' as const,
      action_id: setting.name,
      placeholder: { type: 'plain_text' as const, text: 'Not sure' },
      options: setting.choices.map(option),
    };
    return { type: 'input', block_id: setting.name, optional: true, label, element };
  }
  return {
    type: 'input',
    block_id: setting.name,
    optional: true,
    label,
    hint: { type: 'plain_text', text: `For example ${setting.example}.` },
    element: {
      type: 'plain_text_input',
      action_id: setting.name,
      placeholder: { type: 'plain_text', text: `e.g. ${setting.example}` },
      max_length: 20,
    },
  };
}

/** The modal view; `origin` travels in private_metadata so the submission knows where to answer. */
export function recommendModal(origin: ModalOrigin): View {
  return {
    type: 'modal',
    callback_id: RECOMMEND_VIEW,
    private_metadata: JSON.stringify(origin),
    title: { type: 'plain_text', text: 'Recommend compute' },
    submit: { type: 'plain_text', text: 'Recommend' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: 'Describe the workload; leave out what you do not know.' } },
      ...FORM_SETTINGS.map(input),
      {
        type: 'input',
        block_id: NOTES,
        optional: true,
        label: { type: 'plain_text', text: 'Anything else?' },
        element: {
          type: 'plain_text_input',
          action_id: NOTES,
          multiline: true,
          max_length: 500,
          placeholder: { type: 'plain_text', text: 'e.g. nightly report job, Python, reads from S3' },
        },
      },
    ],
  };
}

/** Submitted values as Slack sends them in `view.state.values`. */
export type ViewValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

/**
 * The form's values for the core's `recommend`, or per-field errors for Slack to show beside the inputs
 * (each read by the setting's own parser, so the form accepts exactly what typing accepts).
 */
export function formValues(values: ViewValues): { values: Record<string, string> } | { errors: Record<string, string> } {
  const field = (id: string) => (values[id]?.[id]?.selected_option?.value ?? values[id]?.[id]?.value ?? '').trim();
  const errors: Record<string, string> = {};
  const given: Record<string, string> = {};
  for (const setting of FORM_SETTINGS) {
    const value = setting.kind === 'number' ? field(setting.name).replace(/\s+/g, '') : field(setting.name);
    if (value === '') continue;
    const parsed = setting.parse(value);
    if (parsed.ok) given[setting.name] = value;
    else errors[setting.name] = `${parsed.error.message} ${parsed.error.hint ?? ''}`.trim();
  }
  if (Object.keys(errors).length > 0) return { errors };
  // "=" is dropped so notes cannot set parameters: only the form's fields do.
  const notes = field(NOTES).replace(/=/g, ' ').replace(/\s+/g, ' ').trim();
  return { values: { ...given, ...(notes ? { [NOTES_ARG]: notes } : {}) } };
}

/** Reads the origin back from private_metadata; anything unexpected means "answer by DM". */
export function readOrigin(metadata: string | undefined): ModalOrigin {
  try {
    const raw = JSON.parse(metadata ?? '{}') as Record<string, unknown>;
    return {
      ...(typeof raw.channel === 'string' ? { channel: raw.channel } : {}),
      ...(typeof raw.responseUrl === 'string' && raw.responseUrl.startsWith('https://') ? { responseUrl: raw.responseUrl } : {}),
      ...(typeof raw.threadTs === 'string' ? { threadTs: raw.threadTs } : {}),
    };
  } catch {
    return {};
  }
}
