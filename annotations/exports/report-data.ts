/** What every report shows about a file, computed once for all formats. */
import type { AnnotationFile, Claim } from '../model.ts';
import { countClaims, type ClaimCounts } from '../queries.ts';
import { attributionLabel, confidenceLabel, STATUS_LABELS } from '../taxonomy.ts';

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
  rows: ReportRow[];
}

export function reportData(file: AnnotationFile, now: Date): ReportData {
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
    rows: file.claims.map((claim, i) => ({
      id: claim.id,
      number: i + 1,
      start: claim.start,
      end: claim.end,
      text: claim.text,
      kind: claim.attribution.kind,
      attribution: attributionLabel(claim.attribution.kind),
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
    ['Claims', `${total} (${byStatus.tagged + byStatus.reviewed} tagged or reviewed, ${byStatus.suggested} suggested)`],
  ];
  return entries.filter((entry): entry is [string, string] => Boolean(entry[1]));
}
