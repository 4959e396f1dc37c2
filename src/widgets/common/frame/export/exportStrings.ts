import { defineStrings } from '../../lang';
import type { ExportFailure } from './exportError';

/** The export buttons' words. Failures say what happened and what still works, in words (not only in red). */
export const EXPORT_STRINGS = defineStrings<{
  group: string;
  savePng: string;
  saveSvg: string;
  saving: string;
  saved: (fileName: string) => string;
  failed: Record<ExportFailure, string>;
  noSvg: string;
  other: (message: string) => string;
}>({
  en: {
    group: 'Save the drawing',
    savePng: 'Save PNG',
    saveSvg: 'Save SVG',
    saving: 'Saving…',
    saved: (fileName) => `Saved ${fileName}`,
    failed: {
      empty: 'Not saved: nothing is drawn yet.',
      'no-canvas': 'Not saved: this browser cannot draw the picture (no canvas).',
      tainted:
        'Not saved: a layer of the drawing comes from another site, and the browser forbids reading it back.',
      image: 'Not saved: the browser could not render the SVG drawing as an image.',
      encode: 'Not saved: the browser could not encode the PNG file.',
    },
    noSvg: 'Not saved: this drawing has a canvas layer, so it can be saved as PNG only.',
    other: (message) => `Not saved: ${message}`,
  },
  zh: {
    group: '保存图像',
    savePng: '保存 PNG',
    saveSvg: '保存 SVG',
    saving: '正在保存…',
    saved: (fileName) => `已保存 ${fileName}`,
    failed: {
      empty: '未保存：图中还没有内容。',
      'no-canvas': '未保存：此浏览器无法绘制图像（不支持 canvas）。',
      tainted: '未保存：图中有一层来自其他网站，浏览器不允许读取。',
      image: '未保存：浏览器未能把 SVG 图绘制成图像。',
      encode: '未保存：浏览器未能生成 PNG 文件。',
    },
    noSvg: '未保存：此图含有 canvas 图层，只能保存为 PNG。',
    other: (message) => `未保存：${message}`,
  },
});
