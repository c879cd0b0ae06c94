/**
 * The `claimbench` command: the workbench's core without a window, for scripts
 * and tests. Every command reads and writes the same annotation files as the app.
 */
import { stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnnotationFile } from '../annotations/document.ts';
import { extractStatements } from '../annotations/extract.ts';
import { exportDocument } from '../annotations/exports/export-document.ts';
import { EXPORT_FORMATS, ExportFormat } from '../annotations/exports/formats.ts';
import { ArticleId } from '../annotations/contract-schemas.ts';
import { fromDisk } from '../annotations/file-format.ts';
import type { AnnotationFile } from '../annotations/model.ts';
import { defaultAnalyst } from '../annotations/node/analyst.ts';
import { writeDurably } from '../annotations/node/durable-file-adapter.ts';
import { importFileAt } from '../annotations/node/import-file.ts';
import { decodeText, readBytesSafely, SafeReadError, TextDecodingError } from '../annotations/node/safe-read.ts';
import { lockWorkspace, withWorkspaceLockFor, workspaceOf } from '../annotations/node/workspace-lock.ts';
import { MAX_FILE_BYTES, WorkspaceStore } from '../annotations/node/workspace-store.ts';
import { printPdfWithChromium } from '../annotations/node/print-pdf-chromium.ts';
import { readWorkspaceSettings } from '../annotations/node/settings-store.ts';
import { countClaims } from '../annotations/queries.ts';
import { LEVELS, type Level } from '../annotations/agreement/levels.ts';
import { parseMatrixCsv } from '../annotations/agreement/matrix-csv.ts';
import { reliability, type Reliability } from '../annotations/agreement/reliability.ts';
import { scaleOf } from '../annotations/agreement/scale.ts';
import { REVIEW_REPORT_FORMATS, ReviewReportFormat, reviewReportJson, toReviewReport } from '../annotations/exports/review-report.ts';
import { compareAnnotations, mergeReview, type ReviewReport } from '../annotations/review.ts';
import type { MergeRule } from '../annotations/review-model.ts';
import { attributionLabel, confidenceLabel, STATUS_LABELS } from '../annotations/taxonomy.ts';
import { webUrlOrUndefined } from '../annotations/text.ts';
import { forTerminal } from './terminal-text.ts';

const USAGE = `Usage: claimbench <command> [options]

Commands:
  new ARTICLE -o FILE.json [--force]        Make an annotation file from an article (.txt, .md, .html, .pdf);
                                            an existing non-empty FILE.json is kept unless --force
         [--analyst NAME]                   who annotates (default: CLAIMBENCH_ANALYST, else the OS user)
  show FILE.json                            Print a readable summary of an annotation file
  extract ARTICLE [--json]                  Split an article into statements with suggested attributions
  export FILE.json --format F -o OUT        Export (OUT is written over): ${EXPORT_FORMATS.join(', ')}
         [--review-url URL]                 (claimreview) where the fact-check is published
  review A.json B.json [...] [--json]       Agreement between analysts' files of one article, and where they differ
         [--format json|md|html -o OUT]     write the review report (agreement, pairwise and confusion tables, disputes)
         [--record MERGED.json]             also write the review's record, to settle in the app
         [--rule all|majority|N]            what the record takes as decided: all analysts alike (default),
                                            a majority, or at least N analysts alike
  agreement MATRIX.csv [--json]             Agreement of any reliability matrix: one row per analyst, one column per unit,
         [--level nominal|ordinal|interval|ratio]   no header, empty cell = no value (default level: nominal)
         [--order a,b,c]                    the ordinal order (default: numeric, else order of first appearance)
  restore FILE.json                         Put back the last good version of an unreadable article in a workspace
                                            (the unreadable file is kept in the workspace's .claimbench/unreadable)

Files are written atomically and durably. A command that writes into a workspace
folder stops with a message while the app has that workspace open.
Errors go to standard error, with exit code 1 (or 2 for a usage mistake).`;

class UsageError extends Error {}

async function readArticle(path: string) {
  const imported = await importFileAt(path);
  if ('annotations' in imported) throw new UsageError(`${path} is already an annotation file; use show or export`);
  return imported.article;
}

async function readAnnotationFile(path: string): Promise<AnnotationFile> {
  let raw: unknown;
  try {
    raw = JSON.parse(decodeText(await readBytesSafely(path, MAX_FILE_BYTES)));
  } catch (error) {
    if (error instanceof SafeReadError) throw error;
    if (error instanceof TextDecodingError) throw new Error(`${path} cannot be read: ${error.message}.`);
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = fromDisk(raw);
  if (!parsed.success) throw new Error(`${path} cannot be read: ${parsed.error}.`);
  return parsed.data;
}

/**
 * Annotation files hold an analyst's work: one already at the output path is not
 * replaced without --force. An empty file (made by mktemp, say) holds nothing to lose.
 */
async function refuseOverwrite(path: string, force: boolean | undefined): Promise<void> {
  if (force) return;
  const size = await stat(path).then((s) => s.size, () => 0);
  if (size > 0) throw new Error(`${path} already exists; pass --force to replace it.`);
}

/**
 * Writes an output file atomically and durably (a full disk leaves the old file
 * whole), never over one of the command's own inputs, however it is named (a
 * symbolic or hard link is the same file: same device and inode), and inside a
 * workspace only while holding its lock.
 */
async function writeOutput(path: string, content: string | Uint8Array, inputs: string[]): Promise<void> {
  const target = await stat(path).catch(() => null);
  if (target) {
    for (const input of inputs) {
      const source = await stat(input);
      if (source.dev === target.dev && source.ino === target.ino) throw new UsageError(`${path} is ${input} itself (the same file); choose another output`);
    }
  }
  await withWorkspaceLockFor(path, () => writeDurably(path, Buffer.from(content)));
}

function one(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected one ${what}`);
  return positionals[0]!;
}

async function run(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      json: { type: 'boolean' },
      force: { type: 'boolean' },
      'review-url': { type: 'string' },
      analyst: { type: 'string' },
      record: { type: 'string' },
      rule: { type: 'string' },
      level: { type: 'string' },
      order: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!command || command === 'help' || command === '--help' || command === '-h' || values.help) {
    process.stdout.write(USAGE + '\n');
    return;
  }
  switch (command) {
    case 'new': {
      const input = one(positionals, 'article file');
      if (!values.output) throw new UsageError('new needs -o FILE.json');
      await refuseOverwrite(values.output, values.force);
      const analyst = values.analyst ?? defaultAnalyst();
      const file = { ...createAnnotationFile(await readArticle(input)), ...(analyst ? { analyst } : {}) };
      await writeOutput(values.output, JSON.stringify(file, null, 2) + '\n', [input]);
      process.stderr.write(forTerminal(`${values.output}: ${file.claims.length} statements from "${file.article.title}"\n`));
      return;
    }
    case 'show': {
      const file = await readAnnotationFile(one(positionals, 'annotation file'));
      process.stdout.write(forTerminal(showText(file)));
      return;
    }
    case 'extract': {
      const article = await readArticle(one(positionals, 'article file'));
      const statements = extractStatements(article.text);
      if (values.json) {
        const claims = statements.map(({ start, end, text, suggestion }) => ({ start, end, text, suggestion }));
        process.stdout.write(JSON.stringify({ article, claims }, null, 2) + '\n');
      } else {
        process.stdout.write(forTerminal(`${article.title}\n\n`));
        statements.forEach((s, i) => {
          const source = s.suggestion.source ? ` [${s.suggestion.source.text}${s.suggestion.via ? ` via ${s.suggestion.via.text}` : ''}]` : '';
          process.stdout.write(forTerminal(`${String(i + 1).padStart(4)}  ${s.suggestion.attribution.padEnd(8)} ${truncate(s.text, 90)}${source}\n`));
        });
      }
      return;
    }
    case 'export': {
      const input = one(positionals, 'annotation file');
      const format = ExportFormat.safeParse(values.format);
      if (!format.success) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
      if (!values.output) throw new UsageError('export needs -o OUT');
      const reviewUrl = values['review-url'];
      if (reviewUrl !== undefined && !webUrlOrUndefined(reviewUrl)) throw new UsageError('--review-url must be an http or https address');
      const file = await readAnnotationFile(input);
      // The team's scale and labels, from the workspace folder the file is in (the defaults elsewhere).
      const settings = await readWorkspaceSettings(dirname(resolve(input)));
      if (settings.problem) process.stderr.write(`${settings.problem}\n`);
      const output = await exportDocument(file, format.data, {
        printPdf: printPdfWithChromium,
        settings: settings.value,
        ...(reviewUrl ? { reviewUrl } : {}),
      });
      // Reports are derived files and are written over; the annotation file itself never is.
      await writeOutput(values.output, output, [input]);
      process.stderr.write(forTerminal(`${values.output}: ${format.data} export of "${file.article.title}"\n`));
      return;
    }
    case 'review': {
      if (positionals.length < 2) throw new UsageError('review needs the files of at least two analysts');
      const identities = await Promise.all(positionals.map((path) => stat(path).then((s) => `${s.dev}:${s.ino}`, () => path)));
      if (new Set(identities).size < identities.length) throw new UsageError('the same file is named twice; a review compares different analysts\' files');
      const format = values.format === undefined ? null : ReviewReportFormat.safeParse(values.format);
      if (format && !format.success) throw new UsageError(`--format must be one of ${REVIEW_REPORT_FORMATS.join(', ')}`);
      if (Boolean(format) !== Boolean(values.output)) throw new UsageError('review writes its report with --format F and -o OUT together (the record: --record MERGED.json)');
      const rule = mergeRuleOf(values.rule);
      const inputs = await Promise.all(
        positionals.map(async (path) => {
          const file = await readAnnotationFile(path);
          return { analyst: file.analyst ?? basename(path, '.json'), file };
        }),
      );
      const comparison = compareAnnotations(inputs);
      if (values.record) {
        await refuseOverwrite(values.record, values.force);
        const record = mergeReview(comparison, rule);
        await writeOutput(values.record, JSON.stringify(record, null, 2) + '\n', positionals);
        const open = record.review!.items!.filter((i) => i.open.length).length;
        process.stderr.write(`${values.record}: review record, ${record.claims.length - open} of ${record.claims.length} statements settled by the rule\n`);
      }
      if (format?.success && values.output) {
        await writeOutput(values.output, toReviewReport(comparison, format.data), positionals);
        process.stderr.write(`${values.output}: review report (${format.data})\n`);
      }
      process.stdout.write(values.json ? JSON.stringify(reviewReportJson(comparison), null, 2) + '\n' : forTerminal(reviewText(comparison)));
      return;
    }
    case 'restore': {
      const path = one(positionals, 'annotation file in a workspace');
      const id = basename(path, '.json');
      if (!path.endsWith('.json') || !ArticleId.safeParse(id).success || !(await workspaceOf(path))) {
        throw new UsageError(`${path} is not an article file in a Claimbench workspace folder`);
      }
      const release = await lockWorkspace(dirname(path));
      try {
        const { restored, keptAs } = await new WorkspaceStore(dirname(path)).restore(id);
        process.stderr.write(forTerminal(`${path}: restored the version of ${restored.slice(0, 19).replace('T', ' ')}${keptAs ? `; the unreadable file is kept as ${keptAs}` : ''}\n`));
      } finally {
        await release();
      }
      return;
    }
    case 'agreement': {
      const input = one(positionals, 'matrix file (CSV)');
      const level = (values.level ?? 'nominal') as Level;
      if (!LEVELS.includes(level)) throw new UsageError(`--level must be one of ${LEVELS.join(', ')}`);
      // Read like every other input: regular files only, bounded, byte order marks decoded.
      const text = decodeText(await readBytesSafely(input, MAX_FILE_BYTES));
      const matrix = parseMatrixCsv(text);
      const order = values.order?.split(',').map((v) => v.trim()).filter(Boolean);
      const result = reliability(matrix, scaleOf(matrix.flat(), order), level);
      process.stdout.write(values.json ? JSON.stringify(agreementJson(result), null, 2) + '\n' : forTerminal(agreementText(result)));
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function truncate(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? flat.slice(0, length - 1) + '…' : flat;
}

function mergeRuleOf(text: string | undefined): MergeRule {
  if (text === undefined || text === 'all') return { kind: 'all' };
  if (text === 'majority') return { kind: 'majority' };
  if (/^\d+$/.test(text) && Number(text) >= 1) return { kind: 'atLeast', analysts: Number(text) };
  throw new UsageError('--rule must be all, majority or a number of analysts');
}

const figure = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));

function reviewText(report: ReviewReport): string {
  const json = reviewReportJson(report);
  const lines = [
    `${json.title}: ${json.analysts.join(', ')} (${json.statements} statements)`,
    `Decided: ${json.analysts.map((a) => `${a} ${json.decided[a]}`).join(', ')}; boundaries alike on ${json.boundaryAgreement === null ? 'n/a' : `${Math.round(json.boundaryAgreement * 100)}%`} of statements`,
    '',
    "Agreement (Krippendorff's alpha at the field's level, share of statements alike):",
    ...json.agreement.map(
      (a) => `  ${a.field.padEnd(12)} ${a.level.padEnd(8)} alpha ${figure(a.alpha)}  alike ${a.alike === null ? 'n/a' : `${Math.round(a.alike * 100)}%`}  (${a.pairable} statements)`,
    ),
    '',
    json.disputes.length ? `Disputes (${json.disputes.length}):` : 'No disputes.',
  ];
  for (const d of json.disputes) {
    lines.push(`  ${truncate(d.text, 70)}`, `    ${d.field}: ${Object.entries(d.answers).map(([who, v]) => `${who} ${v}`).join(' · ')}`);
  }
  if (json.setAside.length) lines.push('', `Set aside (${json.setAside.length}):`, ...json.setAside.map((s) => `  ${s.analyst}, ${s.reason}: ${truncate(s.text, 70)}`));
  return lines.join('\n') + '\n';
}

/** Analysts are numbered by their row in the matrix, from 1. */
function agreementJson(r: Reliability) {
  return {
    level: r.level,
    alpha: r.alpha,
    units: r.units,
    analysts: r.analysts,
    values: r.values,
    pairable: r.pairable,
    alike: r.alike,
    ...(r.analysts === 2 ? { cohenKappa: r.cohenKappa } : {}),
    ...(r.fleissKappa === null ? {} : { fleissKappa: r.fleissKappa }),
    pairwise: r.pairwise.map((p) => ({ ...p, a: p.a + 1, b: p.b + 1 })),
    vsRest: r.vsRest.map((v) => ({ ...v, analyst: v.analyst + 1 })),
    confusion: r.confusion,
  };
}

function agreementText(r: Reliability): string {
  const lines = [
    `${r.analysts} analysts, ${r.units} units (${r.pairable} with two or more values), level ${r.level}`,
    `Krippendorff's alpha ${figure(r.alpha)}`,
    ...(r.analysts === 2 ? [`Cohen's kappa ${figure(r.cohenKappa)}`] : []),
    ...(r.fleissKappa === null ? [] : [`Fleiss' kappa ${figure(r.fleissKappa)}`]),
    '',
    'Pairs (rows):',
    ...r.pairwise.map((p) => `  ${p.a + 1} × ${p.b + 1}  alpha ${figure(p.alpha)}  kappa ${figure(p.kappa)}  (${p.units} units)`),
    'Each analyst against the rest (mean of their pairs):',
    ...r.vsRest.map((v) => `  ${v.analyst + 1}  alpha ${figure(v.alpha)}  kappa ${figure(v.kappa)}  (${v.values} values)`),
  ];
  return lines.join('\n') + '\n';
}

function showText(file: AnnotationFile): string {
  const counts = countClaims(file.claims);
  const lines = [
    file.article.title,
    `${counts.total} claims: ${counts.byStatus.tagged} tagged, ${counts.byStatus.reviewed} reviewed, ${counts.byStatus.suggested} suggested` +
      (counts.orphaned ? `, ${counts.orphaned} orphaned` : ''),
    `Attribution: ${(['named', 'unnamed', 'image', 'none'] as const).map((k) => `${attributionLabel(k)} ${counts.byAttribution[k]}`).join(', ')}, Not set ${counts.byAttribution.unset}`,
    '',
  ];
  file.claims.forEach((claim, i) => {
    const parts = [
      attributionLabel(claim.attribution.kind),
      claim.attribution.source ? `source "${claim.attribution.source.text}"` : '',
      `confidence ${confidenceLabel(claim.confidence)}`,
      claim.verdict ? `verdict ${claim.verdict}` : '',
      STATUS_LABELS[claim.status],
      claim.orphaned ? 'ORPHANED' : '',
    ].filter(Boolean);
    lines.push(`${String(i + 1).padStart(4)}. ${truncate(claim.text, 80)}`, `      ${parts.join(' · ')}`);
    if (claim.note) lines.push(`      note: ${truncate(claim.note, 100)}`);
  });
  return lines.join('\n') + '\n';
}

// A reader that stops early (`claimbench extract A | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

run(process.argv.slice(2)).catch((error: unknown) => {
  const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
  process.stderr.write(forTerminal(`claimbench: ${(error as Error).message}\n${usage ? '\n' + USAGE + '\n' : ''}`));
  process.exitCode = usage ? 2 : 1;
});
