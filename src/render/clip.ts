// Untrusted text cut to a length before it is shown: a policy's names can be megabytes long,
// and one of them must not push everything after it out of a comment or a summary.

/**
 * `text` when it has at most `max` code points, else its first `max - 1` and `…`; counted only
 * as far as the cut, and never inside a surrogate pair.
 */
export function clip(text: string, max: number): string {
  let [end, previous] = [0, 0];
  for (let count = 0; count < max && end < text.length; count++) {
    previous = end;
    end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  }
  return end >= text.length ? text : `${text.slice(0, previous)}…`;
}
