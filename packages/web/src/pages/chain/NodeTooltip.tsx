import { useT } from '../../i18n';
import type { NodeData } from './chainElements';

/** What a node is, on hover: name, status, local firms, key link. */
export function NodeTooltip({ data, x, y }: { data: NodeData; x: number; y: number }) {
  const t = useT();
  return (
    <div className="node-tooltip" style={{ left: x + 14, top: y + 14 }} role="tooltip">
      <strong>{data.label}</strong>
      <span>
        {t.dyn('tier', data.tier)} · {t.dyn('status', data.status)} · {t('chain.localCount', { n: data.localCount })}
      </span>
      {data.key > 0 && <span>{t('chain.keyLinkCriticality', { n: data.key })}</span>}
      {data.kind !== 'leaf' && (
        <span className="muted">{t(data.kind === 'group' ? 'chain.clickToCollapse' : 'chain.clickToExpand')}</span>
      )}
    </div>
  );
}
