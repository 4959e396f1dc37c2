import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { type Lang, LangContext } from '../../src/widgets/common/lang';
import { WidgetUrlProvider } from '../../src/widgets/common/widgetUrl';

/**
 * Render a widget as the book does: inside a router (widgets keep their parameters in the URL) and a language.
 * `search` is the query string a shared link would carry, e.g. '?walk-demo.steps=50'.
 */
export function renderWidget(element: ReactElement, options: { lang?: Lang; search?: string } = {}) {
  const router = createMemoryRouter(
    [
      {
        path: '/:lang/:slug',
        element: (
          <WidgetUrlProvider>
            <LangContext.Provider value={options.lang ?? 'en'}>{element}</LangContext.Provider>
          </WidgetUrlProvider>
        ),
      },
    ],
    { initialEntries: [`/${options.lang ?? 'en'}/test${options.search ?? ''}`] },
  );
  const result = render(<RouterProvider router={router} />);
  return { ...result, router };
}
