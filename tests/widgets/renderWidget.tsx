import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { WidgetIdContext } from '../../src/widgets/common/frame/widgetId';
import { type Lang, LangContext } from '../../src/widgets/common/lang';
import { WidgetUrlProvider } from '../../src/widgets/common/state/widgetUrl';
import { ALL_WIDGETS } from '../../src/widgets/registry';

/** The registry id of a widget element (`<WalkDemo />` → 'walk-demo'), found by its component's name. */
function registryId(element: ReactElement): string | undefined {
  const name = typeof element.type === 'function' ? element.type.name : undefined;
  return ALL_WIDGETS.find((entry) => entry.name === name)?.id;
}

/**
 * Render a widget as the book does: inside a router (widgets keep their parameters in the URL), a language and its
 * registry id. `search` is the query string a shared link would carry, e.g. '?walk-demo.steps=50'; `id` is for
 * test components that are not in the registry.
 */
export function renderWidget(
  element: ReactElement,
  options: { lang?: Lang; search?: string; id?: string } = {},
) {
  const id = options.id ?? registryId(element);
  if (!id) throw new Error('renderWidget: not a widget of the registry; pass { id } for a test component.');
  const router = createMemoryRouter(
    [
      {
        path: '/:lang/:slug',
        element: (
          <WidgetUrlProvider>
            <LangContext.Provider value={options.lang ?? 'en'}>
              <WidgetIdContext.Provider value={id}>{element}</WidgetIdContext.Provider>
            </LangContext.Provider>
          </WidgetUrlProvider>
        ),
      },
    ],
    { initialEntries: [`/${options.lang ?? 'en'}/test${options.search ?? ''}`] },
  );
  const result = render(<RouterProvider router={router} />);
  return { ...result, router };
}
