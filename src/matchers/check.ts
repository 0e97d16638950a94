// Shared argument checks for matcher words, so every word reports faults the same way.
import { SpecError } from "./matcher.js";

export function stringList(value: unknown, path: string): string[] {
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || list.length === 0 || !list.every((s) => typeof s === "string" && s.trim() !== "")) {
    throw new SpecError(path, "expected a non-empty string or list of non-empty strings");
  }
  return list as string[];
}

export interface Bounds {
  min: number;
  max: number;
}

/** `{min, max}` with either side optional; numbers only. */
export function bounds(value: unknown, path: string): Bounds {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new SpecError(path, "expected {min, max} (either may be left out)");
  }
  const out: Bounds = { min: -Infinity, max: Infinity };
  for (const [key, v] of Object.entries(value)) {
    if (key !== "min" && key !== "max") throw new SpecError(`${path}.${key}`, 'unknown key (expected "min" or "max")');
    if (typeof v !== "number" || Number.isNaN(v)) throw new SpecError(`${path}.${key}`, "expected a number");
    out[key] = v;
  }
  if (out.min > out.max) throw new SpecError(path, "min is greater than max");
  return out;
}

export const within = (n: number, b: Bounds): boolean => n >= b.min && n <= b.max;
