// The largest document the cleaner accepts, by default. The engine's memory grows with the
// lines of a document (a few KB each) far more than with its characters, so both are bounded:
// at these limits the worst case (every line as short as can be, or every line as long) peaks
// well inside a default Node heap, about 2 GB on a small machine. `npm run memory-per-input`
// measures the peak memory per line and per character.
export const INPUT_LIMITS = {
  maxInputChars: 50_000_000,
  maxInputLines: 250_000,
} as const;
