import { useSyncExternalStore } from 'react';
import type { Lang } from '../widgets/common/lang';
import { OFFLINE_STRINGS } from './strings';
import { dismissUpdate, pendingUpdate, subscribeToUpdates } from './updateStore';
import './updateNotice.css';

/**
 * "A new version is available — Reload": quiet (a status, not an alert or a dialog; nothing moves), and only
 * when a new service worker waits. The live region is always in the page and only its content changes, so screen
 * readers announce the text when it appears.
 */
export function UpdateNotice({ lang }: { lang: Lang }) {
  const update = useSyncExternalStore(subscribeToUpdates, pendingUpdate, noUpdateOnServer);
  const t = OFFLINE_STRINGS[lang];
  return (
    <div role="status" className="update-notice">
      {update && (
        <>
          <span className="update-notice__text">{t.newVersion}</span>
          <span className="update-notice__actions">
            <button type="button" onClick={update.apply}>
              {t.reload}
            </button>
            <button type="button" onClick={dismissUpdate}>
              {t.later}
            </button>
          </span>
        </>
      )}
    </div>
  );
}

function noUpdateOnServer() {
  return null;
}
