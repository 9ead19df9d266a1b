/** The register's Czech answers to a request it cannot accept. */
import type { z } from 'zod';

const FIELD_NAMES: Readonly<Record<string, string>> = {
  requestId: 'identifikátor žádosti',
  direction: 'směr konverze',
  input: 'označení vstupu',
  inputDate: 'datum vstupu',
  sheets: 'počet listů',
  person: 'osoba, která konverzi provedla',
  feeCzk: 'poplatek',
  exemption: 'důvod osvobození od poplatku',
  pid: 'dokument (PID)',
  convertedAt: 'datum a čas konverze',
};

function problemOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `neznámé údaje ${issue.keys.map((key) => `„${key}“`).join(', ')}`;
  if (issue.message === 'validation.conversion.feeOrExemption')
    return 'uveďte buď poplatek, nebo důvod osvobození od poplatku (právě jedno z nich)';
  const field = String(issue.path[0] ?? '');
  const name = FIELD_NAMES[field];
  if (!name) return 'žádost není objekt JSON s údaji o konverzi';
  return issue.code === 'invalid_type' && issue.input === undefined
    ? `chybí ${name}`
    : `chybný údaj: ${name}`;
}

/** One Czech sentence naming every problem, each once. */
export function invalidRequestMessage(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  const problems = [...new Set(issues.map(problemOf))];
  return `Neplatná žádost: ${problems.join('; ')}.`;
}
