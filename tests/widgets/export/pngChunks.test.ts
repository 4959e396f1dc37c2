import { deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { pngTextFor } from '../../../src/widgets/common/frame/export/composePng';
import type { ExportMetadata } from '../../../src/widgets/common/frame/export/exportMetadata';
import {
  addPngText,
  crc32,
  pngChunk,
  readPngText,
  textChunk,
} from '../../../src/widgets/common/frame/export/pngChunks';

const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** A real 3×2 RGBA PNG, written by pngjs. */
function tinyPng(): Uint8Array {
  const png = new PNG({ width: 3, height: 2 });
  for (let i = 0; i < png.data.length; i++) png.data[i] = (i * 37) % 256;
  return new Uint8Array(PNG.sync.write(png));
}

/** A PNG built chunk by chunk with our own CRC: pngjs checks the CRC of IHDR, IDAT and IEND when it decodes. */
function ownPng(width: number, height: number): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter method, no interlace
  const rows = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    rows[y * (1 + width * 3)] = 0; // filter type None
    for (let x = 0; x < width; x++) rows.set([200, 10 * x, 10 * y], y * (1 + width * 3) + 1 + x * 3);
  }
  const parts = [
    Uint8Array.from([137, 80, 78, 71, 13, 10, 26, 10]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', new Uint8Array(deflateSync(rows))),
    pngChunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const meta: ExportMetadata = {
  title: 'Random walk',
  widget: 'walk-demo',
  lang: 'en',
  params: { steps: '50', stepSize: '1.5' },
  seed: 7,
  link: 'https://example.org/#/en/01-brownian-motion?walk-demo.steps=50&walk-demo.stepSize=1.5&walk-demo.seed=7',
  created: '2025-01-02T03:04:05.000Z',
};

describe('crc32', () => {
  it('matches the standard check value and the CRC pngjs wrote for IHDR', () => {
    expect(crc32(ascii('123456789'))).toBe(0xcbf43926);
    const png = tinyPng();
    const view = new DataView(png.buffer);
    expect(String.fromCharCode(...png.subarray(12, 16))).toBe('IHDR');
    expect(crc32(png, 12, 12 + 4 + 13)).toBe(view.getUint32(12 + 4 + 13));
  });

  it('pngjs decodes a PNG whose every chunk we wrote, and refuses it once a CRC is wrong', () => {
    const good = ownPng(4, 3);
    const decoded = PNG.sync.read(Buffer.from(good));
    expect([decoded.width, decoded.height]).toEqual([4, 3]);
    expect(Array.from(decoded.data.subarray(4, 8))).toEqual([200, 10, 0, 255]);
    const bad = good.slice();
    bad[8 + 8 + 13] ^= 0xff; // a byte of IHDR's CRC
    // pngjs's sync reader reports a CRC error vaguely; that it is the CRC shows when the check is turned off.
    expect(() => PNG.sync.read(Buffer.from(bad))).toThrow();
    expect(PNG.sync.read(Buffer.from(bad), { checkCRC: false }).width).toBe(4);
  });
});

describe('PNG text chunks', () => {
  it('round-trip after IHDR; the image still decodes to the same pixels', () => {
    const original = tinyPng();
    const withText = addPngText(original, pngTextFor(meta));
    expect(String.fromCharCode(...withText.subarray(8 + 12 + 13 + 4, 8 + 12 + 13 + 8))).toBe('tEXt');
    const before = PNG.sync.read(Buffer.from(original));
    const after = PNG.sync.read(Buffer.from(withText));
    expect([after.width, after.height]).toEqual([3, 2]);
    expect(Buffer.compare(after.data, before.data)).toBe(0);

    const entries = Object.fromEntries(readPngText(withText).map((e) => [e.keyword, e.text]));
    expect(entries.Title).toBe('Random walk');
    expect(entries.Source).toBe(meta.link);
    expect(entries.Description).toBe('Random walk: steps=50, stepSize=1.5, seed=7');
    expect(JSON.parse(entries.Comment)).toEqual(meta);
  });

  it('Chinese text goes in iTXt as UTF-8; Latin-1 text stays in tEXt', () => {
    const chinese = textChunk({ keyword: 'Title', text: '一维随机游走 — 步数 50' });
    expect(String.fromCharCode(...chinese.subarray(4, 8))).toBe('iTXt');
    const latin = textChunk({ keyword: 'Title', text: 'Marche aléatoire' });
    expect(String.fromCharCode(...latin.subarray(4, 8))).toBe('tEXt');
    expect(latin.length).toBe(12 + 'Title'.length + 1 + 'Marche aléatoire'.length);

    const zhMeta = { ...meta, title: '一维随机游走', lang: 'zh' };
    const withText = addPngText(tinyPng(), pngTextFor(zhMeta));
    const entries = readPngText(withText);
    expect(entries.find((e) => e.keyword === 'Title')?.text).toBe('一维随机游走');
    expect(JSON.parse(entries.find((e) => e.keyword === 'Comment')?.text ?? '')).toEqual(zhMeta);
    expect(PNG.sync.read(Buffer.from(withText)).width).toBe(3);
  });

  it('the reader checks every CRC, and bad input is refused', () => {
    const withText = addPngText(tinyPng(), [{ keyword: 'Title', text: 'x' }]);
    const broken = withText.slice();
    broken[8 + 25 + 8 + 2] ^= 1; // inside the tEXt data
    expect(() => readPngText(broken)).toThrow(/CRC/);
    expect(() => addPngText(ascii('GIF89a...........................'), [])).toThrow(/PNG/);
    expect(() => textChunk({ keyword: ' bad', text: '' })).toThrow(/keyword/);
    expect(() => textChunk({ keyword: 'k'.repeat(80), text: '' })).toThrow(/keyword/);
  });
});
