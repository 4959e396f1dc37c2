import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// jsdom has no canvas (TOOLCHAIN pitfall 3): getContext returns null, and widgets must cope with that.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// jsdom lacks these; the widgets treat their absence as "visible" / "no size change".
if (!window.matchMedia) {
  window.matchMedia = ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  })) as typeof window.matchMedia;
}

afterEach(() => cleanup());
