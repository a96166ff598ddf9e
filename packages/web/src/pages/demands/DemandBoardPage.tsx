import { useState } from 'react';
import { DEMANDS } from '../../api/demandDocuments';
import type { Demand, DemandKind, DemandStatus } from '../../api/types';
import { useQuery } from '../../api/useQuery';
import { useAuth } from '../../auth/AuthContext';
import { IndustryOptions } from '../../components/IndustrySelect';
import { Empty, QueryView } from '../../components/StateView';
import { useT } from '../../i18n';
import { useViewState } from '../../router/viewState';
import { BuyerMatches } from './BuyerMatches';
import { DemandDetail } from './DemandDetail';
import { DemandForm } from './DemandForm';
import { DEMAND_KINDS } from './DemandKindFacts';
import { DemandList } from './DemandList';

export const DEMAND_STATUSES: DemandStatus[] = ['OPEN', 'SHORTLISTED', 'CONTACTED', 'CONTRACTED', 'CLOSED', 'EXPIRED'];

/** 大手拉小手: chain leaders post demand and see explained supplier matches; SMEs see buyers and express interest. */
export default function DemandBoardPage() {
  const t = useT();
  const { user } = useAuth();
  const { location, set } = useViewState();
  const status = location.params.get('status');
  const industryId = location.params.get('industry');
  const kind = location.params.get('kind');
  const selected = location.params.get('demand');
  const [posting, setPosting] = useState(false);
  const [posted, setPosted] = useState<Demand | null>(null);
  const state = useQuery(DEMANDS, {
    // Values from the address bar: an unknown one is answered BAD_USER_INPUT and shown as such.
    status: (status || null) as DemandStatus | null,
    industryId: industryId || null,
    kind: (kind || null) as DemandKind | null,
    first: 50,
  });
  const canPost = user?.role === 'CHAIN_LEADER' || user?.role === 'ADMIN';
  const list = state.status === 'ok' ? state.data.demands.nodes : [];
  const demand = list.find((d) => d.id === selected) ?? (posted?.id === selected ? posted : null);

  return (
    <section className="demand-page" data-testid="demand-board">
      <header className="page-head">
        <div>
          <h1>{t('demands.title')}</h1>
          <p className="muted">{t('demands.subtitle')}</p>
        </div>
        <div className="toolbar">
          <label className="field-inline">
            <span>{t('demands.status')}</span>
            <select
              data-testid="demand-status-filter"
              value={status ?? ''}
              onChange={(e) => set({ status: e.target.value || null }, { replace: true })}
            >
              <option value="">{t('demands.allStatuses')}</option>
              {DEMAND_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t.dyn('demandStatus', s)}
                </option>
              ))}
            </select>
          </label>
          <label className="field-inline">
            <span>{t('demandKind.label')}</span>
            <select
              data-testid="demand-kind-filter"
              value={kind ?? ''}
              onChange={(e) => set({ kind: e.target.value || null }, { replace: true })}
            >
              <option value="">{t('demandKind.all')}</option>
              {DEMAND_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.dyn('demandKind', k)}
                </option>
              ))}
            </select>
          </label>
          <label className="field-inline">
            <span>{t('industry.label')}</span>
            <select
              value={industryId ?? ''}
              onChange={(e) => set({ industry: e.target.value || null }, { replace: true })}
            >
              <option value="">{t('demands.allIndustries')}</option>
              <IndustryOptions />
            </select>
          </label>
          {canPost && !posting && (
            <button type="button" className="primary" data-testid="post-demand" onClick={() => setPosting(true)}>
              {t('demand.post')}
            </button>
          )}
        </div>
      </header>
      {!user && <p className="notice">{t('demands.signInHint')}</p>}
      {posting && (
        <DemandForm
          onCancel={() => setPosting(false)}
          onPosted={(d) => {
            setPosting(false);
            setPosted(d);
            set({ demand: d.id, status: null, kind: null });
          }}
        />
      )}
      {user?.role === 'SME' && user.companyId && <BuyerMatches companyId={user.companyId} />}
      <div className="two-columns">
        <QueryView state={state} loadingLabel={t('demands.loading')}>
          {({ demands }) =>
            demands.nodes.length === 0 ? (
              <Empty title={t('demands.none')} hint={t(canPost ? 'demands.noneHintLeader' : 'demands.noneHint')} />
            ) : (
              <DemandList
                demands={demands.nodes}
                total={demands.totalCount}
                selected={selected}
                onSelect={(id) => set({ demand: id })}
              />
            )
          }
        </QueryView>
        <aside className="panel sticky">
          {demand ? <DemandDetail demand={demand} /> : <Empty title={t('demands.pick')} hint={t('demands.pickHint')} />}
        </aside>
      </div>
    </section>
  );
}
