/** The controls' choices under a workspace's settings: the team's labels, verdicts and keys. */
import type { AttributionKind, Confidence } from '../annotations/model.ts';
import type { WorkspaceSettings } from '../annotations/settings.ts';
import { ATTRIBUTION_ORDER, CONFIDENCE_LABELS, CONFIDENCE_ORDER } from '../annotations/taxonomy.ts';
import type { Choice } from './components/ChoiceGroup.tsx';
import { keyFor } from './shortcuts.ts';

export interface ClaimScale {
  attribution: readonly Choice<AttributionKind>[];
  confidence: readonly Choice<Confidence>[];
  verdict: readonly Choice<string>[];
  kindLabel(kind: AttributionKind | null): string;
}

export function claimScale(settings: WorkspaceSettings): ClaimScale {
  return {
    attribution: ATTRIBUTION_ORDER.map((kind) => ({ value: kind, label: settings.attributionLabels[kind], hint: keyFor({ type: 'attribution', kind }) })),
    confidence: CONFIDENCE_ORDER.map((level) => ({ value: level, label: CONFIDENCE_LABELS[level], hint: keyFor({ type: 'confidence', confidence: level }) })),
    verdict: settings.verdicts.map((step) => ({ value: step.name, label: step.name, hint: step.key?.toUpperCase() })),
    kindLabel: (kind) => (kind ? settings.attributionLabels[kind] : 'Not set'),
  };
}
