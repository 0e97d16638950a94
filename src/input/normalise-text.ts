// The only change made to text before segmentation: line endings become "\n" and a leading
// byte-order mark is dropped. Every Range in a result points into this normalised text.
export function normaliseText(text: string): string {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.includes("\r") ? body.replace(/\r\n?/gu, "\n") : body;
}
