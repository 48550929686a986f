// How words are counted for "minimum words per response", everywhere the same:
// a word is a run of letters or digits, which may contain an apostrophe or hyphen between them
// ("don't", "38th-parallel" are one word each); each Chinese or Japanese character counts as a
// word, since those scripts put no spaces between words. Markdown punctuation, emoji and URLs are
// not words.
const CJK = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
const LETTER = String.raw`[[\p{L}\p{N}\p{M}]--[${CJK}]]`;
// Built with RegExp: the "v" flag (set subtraction) is newer than the TypeScript target.
const WORD = new RegExp(String.raw`[${CJK}]|${LETTER}+(?:['’\-]${LETTER}+)*`, "gv");

const URL = /\bhttps?:\/\/[^\s)>\]]+/gi;

export function countWords(text: string): number {
  return text.replace(URL, " ").match(WORD)?.length ?? 0;
}
