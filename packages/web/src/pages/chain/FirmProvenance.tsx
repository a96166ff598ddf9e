import type { Provenance } from '../../api/types';
import { ProvenanceBadge } from '../../components/ProvenanceBadge';
import { attachmentDate } from '../../components/provenance';

/**
 * A firm's provenance in the segment panel: its record's source and age, and how it is attached here (the
 * attachment to this segment, or to its leaves when the segment is a parent).
 */
export function FirmProvenance({ company, segmentId }: { company: Provenance; segmentId: string }) {
  const here = company.operations.filter((o) => o.segmentId === segmentId);
  const shown = here.length ? here : company.operations;
  return (
    <span className="provenance-line">
      <ProvenanceBadge source={company.source} at={company.updatedAt ?? company.importedAt} />
      {shown.slice(0, 3).map((o) => (
        <ProvenanceBadge
          key={o.segmentId}
          source={o.source}
          confidence={o.confidence}
          at={attachmentDate(o, company.updatedAt)}
        />
      ))}
    </span>
  );
}
