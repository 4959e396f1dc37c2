import { Link } from 'react-router';
import { UI } from './strings';

export function NotFound() {
  return (
    <main id="main" className="page page--narrow">
      <h1>404</h1>
      <p>
        {UI.en.notFound} / {UI.zh.notFound}
      </p>
      <p>
        <Link to="/en">{UI.en.backHome}</Link> · <Link to="/zh">{UI.zh.backHome}</Link>
      </p>
    </main>
  );
}
