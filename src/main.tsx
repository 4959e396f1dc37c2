import 'katex/dist/katex.min.css';
import './styles/book.css';
import './styles/widgets.css';
import './styles/print.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './book/App';
import { preloadChapterFromHash } from './book/chapterContent';
import { applyTheme, loadTheme } from './book/theme';
import { startServiceWorker } from './offline/startServiceWorker';

applyTheme(loadTheme());
preloadChapterFromHash(window.location.hash);
// After the page has loaded: the service worker that keeps the book for offline reading (src/offline/).
startServiceWorker();

const root = document.getElementById('root');
if (root) {
  const reactRoot = createRoot(root);
  // As a transition, React builds the first screen in slices of a few milliseconds instead of one long task,
  // so a slow phone keeps responding while the book starts (Lighthouse counted that task as blocking time).
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}
