/** Short Chinese renderings of lengths and speaking times for the status bar and pickers. */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.max(1, Math.round(minutes * 60))}秒`;
  return `${minutes < 10 ? minutes.toFixed(1) : Math.round(minutes)}分钟`;
}

export function formatLength(chars: number, minutes: number): string {
  return `${chars.toLocaleString("en-US")}字 · 约${formatMinutes(minutes)}`;
}
