/**
 * The logger the simulator writes to. Shaped like main/services' Logger so the shell
 * or the browser host can hand theirs over unchanged; the sim does not import main/.
 */
export interface SimLogger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export const silentLogger: SimLogger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};
