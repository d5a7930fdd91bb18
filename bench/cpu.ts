import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ): 100 on every Linux build the project runs on. */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system, µs) a process has used so far, from /proc/<pid>/stat; undefined off Linux.
 * A rate of requests per second moves with whatever else the machine runs; the CPU a process spends
 * per request barely does, so the bench reports both.
 */
export function cpuMicros(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1e6) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}
