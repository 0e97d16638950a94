// Reason templates: "weather widget in the last {window} blocks ({matched})". A template is cut
// into its literal pieces and placeholder names once, when the rule is compiled: every removal
// renders its reason, and a rendering is then a concatenation.
import type { Evidence } from "../types.js";

const PLACEHOLDER = /\{(\w+)\}/u;

/** Renders a reason from a hit's values: `evidence` wins over `captures`, both over the rule's
 *  fixed values (zone, window); a placeholder with no value stays as written. */
export type ReasonTemplate = (captures: Evidence | undefined, evidence?: Evidence) => string;

export function compileReason(template: string, fixed: Evidence): ReasonTemplate {
  // Even indices: literal text; odd indices: placeholder names.
  const parts = template.split(PLACEHOLDER);
  if (parts.length === 1) return () => template;
  return (captures, evidence) => {
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      const v = (evidence !== undefined && name in evidence ? evidence[name] : captures?.[name]) ?? fixed[name];
      out += (v === undefined ? `{${name}}` : String(v)) + parts[i + 1]!;
    }
    return out;
  };
}
