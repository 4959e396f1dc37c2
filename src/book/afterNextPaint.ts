/** Resolves after the browser has painted what is on the page now (or at once where frames are not drawn). */
export function afterNextPaint(): Promise<void> {
  return new Promise<void>((resolve) => {
    if (typeof requestAnimationFrame !== 'function') resolve();
    else requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
