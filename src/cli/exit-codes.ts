// The process exit codes, documented in the --help epilogue.
export const EXIT = {
  /** Every document was cleaned and written (or the rule check passed). */
  ok: 0,
  /** Bad usage or bad rules: nothing was cleaned. */
  usage: 1,
  /** Some documents failed or could not be written (each is reported; the summary counts them). */
  partial: 2,
  /** Stopped by SIGINT: what was finished is written; rerun with --resume. */
  interrupted: 130,
  /** Stopped by SIGTERM: the same as SIGINT, told apart as a shell does (128 + signal number). */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake on the command line or in the rules: reported in one message, exit 1. */
export class UsageError extends Error {
  override name = "UsageError";
}
