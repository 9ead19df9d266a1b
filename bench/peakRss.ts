import { readFileSync } from 'node:fs';

/**
 * The process's peak resident memory in MB. On Linux this is VmHWM of /proc/self/status:
 * the high-water mark of this process's own memory. getrusage's maxRSS is no good in a
 * bench child: Linux carries it over from the parent across fork and exec, so a child
 * spawned by a bench holding a few hundred MB reports at least that.
 */
export function peakRssMb(): number {
  try {
    const status = readFileSync('/proc/self/status', 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status);
    if (match) return Math.round(Number(match[1]) / 1024);
  } catch {
    // Not Linux: fall through to getrusage.
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
