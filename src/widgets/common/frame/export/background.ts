/**
 * The colour behind the drawing, as the reader sees it: the figure's own background, which follows the theme and
 * projector mode (black there, so white ink stays readable). A picture needs it painted in: a PNG is otherwise
 * transparent, and white axes on a transparent PNG vanish on a white slide.
 */
export function figureBackground(element: Element): string {
  const view = element.ownerDocument.defaultView;
  const figure = element.closest('.widget') ?? element;
  if (!view) return '#ffffff';
  const style = view.getComputedStyle(figure);
  const painted = style.backgroundColor.trim();
  if (painted && !isTransparent(painted)) return painted;
  return style.getPropertyValue('--bg').trim() || '#ffffff';
}

export function isTransparent(colour: string): boolean {
  const value = colour.replace(/\s+/g, '').toLowerCase();
  return value === '' || value === 'transparent' || /^rgba\(.*,0(\.0*)?\)$/.test(value);
}
