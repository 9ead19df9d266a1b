import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  appConfigSchema,
  defaultConfig,
  type AppConfig,
  type AppConfigPatch,
} from '../../../common/contract/types';
import type { Logger } from '../log/logger';

/** The configuration of a fresh installation: the demo, nothing set (common/contract). */
export { defaultConfig };

/**
 * The machine's configuration as one JSON file. Written to a temporary file and
 * renamed, so a power cut leaves either the old or the new file, never half of one.
 * `overrides` come from the ORP's deployment (environment / command line) and win.
 */
export class ConfigStore {
  private current: AppConfig | null = null;

  constructor(
    private readonly file: string,
    private readonly logger: Logger,
    private readonly overrides: Partial<AppConfig> = {},
  ) {}

  async get(): Promise<AppConfig> {
    if (!this.current) this.current = { ...(await this.load()), ...this.overrides };
    return this.current;
  }

  async update(patch: AppConfigPatch): Promise<AppConfig> {
    const next = appConfigSchema.parse({ ...(await this.get()), ...patch });
    await mkdir(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.tmp`;
    await writeFile(temporary, JSON.stringify(next, null, 2));
    await rename(temporary, this.file);
    this.current = { ...next, ...this.overrides };
    return this.current;
  }

  private async load(): Promise<AppConfig> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return { ...defaultConfig };
    }
    try {
      const parsed = appConfigSchema.safeParse({ ...defaultConfig, ...JSON.parse(text) });
      if (parsed.success) return parsed.data;
      this.logger.warn('config: invalid file, using defaults', { file: this.file });
    } catch {
      this.logger.warn('config: unreadable file, using defaults', { file: this.file });
    }
    return { ...defaultConfig };
  }
}
