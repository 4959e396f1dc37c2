import { act } from '@testing-library/react';
import { vi } from 'vitest';

/**
 * Animation frames by hand, for widget tests that play a run: `requestAnimationFrame` queues the callback and
 * `run(n)` delivers n frames. Undo with `vi.unstubAllGlobals()` in an `afterEach`.
 */
export function stubAnimationFrames() {
  let frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  return {
    async run(count: number) {
      for (let i = 0; i < count; i++) {
        const pending = frames;
        frames = [];
        await act(async () => {
          for (const callback of pending) callback(performance.now() + 16);
        });
      }
    },
  };
}
