/**
 * Text in a PNG: the browser's canvas encoder writes none, so the export adds its own chunks after IHDR. Every
 * image viewer keeps them, `exiftool` and `pngcheck -t` show them, and a program can read the JSON back.
 * PNG spec (W3C, 3rd ed.) §11.3.3: tEXt is Latin-1 only; iTXt carries UTF-8 — so a Chinese title goes in iTXt.
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** CRC-32 (ISO 3309, polynomial 0xEDB88320, reflected), as every PNG chunk ends with; the table is built once. */
let table: Uint32Array | undefined;
function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = crcTable();
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

/** A whole chunk: length, type, data, CRC of type and data. */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  if (!/^[A-Za-z]{4}$/.test(type)) throw new Error(`Not a PNG chunk type: ${type}`);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(ascii(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk, 4, 8 + data.length));
  return chunk;
}

export interface PngText {
  keyword: string;
  text: string;
}

/** tEXt may hold Latin-1 and, of the control characters, only the line feed (§11.3.3.2). */
function isLatin1(text: string): boolean {
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    if (code > 0xff || (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code < 0xa0)) return false;
  }
  return true;
}

/** Keywords: 1–79 printable Latin-1 characters, no leading, trailing or double spaces (§11.3.3.1). */
function checkKeyword(keyword: string): void {
  const printable = /^[\x20-\x7e\xa1-\xff]{1,79}$/.test(keyword);
  if (!printable || keyword.startsWith(' ') || keyword.endsWith(' ') || keyword.includes('  '))
    throw new Error(`Not a PNG text keyword: ${keyword}`);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** One text entry as its chunk: tEXt when Latin-1 allows, else iTXt (uncompressed, no language tag). */
export function textChunk(entry: PngText): Uint8Array {
  checkKeyword(entry.keyword);
  const keyword = ascii(entry.keyword);
  // A NUL would end the text early in every reader.
  const text = entry.text.replace(/\0/g, '');
  if (isLatin1(text)) return pngChunk('tEXt', concat([keyword, new Uint8Array([0]), ascii(text)]));
  // keyword NUL, compression flag 0, method 0, language tag "" NUL, translated keyword "" NUL, UTF-8 text.
  const header = new Uint8Array([0, 0, 0, 0, 0]);
  return pngChunk('iTXt', concat([keyword, header, new TextEncoder().encode(text)]));
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function checkSignature(png: Uint8Array): void {
  if (png.length < 8 + 25 || SIGNATURE.some((byte, i) => png[i] !== byte)) throw new Error('Not a PNG file.');
}

/** The PNG with text chunks inserted right after IHDR (which is always first and 13 bytes long). */
export function addPngText(png: Uint8Array, entries: PngText[]): Uint8Array {
  checkSignature(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const ihdrLength = view.getUint32(8);
  const type = String.fromCharCode(...png.subarray(12, 16));
  if (type !== 'IHDR') throw new Error('A PNG must start with IHDR.');
  const afterIhdr = 8 + 12 + ihdrLength;
  return concat([png.subarray(0, afterIhdr), ...entries.map(textChunk), png.subarray(afterIhdr)]);
}

/**
 * The text entries of a PNG (tEXt and uncompressed iTXt), in file order. A chunk whose CRC does not match throws:
 * the reader is for tests and tools, which should hear about a broken file.
 */
export function readPngText(png: Uint8Array): PngText[] {
  checkSignature(png);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const found: PngText[] = [];
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = latin1(png.subarray(at + 4, at + 8));
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    if (dataEnd + 4 > png.length) throw new Error(`PNG chunk ${type} runs past the end of the file.`);
    if (crc32(png, at + 4, dataEnd) !== view.getUint32(dataEnd))
      throw new Error(`Bad CRC in PNG chunk ${type}.`);
    const data = png.subarray(dataStart, dataEnd);
    const nul = data.indexOf(0);
    if (type === 'tEXt' && nul > 0) {
      found.push({ keyword: latin1(data.subarray(0, nul)), text: latin1(data.subarray(nul + 1)) });
    } else if (type === 'iTXt' && nul > 0 && data[nul + 1] === 0) {
      // Skip compression flag and method, then the language tag and translated keyword (each NUL-ended).
      const languageEnd = data.indexOf(0, nul + 3);
      const translatedEnd = languageEnd < 0 ? -1 : data.indexOf(0, languageEnd + 1);
      if (translatedEnd >= 0) {
        found.push({
          keyword: latin1(data.subarray(0, nul)),
          text: new TextDecoder().decode(data.subarray(translatedEnd + 1)),
        });
      }
    }
    if (type === 'IEND') break;
    at = dataEnd + 4;
  }
  return found;
}
