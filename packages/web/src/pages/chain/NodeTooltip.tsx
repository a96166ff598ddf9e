import { useT } from '../../i18n';
import type { NodeData } from './chainElements';

/** What a node is, on hover: name, status, local firms, key link; for the firm overlay, the firm or the "+N" count. */
export function NodeTooltip({ data, x, y }: { data: NodeData; x: number; y: number }) {
  const t = useT();
  return (
    <div className="node-tooltip" style={{ left: x + 14, top: y + 14 }} role="tooltip">
      {data.kind === 'firm' ? (
        <>
          <strong>{data.fullName}</strong>
          <span>
            {t.dyn('size', data.size ?? '')}
            {data.leader ? ` · ${t('firmOverlay.leader')}` : ''}
          </span>
          <span className="muted">{t('firmOverlay.openList')}</span>
        </>
      ) : data.kind === 'more' ? (
        <>
          <strong>{t('firmOverlay.more', { n: data.more ?? 0 })}</strong>
          <span className="muted">{t('firmOverlay.openList')}</span>
        </>
      ) : (
        <>
          <strong>{data.label}</strong>
          <span>
            {t.dyn('tier', data.tier)} · {t.dyn('status', data.status)} ·{' '}
            {t('chain.localCount', { n: data.localCount })}
          </span>
          {data.key > 0 && <span>{t('chain.keyLinkCriticality', { n: data.key })}</span>}
          {data.kind !== 'leaf' && (
            <span className="muted">{t(data.kind === 'group' ? 'chain.clickToCollapse' : 'chain.clickToExpand')}</span>
          )}
        </>
      )}
    </div>
  );
}
