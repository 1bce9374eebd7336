/**
 * Every kind of user mistake, by code: `--json` reports it as `data.error.code`, so a code is a contract.
 * Grouped by where it arises.
 */
export const USER_ERROR_CODES = [
  // reading the message
  'not-text',
  'too-long',
  'unbalanced-quotes',
  'unknown-command',
  'unknown-option',
  // settings and their values
  'bad-params',
  'bad-choice',
  'bad-count',
  'bad-duration',
  'bad-number',
  'bad-percent',
  'bad-rate',
  'bad-size',
  'bad-yes-no',
  'out-of-range',
  // what a command needs
  'compare-needs-two',
  'compare-same',
  'unknown-service',
  'limits-needs-service',
  'no-limits',
  'no-matching-limits',
  'topic-needs-name',
  'unknown-topic',
  'recommend-empty',
  'recommend-unreadable',
  'review-empty',
  'review-too-little',
  'cost-empty',
  'cost-free-text',
  'cost-missing',
  'no-region-prices',
  'no-instance-price',
  'no-windows-prices',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** A mistake in what the user typed: shown to them as a friendly message, never logged as a bug. */
export class UserError {
  readonly kind = 'user-error' as const;
  constructor(
    readonly code: UserErrorCode,
    readonly message: string,
    readonly hint?: string,
    /** Commands to offer as "did you mean" buttons. */
    readonly suggestions: string[] = [],
  ) {}
}

/** A value or the user mistake that prevented it: the one way the core says either. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: UserError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: UserError): Result<T> => ({ ok: false, error });
