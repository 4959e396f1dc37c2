import { useState } from 'react';
import { useWidgetId } from '../frame/widgetId';
import { useWidgetUrl } from '../state/widgetUrl';
import { benchRequested, type FrameStatsRecorder, frameStatsRecorder } from './frameStats';

/**
 * This widget's frame-timing recorder, published under its registry id: a no-op unless the address asks for
 * `bench=1`. Hand it to `useSimulation({ frameStats })`, or call begin/end around a frame's work.
 */
export function useFrameStats(): FrameStatsRecorder {
  const url = useWidgetUrl();
  const widgetId = useWidgetId();
  const [recorder] = useState(() => frameStatsRecorder(widgetId, benchRequested(url.search())));
  return recorder;
}
