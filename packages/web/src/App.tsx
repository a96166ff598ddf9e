import { INDUSTRIES } from '@atlas/domain';
import { useMemo, useState } from 'react';
import { HealthBadge } from './HealthBadge';
import { type Locale, LocaleContext, translate } from './i18n';

export function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const value = useMemo(() => ({ locale, setLocale }), [locale]);
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return (
    <LocaleContext.Provider value={value}>
      <header className="topbar">
        <h1>{t('app.title')}</h1>
        <HealthBadge />
        <button type="button" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
          {t('lang.switch')}
        </button>
      </header>
      <main className="page">
        <h2>{t('overview.title')}</h2>
        <p className="muted">{t('overview.subtitle')}</p>
        <ul className="cards">
          {INDUSTRIES.map((industry) => (
            <li key={industry.id} className="card" data-testid="industry-card">
              <strong>{locale === 'en' ? industry.nameEn : industry.name}</strong>
              <code>{industry.id}</code>
            </li>
          ))}
        </ul>
      </main>
    </LocaleContext.Provider>
  );
}
