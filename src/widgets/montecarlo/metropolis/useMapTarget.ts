import { useMemo, useRef } from 'react';
import { resolveFormula } from '../../common/inputs/formula/resolve';
import { DEFAULT_FORMULA_2D, type Target2DId } from '../targets';
import { builtInTarget, type MapTarget, onGrid2D, typedTarget } from './model';

export const VARIABLES = ['x', 'y'] as const;

/**
 * The chain's target: a built-in one, or the reader's formula of (x, y) — the last valid one while the field holds
 * an invalid formula. `bad` is where a typed formula gave a bad value between grid points while the chain ran
 * (it is treated as 0 there and reported at the field); read it after the chain has been run in the same render.
 */
export function useMapTarget(
  target: Target2DId | 'formula',
  formula: string,
): { mapTarget: MapTarget; badRef: { readonly current: { x: number; y: number } | null } } {
  const resolved = useMemo(
    () => (target === 'formula' ? resolveFormula(formula, DEFAULT_FORMULA_2D, VARIABLES, onGrid2D) : null),
    [target, formula],
  );
  const badRef = useRef<{ x: number; y: number } | null>(null);
  const mapTarget = useMemo(() => {
    badRef.current = null;
    if (!resolved) return builtInTarget(target as Target2DId);
    return typedTarget(resolved.density, resolved.values, resolved.max, (x, y) => {
      badRef.current = { x, y };
    });
  }, [resolved, target]);
  return { mapTarget, badRef };
}
