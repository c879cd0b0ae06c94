/** What every report shows about a file, computed once for all formats. */
import type { AnnotationFile, AttributionKind, Claim } from '../model.ts';
import { countClaims, type ClaimCounts } from '../queries.ts';
import { DEFAULT_WORKSPACE_SETTINGS, kindLabel, type WorkspaceSettings } from '../settings.ts';
import { confidenceLabel, STATUS_LABELS } from '../taxonomy.ts';

export interface ReportRow {
  id: string;
  number: number;
  start: number;
  end: number;
  text: string;
  kind: Claim['attribution']['kind'];
  attribution: string;
  source: string;
  via: string;
  confidence: string;
  verdict: string;
  status: string;
  note: string;
  evidence: string[];
  orphaned: boolean;
}

export interface ReportData {
  title: string;
  byline?: string;
  published?: string;
  url?: string;
  origin?: string;
  analyst: string;
  exportedAt: string;
  counts: ClaimCounts;
  /**
   * Attribution counted apart: what analysts decided (tagged or reviewed), and
   * what is still only the rules' suggestion. A report never adds the two up.
   */
  decided: Record<AttributionKind | 'unset', number> & { total: number };
  suggested: Record<AttributionKind | 'unset', number> & { total: number };
  /** Verdicts in the team's order, then any not on its scale, then the claims without one. */
  verdicts: { verdict: string; count: number; onScale: boolean }[];
  withoutVerdict: number;
  /** The team's labels of the attribution kinds, 'unset' as "Not set". */
  kindLabels: Record<AttributionKind | 'unset', string>;
  rows: ReportRow[];
}

function countKinds(claims: readonly Claim[]) {
  const counts = { named: 0, unnamed: 0, image: 0, none: 0, unset: 0, total: claims.length };
  for (const claim of claims) counts[claim.attribution.kind ?? 'unset']++;
  return counts;
}

function verdictSummary(claims: readonly Claim[], settings: WorkspaceSettings): ReportData['verdicts'] {
  const counts = new Map<string, number>();
  for (const claim of claims) if (claim.verdict) counts.set(claim.verdict, (counts.get(claim.verdict) ?? 0) + 1);
  const scale = settings.verdicts.map((step) => ({ verdict: step.name, count: counts.get(step.name) ?? 0, onScale: true }));
  const listed = new Set(settings.verdicts.map((step) => step.name));
  const others = [...counts].filter(([verdict]) => !listed.has(verdict)).map(([verdict, count]) => ({ verdict, count, onScale: false }));
  return [...scale, ...others];
}

export function reportData(file: AnnotationFile, now: Date, settings: WorkspaceSettings = DEFAULT_WORKSPACE_SETTINGS): ReportData {
  const { article } = file;
  return {
    title: article.title,
    ...(article.byline ? { byline: article.byline } : {}),
    ...(article.published ? { published: article.published } : {}),
    ...(article.url ? { url: article.url } : {}),
    ...(article.origin ? { origin: article.origin } : {}),
    analyst: file.analyst ?? 'Not recorded',
    exportedAt: now.toISOString(),
    counts: countClaims(file.claims),
    decided: countKinds(file.claims.filter((c) => c.status !== 'suggested')),
    suggested: countKinds(file.claims.filter((c) => c.status === 'suggested')),
    verdicts: verdictSummary(file.claims, settings),
    withoutVerdict: file.claims.filter((c) => !c.verdict).length,
    kindLabels: { ...settings.attributionLabels, unset: 'Not set' },
    rows: file.claims.map((claim, i) => ({
      id: claim.id,
      number: i + 1,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      kind: claim.attribution.kind,
      attribution: kindLabel(settings, claim.attribution.kind),
      source: claim.attribution.source?.text ?? '',
      via: claim.attribution.via?.text ?? '',
      confidence: claim.confidence ? confidenceLabel(claim.confidence) : '',
      verdict: claim.verdict ?? '',
      status: STATUS_LABELS[claim.status],
      note: claim.note,
      evidence: claim.evidence,
      orphaned: Boolean(claim.orphaned),
    })),
  };
}

/** The title block of every report, as label and value, in the order shown; empty values left out. */
export function reportMetadata(report: ReportData): [string, string][] {
  const { byStatus, total } = report.counts;
  const entries: [string, string | undefined][] = [
    ['Byline', report.byline],
    ['Published', report.published],
    ['URL', report.url],
    ['Imported from', report.origin],
    ['Analyst', report.analyst],
    ['Exported', report.exportedAt.replace('T', ' ').slice(0, 16) + ' UTC'],
    ['Claims', `${total}: ${byStatus.tagged + byStatus.reviewed} decided by an analyst, ${byStatus.suggested} untouched suggestion${byStatus.suggested === 1 ? '' : 's'}`],
  ];
  return entries.filter((entry): entry is [string, string] => Boolean(entry[1]));
}
