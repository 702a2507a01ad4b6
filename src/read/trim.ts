/** Text clean-ups the readers share, in linear time whatever the text. */

/**
 * The text without its trailing line breaks. A loop, not /\n+$/: that regex retries from every
 * line break of a long run that does not reach the end, which is quadratic (400,000 empty
 * paragraphs before a last word took minutes).
 */
export function trimTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 10) end--;
  return end === text.length ? text : text.slice(0, end);
}
