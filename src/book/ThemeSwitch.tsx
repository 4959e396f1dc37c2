import { useEffect, useId, useState } from 'react';
import type { Lang } from '../widgets/common/lang';
import { UI } from './strings';
import { applyTheme, followSystemTheme, loadTheme, type ThemeChoice } from './theme';

export function ThemeSwitch(props: { lang: Lang }) {
  const id = useId();
  const [theme, setTheme] = useState<ThemeChoice>(loadTheme);
  useEffect(() => {
    applyTheme(theme);
    if (theme === 'system') return followSystemTheme(() => applyTheme('system'));
  }, [theme]);
  const t = UI[props.lang];
  return (
    <span className="theme-switch">
      <label htmlFor={id}>{t.themeLabel}</label>
      <select id={id} value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
        <option value="system">{t.themes.system}</option>
        <option value="light">{t.themes.light}</option>
        <option value="dark">{t.themes.dark}</option>
      </select>
    </span>
  );
}
