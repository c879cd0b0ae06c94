/**
 * A review's figures, from the table of every analyst's answers: claims each
 * analyst decided, boundary agreement, and per field the full reliability
 * (alpha at the field's level, kappas, pairwise, each analyst against the rest,
 * confusion table); and the list of disputes. Untouched suggestions are no answer.
 */
import { reliability, type Reliability } from './agreement/reliability.ts';
import type { DecidedField, ReviewAnswer, SetAsideClaim } from './review-model.ts';
import { answersDiffer, isDecided, REVIEW_FIELDS, type ReviewFieldInfo } from './review-fields.ts';

export interface TableUnit {
  start: number;
  end: number;
  text: string;
  /** The review record's claim, once there is one. */
  claimId: string | null;
  answers: (ReviewAnswer | null)[];
}

export interface ReviewTable {
  title: string;
  analysts: string[];
  units: TableUnit[];
  setAside: SetAsideClaim[];
}

export interface FieldReport {
  field: DecidedField;
  label: string;
  reliability: Reliability;
}

export interface Dispute {
  unit: number;
  field: DecidedField | 'statement' | 'boundary';
  /** Each analyst's answer, in analyst order, for people to read. */
  values: string[];
}

export interface ReviewStats {
  decided: number[];
  /** Share of statements every analyst drew, all with the statement's boundaries. */
  boundaryAgreement: number | null;
  fields: FieldReport[];
  disputes: Dispute[];
}

function decidedCounts(table: ReviewTable): number[] {
  const ids = table.analysts.map(() => new Set<string>());
  for (const unit of table.units) unit.answers.forEach((a, i) => isDecided(a) && ids[i]!.add(a.claimId));
  for (const { analyst, answer } of table.setAside) if (isDecided(answer)) ids[analyst]!.add(answer.claimId);
  return ids.map((s) => s.size);
}

const exactly = (unit: TableUnit, answer: ReviewAnswer | null) => answer !== null && answer.start === unit.start && answer.end === unit.end;

function fieldReport(info: ReviewFieldInfo, table: ReviewTable): FieldReport {
  const values = [...info.scale];
  const known = new Set(values);
  const byAnalyst = table.analysts.map((_, i) =>
    table.units.map((u) => {
      const answer = u.answers[i]!;
      const value = isDecided(answer) ? info.measured(answer) : null;
      // Values beyond the scale (a team's own verdicts, source phrases) follow it in order of appearance.
      if (value !== null && !known.has(value)) {
        known.add(value);
        values.push(value);
      }
      return value;
    }),
  );
  return { field: info.field, label: info.label, reliability: reliability(byAnalyst, values, info.level) };
}

/** How each analyst's answer reads in a dispute: their value, "untouched" or "no claim". */
function shownAnswer(answer: ReviewAnswer | null, show: (a: ReviewAnswer) => string): string {
  if (!answer) return 'no claim';
  return isDecided(answer) ? show(answer) : 'untouched';
}

export function disputesOf(table: ReviewTable): Dispute[] {
  const disputes: Dispute[] = [];
  table.units.forEach((unit, index) => {
    if (unit.answers.some((a) => a === null)) {
      disputes.push({ unit: index, field: 'statement', values: unit.answers.map((a) => (a ? 'has it' : 'no claim')) });
    }
    if (unit.answers.some((a) => a !== null && !exactly(unit, a))) {
      disputes.push({ unit: index, field: 'boundary', values: unit.answers.map((a) => (a ? `${a.start}–${a.end}` : 'no claim')) });
    }
    for (const info of REVIEW_FIELDS) {
      if (answersDiffer(unit.answers, info)) disputes.push({ unit: index, field: info.field, values: unit.answers.map((a) => shownAnswer(a, info.show)) });
    }
  });
  return disputes;
}

export function reviewStats(table: ReviewTable): ReviewStats {
  const boundaryAgreement = table.units.length ? table.units.filter((u) => u.answers.every((a) => exactly(u, a))).length / table.units.length : null;
  return {
    decided: decidedCounts(table),
    boundaryAgreement,
    fields: REVIEW_FIELDS.map((info) => fieldReport(info, table)),
    disputes: disputesOf(table),
  };
}
