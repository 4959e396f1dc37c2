import 'katex/dist/katex.min.css';
import './styles/book.css';
import './styles/widgets.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './book/App';
import { preloadChapterFromHash } from './book/chapterContent';
import { applyTheme, loadTheme } from './book/theme';

applyTheme(loadTheme());
preloadChapterFromHash(window.location.hash);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
