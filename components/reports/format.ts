/** Hours as people say them: "5 h" under two days, "3.5 days" from there. */
export function formatHours(hours: number | null): string {
  if (hours === null) return "–";
  if (hours < 48) return `${Math.round(hours * 10) / 10} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

export function formatShare(share: number | null): string {
  return share === null ? "–" : `${Math.round(share * 1000) / 10} %`;
}
