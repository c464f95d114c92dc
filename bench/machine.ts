/** The machine the figures were measured on, for the README and results.json. */
import * as fs from "fs";
import * as os from "os";

export interface Machine {
  date: string;
  cpus: number;
  cpuModel: string;
  memoryMB: number;
  node: string;
  platform: string;
  /** 1/5/15-minute load averages when the run started: other work on the machine skews every figure */
  loadAverage: number[];
}

function cpuModel(): string {
  try {
    const line = fs.readFileSync("/proc/cpuinfo", "utf8").split("\n").find((l) => l.startsWith("model name"));
    if (line) return line.split(":")[1].trim();
  } catch {
    /* not Linux */
  }
  return os.cpus()[0]?.model ?? "unknown";
}

export function describeMachine(): Machine {
  return {
    date: new Date().toISOString(),
    // nproc: the CPUs this process may use, which is what the budgets assume (2 here).
    cpus: typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length,
    cpuModel: cpuModel(),
    memoryMB: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

/** Resident set size of another process, from /proc (Linux); undefined elsewhere. */
export function processRssMB(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1]);
    return { rss: kb("VmRSS") / 1024, hwm: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) another process has used so far, from /proc (Linux; 10 ms ticks). */
export function processCpuMs(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticksPerSecond = 100; // USER_HZ, 100 on every Linux ABI Node supports
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
