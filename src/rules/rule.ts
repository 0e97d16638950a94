// A rule after compilation: what the engine runs.
import type { Matcher } from "../matchers/matcher.js";
import type { Action, Doc, Mode, PageType, Unit, Zone } from "../types.js";
import type { ExampleSpec } from "./spec.js";
import type { ReasonTemplate } from "./reason.js";

export interface Rule {
  id: string;
  summary: string;
  /** Where the rule came from: a file path, or "(api)" for rules passed in as data. */
  file: string;
  mode: Mode;
  /** The inputs the rule applies to: text, HTML after extraction, or both. */
  formats: readonly Doc["format"][];
  /** HTML input only: the page types (as the HTML front end detects them) the rule is not run on. */
  offOnPageTypes: readonly PageType[];
  unit: Unit;
  zone: Zone;
  window: number;
  minRun: number;
  action: Action;
  /** When several rules remove the same line, the highest priority is named as the reason. */
  priority: number;
  capture?: Readonly<Record<string, string>>;
  test: Matcher;
  /** drop-section: the section ends before the first following unit this matches. */
  until?: Matcher;
  /** The reason a hit gives, from its captures and evidence (rules/reason.ts). */
  reason: ReasonTemplate;
  examples: readonly ExampleSpec[];
}

export class RuleError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(problems.join("\n"));
    this.name = "RuleError";
  }
}
