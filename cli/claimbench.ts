/**
 * The `claimbench` command: the workbench's core without a window, for scripts
 * and tests. Every command reads and writes the same annotation files as the app.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createAnnotationFile } from '../annotations/document.ts';
import { extractStatements } from '../annotations/extract.ts';
import { exportDocument } from '../annotations/exports/export-document.ts';
import { EXPORT_FORMATS, ExportFormat } from '../annotations/exports/formats.ts';
import { fromDisk } from '../annotations/file-format.ts';
import type { AnnotationFile } from '../annotations/model.ts';
import { defaultAnalyst } from '../annotations/node/analyst.ts';
import { importFileAt } from '../annotations/node/import-file.ts';
import { printPdfWithChromium } from '../annotations/node/print-pdf-chromium.ts';
import { readWorkspaceSettings } from '../annotations/node/settings-store.ts';
import { countClaims } from '../annotations/queries.ts';
import { compareAnnotations, mergeReview, type ReviewReport } from '../annotations/review.ts';
import { attributionLabel, confidenceLabel, STATUS_LABELS } from '../annotations/taxonomy.ts';

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
         [-o MERGED.json]                   also write one record: agreed claims reviewed, disagreements open

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
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = fromDisk(raw);
  if (!parsed.success) throw new Error(`${path} is not a valid Claimbench annotation file: ${parsed.error}`);
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
      await writeFile(values.output, JSON.stringify(file, null, 2) + '\n');
      process.stderr.write(`${values.output}: ${file.claims.length} statements from "${file.article.title}"\n`);
      return;
    }
    case 'show': {
      const file = await readAnnotationFile(one(positionals, 'annotation file'));
      process.stdout.write(showText(file));
      return;
    }
    case 'extract': {
      const article = await readArticle(one(positionals, 'article file'));
      const statements = extractStatements(article.text);
      if (values.json) {
        const claims = statements.map(({ start, end, text, suggestion }) => ({ start, end, text, suggestion }));
        process.stdout.write(JSON.stringify({ article, claims }, null, 2) + '\n');
      } else {
        process.stdout.write(`${article.title}\n\n`);
        statements.forEach((s, i) => {
          const source = s.suggestion.source ? ` [${s.suggestion.source.text}${s.suggestion.via ? ` via ${s.suggestion.via.text}` : ''}]` : '';
          process.stdout.write(`${String(i + 1).padStart(4)}  ${s.suggestion.attribution.padEnd(8)} ${truncate(s.text, 90)}${source}\n`);
        });
      }
      return;
    }
    case 'export': {
      const input = one(positionals, 'annotation file');
      const format = ExportFormat.safeParse(values.format);
      if (!format.success) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
      if (!values.output) throw new UsageError('export needs -o OUT');
      const file = await readAnnotationFile(input);
      // Reports are derived files and are written over; the annotation file itself never is.
      if (resolve(values.output) === resolve(input)) throw new UsageError('-o names the annotation file itself; choose another output');
      // The team's scale and labels, from the workspace folder the file is in (the defaults elsewhere).
      const settings = await readWorkspaceSettings(dirname(resolve(input)));
      if (settings.problem) process.stderr.write(`${settings.problem}\n`);
      const output = await exportDocument(file, format.data, {
        printPdf: printPdfWithChromium,
        settings: settings.value,
        ...(values['review-url'] ? { reviewUrl: values['review-url'] } : {}),
      });
      await writeFile(values.output, output);
      process.stderr.write(`${values.output}: ${format.data} export of "${file.article.title}"\n`);
      return;
    }
    case 'review': {
      if (positionals.length < 2) throw new UsageError('review needs the files of at least two analysts');
      const inputs = await Promise.all(
        positionals.map(async (path) => {
          const file = await readAnnotationFile(path);
          return { analyst: file.analyst ?? basename(path, '.json'), file };
        }),
      );
      const report = compareAnnotations(inputs);
      if (values.output) {
        await refuseOverwrite(values.output, values.force);
        await writeFile(values.output, JSON.stringify(mergeReview(report, inputs[0]!.file), null, 2) + '\n');
        process.stderr.write(`${values.output}: merged record, ${report.disagreements.length} disagreements left open\n`);
      }
      process.stdout.write(values.json ? JSON.stringify(reviewJson(report), null, 2) + '\n' : reviewText(report, inputs[0]!.file.article.title));
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

function reviewJson(report: ReviewReport) {
  return {
    analysts: report.analysts,
    statements: report.units.length,
    agreement: report.agreement,
    disagreements: report.disagreements.map((d) => ({ start: d.unit.start, end: d.unit.end, text: d.unit.text, field: d.field, values: d.values })),
  };
}

function reviewText(report: ReviewReport, title: string): string {
  const figure = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
  const lines = [
    `${title}: ${report.analysts.join(', ')} (${report.units.length} statements)`,
    '',
    "Agreement (Krippendorff's alpha, share of statements alike):",
    ...report.agreement.map((a) => `  ${a.field.padEnd(12)} alpha ${figure(a.alpha)}  alike ${a.percent === null ? 'n/a' : `${Math.round(a.percent * 100)}%`}  (${a.pairable} statements)`),
    '',
    report.disagreements.length ? `Disagreements (${report.disagreements.length}):` : 'No disagreements.',
  ];
  for (const d of report.disagreements) {
    lines.push(`  ${truncate(d.unit.text, 70)}`, `    ${d.field}: ${d.values.map((v, i) => `${report.analysts[i]} ${v}`).join(' · ')}`);
  }
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
  process.stderr.write(`claimbench: ${(error as Error).message}\n${usage ? '\n' + USAGE + '\n' : ''}`);
  process.exitCode = usage ? 2 : 1;
});
