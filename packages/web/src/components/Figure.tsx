import { readsEveryFigure } from '@atlas/domain';
import type { ReactNode } from 'react';
import { useAuth } from '../auth/AuthContext';
import { useT } from '../i18n';

/**
 * A firm's commercial figure (supply value, credit score, budget, quantity). The API answers null alike for "not
 * recorded" and "not yours to read" (docs/SECURITY.md, read matrix), on purpose; so for a viewer the read rules hide
 * figures from, the dash says who may read it (tooltip, and text for screen readers). The roles that read every
 * figure only ever see a plain dash: for them null means "not recorded".
 */
export function Figure({ value, children }: { value: number | null | undefined; children: ReactNode }) {
  const t = useT();
  const { user } = useAuth();
  if (value !== null && value !== undefined) return <>{children}</>;
  if (readsEveryFigure(user)) return <>—</>;
  return (
    <span className="hidden-figure" title={t('figure.hidden')} data-testid="hidden-figure">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t('figure.hidden')}</span>
    </span>
  );
}
