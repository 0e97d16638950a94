// The shape of a rule file after parsing (YAML or JSON), before validation.
import type { Action, Mode, PageType, Unit, Zone } from "../types.js";

/** A matcher node: one or more matcher words; several words in one node must all hold. */
export type MatcherSpec = Record<string, unknown>;

export interface ExampleSpec {
  name?: string;
  /** Text fed to a cleaner that has only this rule (and `with`) switched on. */
  input: string;
  /** Expected clean text when the rule removes something. */
  output?: string;
  /** The rule must leave the input untouched. */
  keep?: boolean;
  /** Expected metadata fields (a subset). */
  metadata?: Record<string, string>;
  /** Other rule ids switched on for this example (keep rules need something to veto). */
  with?: string[];
}

export interface RuleSpec {
  id: string;
  summary: string;
  description?: string;
  mode?: Mode;
  unit?: Unit;
  /** Which inputs the rule applies to (default both): text, or HTML after main-content extraction. */
  formats?: Array<"text" | "html">;
  /** HTML input only: page types (as the HTML front end detects them) the rule is not run on. */
  offOnPageTypes?: PageType[];
  zone?: Zone;
  /** How many kept blocks from the document edge make up the head or tail zone. */
  window?: number;
  /** For drop-run outside head/tail: the shortest run of consecutive matching units. */
  minRun?: number;
  match: MatcherSpec;
  /** For drop-section: where the section ends (the first following unit that matches stays). */
  until?: MatcherSpec;
  action: Action;
  /** Which rule is named when several remove the same line (higher wins; default 0, ties by id). */
  priority?: number;
  /** Metadata to harvest: field -> template with `$<group>` from regex named groups. */
  capture?: Record<string, string>;
  reason: string;
  examples: ExampleSpec[];
}

/** A rule file as found on disk (or passed in by a library caller). */
export interface RuleSource {
  file: string;
  data: unknown;
}
