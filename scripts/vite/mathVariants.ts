/**
 * MathML Core, which Chromium implements, ignores `mathvariant` except "normal": `<mi mathvariant="double-struck">R`
 * shows an italic R, not ℝ. The way MathML Core expects is the letter itself from Unicode's Mathematical
 * Alphanumeric Symbols, which this maps to (Latin letters, digits and, where Unicode has them, Greek).
 */

/** First code point of each variant's A, a, 0, Α and α (0 where Unicode has no such run). */
const BLOCKS: Record<string, [number, number, number, number, number]> = {
  bold: [0x1d400, 0x1d41a, 0x1d7ce, 0x1d6a8, 0x1d6c2],
  italic: [0x1d434, 0x1d44e, 0, 0x1d6e2, 0x1d6fc],
  'bold-italic': [0x1d468, 0x1d482, 0, 0x1d71c, 0x1d736],
  script: [0x1d49c, 0x1d4b6, 0, 0, 0],
  'bold-script': [0x1d4d0, 0x1d4ea, 0, 0, 0],
  fraktur: [0x1d504, 0x1d51e, 0, 0, 0],
  'double-struck': [0x1d538, 0x1d552, 0x1d7d8, 0, 0],
  'sans-serif': [0x1d5a0, 0x1d5ba, 0x1d7e2, 0, 0],
  monospace: [0x1d670, 0x1d68a, 0x1d7f6, 0, 0],
};

/** Letters that were in Unicode before the block and left holes in it. */
const HOLES: Record<string, Record<string, string>> = {
  italic: { h: 'ℎ' },
  script: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' },
  fraktur: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' },
  'double-struck': { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' },
};

function mapCharacter(character: string, variant: string): string {
  const block = BLOCKS[variant];
  if (!block) return character;
  const hole = HOLES[variant]?.[character];
  if (hole) return hole;
  const code = character.codePointAt(0) ?? 0;
  const runs: Array<[number, number, number]> = [
    [0x41, 0x5a, block[0]],
    [0x61, 0x7a, block[1]],
    [0x30, 0x39, block[2]],
    [0x391, 0x3a9, block[3]],
    [0x3b1, 0x3c9, block[4]],
  ];
  for (const [first, last, start] of runs)
    if (start !== 0 && code >= first && code <= last) return String.fromCodePoint(start + code - first);
  return character;
}

/** The text in the given variant, e.g. ('R', 'double-struck') → 'ℝ'; unknown variants leave it as it is. */
export function toMathVariant(text: string, variant: string): string {
  return [...text].map((character) => mapCharacter(character, variant)).join('');
}

export function hasMathVariant(variant: string): boolean {
  return variant in BLOCKS;
}
