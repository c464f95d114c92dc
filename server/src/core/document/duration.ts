/** Speaking time as a writer reads it: 45秒, 1分12秒, 12分, 1小时28分 (never decimal minutes). */
export function formatDuration(minutes: number): string {
  const seconds = Math.max(1, Math.round(minutes * 60));
  if (seconds < 60) return `${seconds}秒`;
  if (seconds < 600) {
    const m = Math.floor(seconds / 60);
    const s = seconds % 60;
    return s ? `${m}分${s}秒` : `${m}分`;
  }
  const totalMinutes = Math.round(seconds / 60);
  if (totalMinutes < 60) return `${totalMinutes}分`;
  const h = Math.floor(totalMinutes / 60);
  const m = totalMinutes % 60;
  return m ? `${h}小时${m}分` : `${h}小时`;
}
