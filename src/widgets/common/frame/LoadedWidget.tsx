import { Component, type ComponentType, lazy, type ReactNode, Suspense } from 'react';
import { useStrings } from '../lang';
import { type FrameMode, FrameModeContext } from './frameMode';
import { WIDGET_LOAD_STRINGS } from './loadStrings';
import type { WidgetEntry } from './registry';
import { WidgetIdContext } from './widgetId';

/** One lazy component per widget, so its code is fetched once however often it is shown. */
const components = new Map<string, ComponentType>();

function lazyWidget(entry: WidgetEntry): ComponentType {
  let widget = components.get(entry.id);
  if (!widget) {
    widget = lazy(() =>
      entry.load().then(
        (loaded) => ({ default: loaded }),
        (error: unknown) => {
          components.delete(entry.id); // a later showing may try again
          throw error;
        },
      ),
    );
    components.set(entry.id, widget);
  }
  return widget;
}

/**
 * One widget outside a chapter's flow — a slide of the presenter deck, or alone in an embed — fetched when first
 * shown, given its id as in a chapter (so its URL parameters and keys work as there), and told where it is shown
 * (FrameModeContext: the deck draws it as on a projector).
 */
export function LoadedWidget(props: { entry: WidgetEntry; mode: FrameMode }) {
  const t = useStrings(WIDGET_LOAD_STRINGS);
  const Widget = lazyWidget(props.entry);
  return (
    <LoadFailure message={t.failed}>
      <Suspense fallback={<p role="status">{t.preparing}</p>}>
        <FrameModeContext.Provider value={props.mode}>
          <WidgetIdContext.Provider value={props.entry.id}>
            <Widget />
          </WidgetIdContext.Provider>
        </FrameModeContext.Provider>
      </Suspense>
    </LoadFailure>
  );
}

/** Shows `message` instead of a widget whose code could not be fetched. */
class LoadFailure extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <p role="alert">{this.props.message}</p> : this.props.children;
  }
}
