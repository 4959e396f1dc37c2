import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportButtons } from '../../../src/widgets/common/frame/export/ExportButtons';
import type { ExportMetadata } from '../../../src/widgets/common/frame/export/exportMetadata';
import { readSvgMetadata } from '../../../src/widgets/common/frame/export/svgExport';
import { type Lang, LangContext } from '../../../src/widgets/common/lang';

const meta: ExportMetadata = {
  title: 'Random walk',
  widget: 'walk-demo',
  lang: 'en',
  params: { steps: '50' },
  seed: 7,
  link: 'https://example.org/#/en/01?walk-demo.steps=50&walk-demo.seed=7',
  created: '2025-01-02T03:04:05.000Z',
};

/** A figure as the frame renders it: the buttons in the header, the drawing in `.widget__body`. */
function Harness(props: { drawing: string; lang?: Lang }) {
  return (
    <LangContext.Provider value={props.lang ?? 'en'}>
      <figure className="widget">
        <ExportButtons body={() => document.querySelector('.widget__body')} meta={() => meta} />
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a fixed test drawing */}
        <div className="widget__body" dangerouslySetInnerHTML={{ __html: props.drawing }} />
      </figure>
    </LangContext.Provider>
  );
}

const saved: { blob: Blob; name: string }[] = [];

beforeEach(() => {
  saved.length = 0;
  let last: Blob | undefined;
  // jsdom has no object URLs and does not download: record what would be saved.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    last = blob;
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) saved.push({ blob: last, name: this.download });
  });
});

afterEach(() => vi.restoreAllMocks());

describe('ExportButtons', () => {
  it('an SVG drawing offers both buttons; Save SVG downloads the file with its metadata and says so', async () => {
    render(<Harness drawing='<svg width="40" height="30"><rect width="4" height="4"/></svg>' />);
    expect(screen.getByRole('group', { name: 'Save the drawing' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Save PNG' })).toBeTruthy();
    const save = screen.getByRole('button', { name: 'Save SVG' });
    await act(async () => {
      fireEvent.click(save);
    });
    expect(await screen.findByText('Saved walk-demo_steps-50_seed-7.svg')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Saved walk-demo_steps-50_seed-7.svg');
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe('walk-demo_steps-50_seed-7.svg');
    expect(saved[0].blob.type).toMatch(/^image\/svg\+xml/);
    expect(readSvgMetadata(await saved[0].blob.text())).toEqual(meta);
  });

  it('a drawing with a canvas layer offers PNG only', () => {
    render(<Harness drawing='<canvas width="10" height="10"></canvas><svg width="40" height="30"></svg>' />);
    expect(screen.getByRole('button', { name: 'Save PNG' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save SVG' })).toBeNull();
  });

  it('says in words why nothing was saved (jsdom cannot paint a canvas)', async () => {
    render(<Harness drawing='<svg width="40" height="30"></svg>' />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save PNG' }));
    });
    const status = await screen.findByText(/^Not saved:/);
    expect(status.getAttribute('role')).toBe('status');
    expect(status.className).toContain('export-buttons__status--error');
    expect(saved).toHaveLength(0);
  });

  it('speaks Chinese on the Chinese pages', async () => {
    render(<Harness lang="zh" drawing='<svg width="40" height="30"></svg>' />);
    expect(screen.getByRole('button', { name: '保存 PNG' })).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '保存 SVG' }));
    });
    expect(await screen.findByText('已保存 walk-demo_steps-50_seed-7.svg')).toBeTruthy();
  });

  it('the buttons are real buttons, reachable with the keyboard', () => {
    render(<Harness drawing='<svg width="40" height="30"></svg>' />);
    for (const button of screen.getAllByRole('button')) {
      expect(button.tagName).toBe('BUTTON');
      expect(button.getAttribute('type')).toBe('button');
      expect(button.tabIndex).toBe(0);
    }
  });
});
