/**
 * The first sentence of a node:util parseArgs error, lower-cased to follow a prefix. Node adds
 * advice about its own syntax after it, worded differently from one version to the next.
 */
export function firstSentence(message: string): string {
  const sentence = message.split(/\.\s/)[0]!.replace(/\.$/, '');
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
