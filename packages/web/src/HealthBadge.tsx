import { useEffect, useState } from 'react';
import { useT } from './i18n';

type State = 'checking' | 'up' | 'down';

/** Shows whether the API can reach Neo4j, from `/healthz`. */
export function HealthBadge() {
  const t = useT();
  const [state, setState] = useState<State>('checking');
  useEffect(() => {
    let live = true;
    fetch('/healthz')
      .then((res) => (live ? setState(res.ok ? 'up' : 'down') : undefined))
      .catch(() => live && setState('down'));
    return () => {
      live = false;
    };
  }, []);
  return <span className={`badge badge-${state}`}>{t(`health.${state}`)}</span>;
}
