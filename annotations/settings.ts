/**
 * Settings. A workspace's settings are the team's: its verdict scale (names in
 * order, each with a key) and the labels of the attribution kinds; they live in
 * the workspace folder, so everyone on a shared folder sees the same scale. A
 * user's settings are the analyst's own: their name, theme, zoom and the
 * workspaces they opened lately.
 */
import { z } from 'zod';
import { ATTRIBUTION_KINDS, type AttributionKind } from './model.ts';
import { ATTRIBUTION_LABELS, DEFAULT_VERDICTS } from './taxonomy.ts';

/** The file name of a workspace's settings, inside the workspace folder (a dot file: not an article). */
export const WORKSPACE_SETTINGS_FILE = '.claimbench-settings.json';

/**
 * Keys the fixed shortcuts use (renderer/shortcuts.ts), which a verdict may not
 * take: a verdict key that moved the selection instead would lose the decision.
 */
export const RESERVED_KEYS: Readonly<Record<string, string>> = {
  j: 'next claim',
  k: 'previous claim',
  l: 'confidence Low',
  m: 'confidence Medium',
  h: 'confidence High',
  n: 'new claim',
  s: 'source phrase',
  e: 'edit note',
  '1': 'Named source',
  '2': 'Unnamed source',
  '3': 'Report image',
  '4': 'No attribution',
};

export const VerdictStep = z.object({
  name: z.string().trim().min(1, 'A verdict needs a name.').max(60, 'A verdict name has at most 60 characters.'),
  /** One letter or digit; null for a verdict without a key. */
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]$/, 'A verdict key is one letter or digit.')
    .nullable(),
  /**
   * False for a verdict that is no degree of truth ("Unverifiable"): ClaimReview gives it by name, with no place
   * on the rating scale, so that it does not read as worse than "False". Left out, the verdict is rated.
   */
  rated: z.boolean().optional(),
});
export type VerdictStep = z.infer<typeof VerdictStep>;

const label = z.string().trim().min(1, 'A label cannot be empty.').max(40, 'A label has at most 40 characters.');

export const WorkspaceSettings = z
  .object({
    format: z.literal('claimbench.settings').default('claimbench.settings'),
    /** From best to worst, as ClaimReview's rating scale reads it (verdicts with `rated: false` stand off it). */
    verdicts: z.array(VerdictStep).min(1, 'The scale needs at least one verdict.').max(12, 'The scale has at most 12 verdicts.'),
    attributionLabels: z.object(Object.fromEntries(ATTRIBUTION_KINDS.map((kind) => [kind, label])) as Record<AttributionKind, typeof label>),
  })
  .superRefine((settings, ctx) => {
    const names = new Set<string>();
    const keys = new Map<string, string>();
    settings.verdicts.forEach((step, index) => {
      const lower = step.name.toLowerCase();
      if (names.has(lower)) ctx.addIssue({ code: 'custom', path: ['verdicts', index, 'name'], message: `“${step.name}” is on the scale twice.` });
      names.add(lower);
      if (!step.key) return;
      const reserved = RESERVED_KEYS[step.key];
      if (reserved) ctx.addIssue({ code: 'custom', path: ['verdicts', index, 'key'], message: `Key ${step.key.toUpperCase()} already means ${reserved}.` });
      const twin = keys.get(step.key);
      if (twin) ctx.addIssue({ code: 'custom', path: ['verdicts', index, 'key'], message: `Key ${step.key.toUpperCase()} is taken by “${twin}”.` });
      keys.set(step.key, step.name);
    });
  });
export type WorkspaceSettings = z.infer<typeof WorkspaceSettings>;

/** Default verdicts that say how far a claim could be checked, not how true it is. */
const UNRATED_VERDICTS = new Set(['Unverifiable']);

const DEFAULT_VERDICT_KEYS: Record<string, string> = { Accurate: 'a', 'Mostly accurate': 'o', Misleading: 'g', False: 'f', Unverifiable: 'u' };

export const DEFAULT_WORKSPACE_SETTINGS: WorkspaceSettings = {
  format: 'claimbench.settings',
  verdicts: DEFAULT_VERDICTS.map((name) => ({ name, key: DEFAULT_VERDICT_KEYS[name] ?? null, ...(UNRATED_VERDICTS.has(name) ? { rated: false } : {}) })),
  attributionLabels: { ...ATTRIBUTION_LABELS },
};

export const THEMES = ['system', 'light', 'dark'] as const;
export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

/** How many recent workspaces are remembered. */
export const MAX_RECENT = 8;

const userSettingsShape = {
  /** Recorded in new annotation files and reports; asked on first launch. */
  analyst: z.string().trim().min(1, 'Your name cannot be empty.').max(100),
  theme: Theme,
  zoom: z.number().min(0.5).max(2),
  /** Most recent first. */
  recentWorkspaces: z.array(z.string().min(1)).max(MAX_RECENT),
};

export const UserSettings = z.object({
  analyst: userSettingsShape.analyst.optional(),
  theme: userSettingsShape.theme.default('system'),
  zoom: userSettingsShape.zoom.default(1),
  recentWorkspaces: userSettingsShape.recentWorkspaces.default([]),
});
/** A change to some of the user's settings (no defaults: what is left out stays as it is). */
export const UserSettingsChange = z.object(userSettingsShape).partial();
export type UserSettings = z.infer<typeof UserSettings>;

export const DEFAULT_USER_SETTINGS: UserSettings = { theme: 'system', zoom: 1, recentWorkspaces: [] };

/** The recent list with `dir` first, each folder once. */
export function withRecent(recent: readonly string[], dir: string): string[] {
  return [dir, ...recent.filter((d) => d !== dir)].slice(0, MAX_RECENT);
}

/** The label of an attribution kind under a workspace's settings. */
export function kindLabel(settings: WorkspaceSettings, kind: AttributionKind | null | undefined): string {
  return kind ? settings.attributionLabels[kind] : 'Not set';
}
