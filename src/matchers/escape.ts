// Escapes text for use inside a Unicode-mode regex, outside a character class (where "-" is
// literal and escaping it would be a syntax error).
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/gu, "\\$&");
