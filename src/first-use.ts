// A value built when it is first asked for, then kept. The modules' patterns with Unicode
// property classes or case folding are built this way rather than when the module loads: V8
// parses a pattern, its classes through ICU, as soon as the literal is evaluated, and a short
// text asks for few of them.
export function onFirstUse<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
