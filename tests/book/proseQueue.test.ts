import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProseQueue } from '../../src/book/proseQueue';

const PARTS = ['<b>zero</b>', 'one', 'two', 'three'];
const loadProse = () => Promise.resolve({ default: PARTS });

function block(): HTMLElement {
  const section = document.createElement('section');
  section.setAttribute('data-pending', 'true');
  const element = document.createElement('p');
  section.append(element);
  document.body.append(section);
  return element;
}

/** Stands in for document.fonts: each face's load resolves when the test says so. */
function stubFonts() {
  const pending = new Map<string, () => void>();
  Object.defineProperty(document, 'fonts', {
    configurable: true,
    value: { load: (face: string) => new Promise<void>((resolve) => pending.set(face, resolve)) },
  });
  return (face: string) => pending.get(face)?.();
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('the prose queue', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'fonts');
    document.body.innerHTML = '';
  });

  it('fills sections in reading order, whatever order their blocks arrive in, then reports completion', async () => {
    const queue = createProseQueue(loadProse, true);
    const order: string[] = [];
    const later = block();
    const earlier = block();
    const observer = new MutationObserver(() => {
      for (const element of [earlier, later])
        if (element.innerHTML && !order.includes(element.innerHTML)) order.push(element.innerHTML);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    queue.fill(1, [], later, 2);
    queue.fill(0, [], earlier, 0);
    const done = vi.fn();
    queue.whenDone(done);
    expect(earlier.innerHTML).toBe('');
    await vi.waitFor(() => expect(done).toHaveBeenCalledOnce(), { timeout: 10_000 });
    observer.disconnect();
    expect(earlier.innerHTML).toBe('<b>zero</b>');
    expect(later.textContent).toBe('two');
    expect(order).toEqual(['<b>zero</b>', 'two']);
    expect(document.querySelectorAll('[data-pending]')).toHaveLength(0);
  });

  it('waits for the fonts a section uses before filling it', async () => {
    const release = stubFonts();
    const queue = createProseQueue(loadProse, true);
    const element = block();
    queue.fill(0, ['italic 1em KaTeX_Math'], element, 1);
    await settle();
    expect(element.innerHTML).toBe('');
    release('italic 1em KaTeX_Math');
    // vi.waitFor's default second is too short on a busy 2-core machine (seen failing under load); what is tested
    // is the order of events, not their speed
    await vi.waitFor(() => expect(element.textContent).toBe('one'), { timeout: 10_000 });
  });

  it('fills everything at once when not paced, and skips blocks of a chapter the reader has left', async () => {
    const release = stubFonts();
    const queue = createProseQueue(loadProse, false);
    const kept = block();
    const left = block();
    left.closest('section')?.remove();
    queue.fill(0, ['1em KaTeX_AMS'], kept, 3);
    queue.fill(1, [], left, 1);
    const done = vi.fn();
    queue.whenDone(done);
    await vi.waitFor(() => expect(done).toHaveBeenCalledOnce(), { timeout: 10_000 });
    expect(kept.textContent).toBe('three');
    expect(left.innerHTML).toBe('');
    release('1em KaTeX_AMS');
  });

  it('says when the text cannot be fetched, and fills nothing', async () => {
    const failed = vi.fn();
    const queue = createProseQueue(() => Promise.reject(new Error('offline')), true, failed);
    const element = block();
    queue.fill(0, [], element, 1);
    await vi.waitFor(() => expect(failed).toHaveBeenCalledOnce());
    expect(element.innerHTML).toBe('');
  });
});
