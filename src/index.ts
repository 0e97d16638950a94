// The library's public surface.
export { createCleaner, cleanText, type Cleaner, type CleanerOptions } from "./cleaner.js";
export { RuleError, type Rule } from "./rules/rule.js";
export type { RuleOverride, CatalogOptions } from "./rules/configure.js";
export type { RuleSpec, RuleSource, ExampleSpec, MatcherSpec } from "./rules/spec.js";
export type * from "./types.js";
export { decodeHtml, readHtmlBytes } from "./input/html/decode.js";
export { CleanerPool, type PoolOptions } from "./batch/pool.js";
export { cleanStream, type StreamOptions } from "./batch/ordered.js";
export type { BatchItem, BatchOutcome, BatchError, RenderedOutcome } from "./batch/protocol.js";
export type { RecordSummary } from "./batch/record.js";
export { cleanTransform, type TransformOptions } from "./batch/stream.js";
