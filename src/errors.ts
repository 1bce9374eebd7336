/** A mistake in what the user typed: shown to them as a friendly message, never logged as a bug. */
export class UserError {
  readonly kind = 'user-error' as const;
  constructor(
    readonly code: string,
    readonly message: string,
    readonly hint?: string,
    /** Commands to offer as "did you mean" buttons. */
    readonly suggestions: string[] = [],
  ) {}
}

/** A value or the user mistake that prevented it. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: UserError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: UserError): Result<T> => ({ ok: false, error });
