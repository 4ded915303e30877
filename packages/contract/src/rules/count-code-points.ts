/**
 * Counts the Unicode code points of a string, the unit the service uses for text lengths
 * (an emoji or a CJK character counts once, whatever its UTF-16 or UTF-8 size).
 */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
