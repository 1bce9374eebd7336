/** Reads `/compute recommend` arguments: key=value settings, free text, or both. */
import { fail, ok, UserError, type Result } from '../errors.js';
import type { Knowledge } from '../knowledge/schema.js';
import { inRange, parseParams, type ParamSpec } from '../parse/params.js';
import { quoteUserText } from '../sanitize.js';
import { extractWorkload, readingsToWorkload, type Reading } from './extract.js';
import { FIELD_NAMES, FIELDS, isFieldName, showSetting, type FieldName, type Workload } from './fields.js';

export interface WorkloadRequest {
  workload: Workload;
  /** Settings read from free text, with the words they came from. */
  readings: Reading[];
  /** Settings given as key=value. */
  given: FieldName[];
  /** Free-text readings a key=value setting overrode. */
  overridden: Reading[];
}

/** The settings `recommend` accepts, with the ranges from `tables/rules.yaml`. */
export function recommendParamSpecs(knowledge: Knowledge): Record<string, ParamSpec> {
  return Object.fromEntries(
    FIELD_NAMES.map((name) => {
      const field = FIELDS[name];
      const range = knowledge.rules.ranges[name];
      const parse = field.kind === 'number' && range
        ? inRange((v) => field.parse(v), range.min, range.max, (n) => showSetting(name, n))
        : field.parse;
      return [name, { aliases: field.aliases, example: field.example, parse }];
    }),
  );
}

/** Reads the arguments; free text is read for settings, and key=value wins over what the text says. */
export function readWorkload(args: readonly string[], knowledge: Knowledge): Result<WorkloadRequest> {
  const parsed = parseParams(args, recommendParamSpecs(knowledge), 'recommend');
  if (!parsed.ok) return parsed;
  const given = Object.keys(parsed.value.values).filter(isFieldName);
  const text = parsed.value.words.join(' ');
  const extracted = text ? extractWorkload(text) : [];
  const readings = extracted.filter((r) => !given.includes(r.field));
  const overridden = extracted.filter((r) => given.includes(r.field));
  const workload: Workload = { ...readingsToWorkload(readings), ...(parsed.value.values as Workload) };
  if (Object.keys(workload).length === 0) {
    return fail(
      new UserError(
        text ? 'recommend-unreadable' : 'recommend-empty',
        text ? `I couldn't read anything about the workload in ${quoteUserText(text, 60)}.` : 'Tell me about the workload.',
        'Give settings such as `recommend duration=20m memory=2gb traffic=bursty`, or describe it: `recommend nightly 5 minute report job, 2 GB`.',
        ['recommend duration=5m memory=2gb traffic=scheduled', 'recommend duration=20m gpu=yes memory=12gb traffic=bursty'],
      ),
    );
  }
  return ok({ workload, readings, given, overridden });
}
