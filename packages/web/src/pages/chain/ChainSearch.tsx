import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import type { ChainSegment } from '../../api/types';
import { StatusBadge } from '../../components/StatusBadge';
import { useT } from '../../i18n';

/** Search-and-focus: a combobox over segment names (both languages); Enter focuses the highlighted one. */
export function ChainSearch({
  segments,
  onMatches,
  onPick,
}: {
  segments: ChainSegment[];
  onMatches(ids: ReadonlySet<string> | null): void;
  onPick(id: string): void;
}) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const found = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    return segments.filter((s) => [s.name, s.nameEn, s.id].some((text) => text.toLowerCase().includes(q)));
  }, [query, segments]);

  useEffect(() => {
    onMatches(found ? new Set(found.map((s) => s.id)) : null);
  }, [found, onMatches]);

  const pick = (segment: ChainSegment | undefined) => {
    if (!segment) return;
    onPick(segment.id);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = found?.length ?? 0;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setOpen(true);
      setActive((active + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive((active - 1 + count) % count);
    } else if (event.key === 'Enter') {
      pick(found?.[active]);
    } else if (event.key === 'Escape') {
      setQuery('');
      setOpen(false);
    }
  };
  const shown = found?.slice(0, 8) ?? [];
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        data-testid="chain-search"
        aria-label={t('chain.search')}
        aria-expanded={open && shown.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        placeholder={t('chain.searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
      />
      {open && found && (
        <div className="search-results" id={listId} role="listbox" aria-label={t('chain.search')}>
          {shown.length === 0 && <div className="muted">{t('chain.noMatch')}</div>}
          {shown.map((segment, i) => (
            <div
              key={segment.id}
              tabIndex={-1}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(segment);
              }}
            >
              <span>{t.named(segment)}</span>
              <StatusBadge status={segment.status} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
