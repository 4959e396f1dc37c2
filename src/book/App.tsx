import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import { ChapterPage } from './ChapterPage';
import { Landing } from './Landing';
import { Layout } from './Layout';
import { NotFound } from './NotFound';

/** A first visit lands on the reader's language when it is Chinese, otherwise on English. */
function preferredLang(): 'en' | 'zh' {
  const languages = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return languages.some((l) => l?.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

/**
 * Hash routing (`#/zh/03-partition-function`): addresses are readable and stable, and the built book works from
 * any static host or sub-folder without server rewrites.
 */
export const routes = [
  { path: '/', element: <Navigate to={`/${preferredLang()}`} replace /> },
  {
    path: '/:lang',
    element: <Layout />,
    children: [
      { index: true, element: <Landing /> },
      { path: ':slug', element: <ChapterPage /> },
    ],
  },
  { path: '*', element: <NotFound /> },
];

const router = createHashRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
