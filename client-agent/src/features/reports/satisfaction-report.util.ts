/** Good and bad answers of a group. */
export interface Counts {
  good: number;
  bad: number;
}

/** The share of good answers, as a whole percentage; null without answers (no score, not 0%). */
export function satisfactionScore({ good, bad }: Counts): number | null {
  const total = good + bad;
  return total === 0 ? null : Math.round((good / total) * 100);
}

/** The score as shown: "83%", or "—" without answers. */
export function scoreLabel(counts: Counts): string {
  const score = satisfactionScore(counts);
  return score === null ? '—' : `${score}%`;
}
