import type { ClaimScale } from '../scale.ts';
import { ATTRIBUTION_ORDER } from '../../annotations/taxonomy.ts';

export interface LegendProps {
  scale: ClaimScale;
}

/** What the colours and lines in the article and the claim list mean. */
export function Legend({ scale }: LegendProps) {
  return (
    <div className="legend" role="group" aria-label="Legend">
      {ATTRIBUTION_ORDER.map((kind) => (
        <span key={kind} className={`legend-item kind-${kind}`}>
          <span className="legend-swatch" aria-hidden="true" />
          {scale.kindLabel(kind)}
        </span>
      ))}
      <span className="legend-item kind-unset">
        <span className="legend-swatch" aria-hidden="true" />
        Not set
      </span>
      <span className="legend-item">
        <span className="legend-line dashed" aria-hidden="true" />
        suggested
      </span>
      <span className="legend-item">
        <span className="legend-line solid" aria-hidden="true" />
        decided
      </span>
    </div>
  );
}
