import type { Claim } from '../../annotations/model.ts';
import { answerOf, REVIEW_FIELDS } from '../../annotations/review-fields.ts';
import type { DecidedField, ReviewItem } from '../../annotations/review-model.ts';
import { STATUS_LABELS } from '../../annotations/taxonomy.ts';

export interface AnswerGridProps {
  claim: Claim;
  number: number;
  item: ReviewItem;
  analysts: readonly string[];
  onTake(analyst: number, field: DecidedField | null): void;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

/**
 * The selected claim of a review's record, every analyst's answer side by
 * side: a click takes an answer for one field, the column's button takes the
 * whole claim. Open fields are marked; a settled one says who decided it.
 */
export function AnswerGrid({ claim, number, item, analysts, onTake }: AnswerGridProps) {
  // The record's own values, in the shape of an answer, to compare and show alike.
  const record = answerOf(claim);
  return (
    <section className="answer-grid" aria-label={`Answers for claim ${number}`}>
      <table>
        <thead>
          <tr>
            <th scope="col">Claim {number}</th>
            <th scope="col">Record</th>
            {analysts.map((name, i) => (
              <th scope="col" key={name}>
                <span>{name}</span>{' '}
                {item.answers[i] ? (
                  <button type="button" onClick={() => onTake(i, null)} title={`Take ${name}'s answer for every field (Shift+${i + 1})`}>
                    Take all
                  </button>
                ) : null}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {REVIEW_FIELDS.map((info) => {
            const open = item.open.includes(info.field);
            const decision = item.decisions.find((d) => d.field === info.field);
            return (
              <tr key={info.field} className={open ? 'open' : 'settled'}>
                <th scope="row">{info.label}</th>
                <td className="record-value">
                  {open ? <strong className="open">Open</strong> : <span>{info.show(record)}</span>}
                  {decision && !open ? (
                    <small title={`${decision.by}, ${when(decision.at)}`}>
                      {decision.from !== null ? `from ${analysts[decision.from]}, ` : ''}
                      {decision.by === 'merge rule' ? 'by the rule' : `by ${decision.by}`}
                    </small>
                  ) : null}
                </td>
                {item.answers.map((answer, i) => (
                  <td key={i}>
                    {answer === null ? (
                      <span className="missing">no claim</span>
                    ) : (
                      <button
                        type="button"
                        className={`take ${!open && info.key(answer) === info.key(record) ? 'chosen' : ''} ${answer.status === 'suggested' ? 'untouched' : ''}`}
                        onClick={() => onTake(i, info.field)}
                        aria-label={`Take ${analysts[i]}'s ${info.label.toLowerCase()}: ${info.show(answer)}`}
                      >
                        {info.show(answer)}
                        {answer.status === 'suggested' ? ' (untouched)' : ''}
                      </button>
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
          <tr>
            <th scope="row">Status</th>
            <td>{STATUS_LABELS[claim.status]}</td>
            {item.answers.map((a, i) => (
              <td key={i}>{a ? STATUS_LABELS[a.status] : ''}</td>
            ))}
          </tr>
          {item.answers.some((a) => a?.note) ? (
            <tr>
              <th scope="row">Note</th>
              <td className="note">all kept in the record’s note</td>
              {item.answers.map((a, i) => (
                <td key={i} className="note">
                  {a?.note}
                </td>
              ))}
            </tr>
          ) : null}
          {item.answers.some((a) => a?.evidence.length) ? (
            <tr>
              <th scope="row">Evidence</th>
              <td className="note">{claim.evidence.length} kept</td>
              {item.answers.map((a, i) => (
                <td key={i} className="note">
                  {a?.evidence.join('\n')}
                </td>
              ))}
            </tr>
          ) : null}
        </tbody>
      </table>
    </section>
  );
}

