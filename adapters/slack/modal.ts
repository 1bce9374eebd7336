/**
 * `/compute recommend` with no parameters: a modal with the main workload choices. Submitting it builds
 * `recommend duration=… memory=… gpu=… traffic=… state=… <notes>` for the advisor.
 */
import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import { parseDuration, parseSize } from '../../src/parse/units.js';

export const RECOMMEND_VIEW = 'compute_recommend';

/** Where to post the answer: the slash command's response_url (works in any channel) or the user's DM. */
export interface ModalOrigin {
  channel?: string;
  responseUrl?: string;
  threadTs?: string;
}

const option = (value: string, text = value): PlainTextOption => ({ text: { type: 'plain_text', text }, value });

function textInput(id: string, label: string, placeholder: string, hint: string): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    optional: true,
    label: { type: 'plain_text', text: label },
    hint: { type: 'plain_text', text: hint },
    element: { type: 'plain_text_input', action_id: id, placeholder: { type: 'plain_text', text: placeholder }, max_length: 20 },
  };
}

function select(id: string, label: string, options: PlainTextOption[]): KnownBlock {
  return {
    type: 'input',
    block_id: id,
    optional: true,
    label: { type: 'plain_text', text: label },
    element: { type: 'static_select', action_id: id, placeholder: { type: 'plain_text', text: 'Not sure' }, options },
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
      textInput('duration', 'How long does one run take?', 'e.g. 20m, 90s, 2h', 'A number with a unit: ms, s, m, h.'),
      textInput('memory', 'Memory it needs', 'e.g. 512mb, 12gb', 'A number with a unit: mb or gb.'),
      select('gpu', 'Needs a GPU?', [option('yes', 'Yes'), option('no', 'No')]),
      select('traffic', 'Traffic', [option('steady', 'Steady'), option('bursty', 'Bursty'), option('spiky', 'Spiky'), option('scheduled', 'Scheduled')]),
      select('state', 'State', [option('stateless', 'Stateless'), option('stateful', 'Stateful (keeps state in memory or on disk)')]),
      {
        type: 'input',
        block_id: 'notes',
        optional: true,
        label: { type: 'plain_text', text: 'Anything else?' },
        element: { type: 'plain_text_input', action_id: 'notes', multiline: true, max_length: 500, placeholder: { type: 'plain_text', text: 'e.g. nightly report job, Python, reads from S3' } },
      },
    ],
  };
}

/** Submitted values as Slack sends them in `view.state.values`. */
export type ViewValues = Record<string, Record<string, { value?: string | null; selected_option?: { value: string } | null }>>;

/** The command the form describes, or per-field errors for Slack to show beside the inputs. */
export function recommendCommand(values: ViewValues): { command: string } | { errors: Record<string, string> } {
  const text = (id: string) => (values[id]?.[id]?.value ?? '').trim();
  const choice = (id: string) => values[id]?.[id]?.selected_option?.value ?? '';
  const errors: Record<string, string> = {};
  const duration = text('duration').replace(/\s+/g, '');
  const memory = text('memory').replace(/\s+/g, '');
  if (duration) {
    const parsed = parseDuration(duration);
    if (!parsed.ok) errors.duration = `${parsed.error.message} ${parsed.error.hint ?? ''}`.trim();
  }
  if (memory) {
    const parsed = parseSize(memory);
    if (!parsed.ok) errors.memory = `${parsed.error.message} ${parsed.error.hint ?? ''}`.trim();
  }
  if (Object.keys(errors).length > 0) return { errors };
  const params = [
    duration && `duration=${duration}`,
    memory && `memory=${memory}`,
    ...['gpu', 'traffic', 'state'].map((id) => (/^[a-z]+$/.test(choice(id)) ? `${id}=${choice(id)}` : '')),
  ].filter(Boolean);
  // Free text goes last, as `recommend` reads it; "=" is dropped so notes cannot set parameters.
  const notes = text('notes').replace(/=/g, ' ').replace(/\s+/g, ' ');
  return { command: ['recommend', ...params, notes].filter(Boolean).join(' ') };
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
