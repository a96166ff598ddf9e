import { useT } from '../../i18n';
import { Link } from '../../router/Link';
import { industryPath } from '../../router/routes';
import { supportingPlatforms, usePlatformMarks } from './usePlatformMarks';

/**
 * "Supporting platform: …" or "No supporting platform" for a segment (gap rows, the segment panel): a weak segment
 * that meets a pilot plant or a fund is a different case from one that meets nothing (plan 三(六)).
 */
export function SupportingPlatforms({ industryId, segmentId }: { industryId: string; segmentId: string }) {
  const t = useT();
  const platforms = usePlatformMarks(industryId);
  if (!platforms) return null;
  const found = supportingPlatforms(platforms, segmentId);
  if (found.length === 0)
    return (
      <p className="muted small" data-testid="platform-mark" data-supported="false">
        {t('platforms.none')}
      </p>
    );
  return (
    <p className="small" data-testid="platform-mark" data-supported="true">
      {t('platforms.supporting')}
      {found.map((platform, i) => (
        <span key={platform.id}>
          {i > 0 && '、'}
          <Link href={`${industryPath(industryId, 'platforms')}#${encodeURIComponent(platform.id)}`}>
            {t.named(platform)}
          </Link>
          <span className="muted"> ({t.dyn('platformStatus', platform.status)})</span>
        </span>
      ))}
    </p>
  );
}
