export interface DecidedCountProps {
  decided: number;
  total: number;
}

/** How far the article is: decided claims (tagged or reviewed) of all claims. */
export function DecidedCount({ decided, total }: DecidedCountProps) {
  return (
    <p className="decided-count">
      <strong>{decided}</strong> of {total} decided
      <span className="decided-bar" aria-hidden="true">
        <span style={{ width: total ? `${(decided / total) * 100}%` : 0 }} />
      </span>
    </p>
  );
}
