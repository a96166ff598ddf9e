import { useEffect, useState } from 'react';
import { checkHealth, type Health } from './health';
import { useT } from './i18n';

/** Shows whether the API can reach Neo4j, from `/healthz` (see `checkHealth`). */
export function HealthBadge() {
  const t = useT();
  const [state, setState] = useState<Health | 'checking'>('checking');
  useEffect(() => {
    const request = new AbortController();
    checkHealth(request.signal).then(setState, () => {}); // rejects only when cancelled below
    return () => request.abort();
  }, []);
  return <span className={`badge badge-${state}`}>{t(`health.${state}`)}</span>;
}
