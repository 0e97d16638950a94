// Reason templates: "weather widget in the last {window} blocks ({matched})".
import type { Evidence } from "../types.js";

const PLACEHOLDER = /\{(\w+)\}/gu;

export function compileReason(template: string, fixed: Evidence): (values: Evidence) => string {
  return (values) =>
    template.replace(PLACEHOLDER, (all, name: string) => {
      const v = values[name] ?? fixed[name];
      return v === undefined ? all : String(v);
    });
}
