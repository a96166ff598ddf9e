import type { KeyLink } from '../../api/types';
import { useT } from '../../i18n';

/** The key-link list's entry for a segment (关键环节清单): criticality, bottleneck, target year, note. */
export function KeyLinkFacts({ keyLink }: { keyLink: KeyLink }) {
  const t = useT();
  const note = t.locale === 'en' ? (keyLink.noteEn ?? keyLink.note) : keyLink.note;
  return (
    <section className="side-section key-link" data-testid="key-link-facts">
      <h3>{t('keyLink.title')}</h3>
      <dl className="facts">
        <dt>{t('keyLink.criticality')}</dt>
        <dd>
          <span className="stars" role="img" aria-label={`${keyLink.criticality}/5`}>
            {'★'.repeat(keyLink.criticality)}
            <span className="muted">{'★'.repeat(Math.max(0, 5 - keyLink.criticality))}</span>
          </span>
        </dd>
        <dt>{t('keyLink.bottleneck')}</dt>
        <dd>{t.dyn('bottleneck', keyLink.bottleneck)}</dd>
        {keyLink.targetYear && (
          <>
            <dt>{t('keyLink.targetYear')}</dt>
            <dd>{keyLink.targetYear}</dd>
          </>
        )}
      </dl>
      {note && <p className="note">{note}</p>}
    </section>
  );
}
