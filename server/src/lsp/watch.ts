/**
 * Watches data folders and files with fs.watch, so edited packs apply without
 * a restart even in clients that cannot watch files for the server.
 */
import * as fs from "fs";

export class DataWatcher {
  private readonly watchers: fs.FSWatcher[] = [];
  private timer?: NodeJS.Timeout;

  constructor(paths: string[], onChange: () => void) {
    const fire = () => {
      if (this.timer) clearTimeout(this.timer);
      this.timer = setTimeout(onChange, 100);
    };
    for (const p of new Set(paths)) {
      try {
        if (!fs.existsSync(p)) continue;
        const w = fs.watch(p, { persistent: false }, fire);
        w.on("error", () => w.close());
        this.watchers.push(w);
      } catch {
        /* unwatchable paths are reloaded on the next settings change */
      }
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const w of this.watchers) w.close();
  }
}
