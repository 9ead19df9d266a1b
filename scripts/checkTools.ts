import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { requiredTools } from './requiredTools';

export function missingTools(): string[] {
  const missing: string[] = [];
  for (const tool of requiredTools) {
    const found = tool.command.startsWith('/')
      ? existsSync(tool.command)
      : spawnSync(tool.command, tool.args, { stdio: 'ignore' }).error === undefined;
    if (!found) {
      missing.push(
        `${tool.command} chybí (${tool.purpose}) — nainstalujte balíček ${tool.debianPackage}: apt-get install -y ${tool.debianPackage}`,
      );
    }
  }
  return missing;
}

const missing = missingTools();
if (missing.length > 0) {
  for (const line of missing) console.error(line);
  process.exit(1);
}
console.log(
  `System tools present: ${requiredTools
    .map((tool) => tool.debianPackage)
    .filter((p, i, all) => all.indexOf(p) === i)
    .join(', ')}`,
);
