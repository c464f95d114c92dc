/** Short Chinese renderings of lengths and speaking times for the status bar, pickers and views. */
import { formatDuration } from "../../server/src/core/document/duration";

/** 1分12秒, 1小时28分: never decimal minutes. */
export const formatMinutes = formatDuration;

export function formatLength(chars: number, minutes: number): string {
  return `${chars.toLocaleString("en-US")}字 · 约${formatDuration(minutes)}`;
}
