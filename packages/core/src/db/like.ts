/** Escapes `%`, `_` and `\` so `text` matches itself in a LIKE / ILIKE pattern. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** An ILIKE pattern matching any value that contains `text`. */
export const likePattern = (text: string): string => `%${escapeLike(text)}%`;
