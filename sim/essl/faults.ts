/**
 * Faults the simulated eSSL can inject, so that the client's retry and recovery paths
 * meet what a hosted eSSL and the network in front of it really do.
 */
export const faultKinds = [
  '500',
  'timeout',
  'html',
  'malformed',
  'bomb',
  'invalid',
  'soapfault',
  'slow',
  'drop',
] as const;
export type FaultKind = (typeof faultKinds)[number];

/**
 * Kinds used when `kinds` is not given. `drop` (the server did the work, the answer is
 * lost) is left out: it is the one fault after which a retry meets a changed state.
 */
export const DEFAULT_FAULT_KINDS: ReadonlyArray<FaultKind> = faultKinds.filter(
  (kind) => kind !== 'drop',
);
export const DEFAULT_FAULT_RATE = 0.1;

export interface FaultSettings {
  /** Share of `/erms` requests that fail, 0–1. */
  rate: number;
  kinds: FaultKind[];
}

/** What each kind means, in the words of the CLI's help. */
export const FAULT_KIND_HELP: Readonly<Record<FaultKind, string>> = {
  '500': 'HTTP 500 s prostým textem',
  timeout: 'spojení přijato, odpověď nepřijde',
  html: 'HTTP 200 s HTML přihlašovací stránkou',
  malformed: 'useknuté XML',
  bomb: 'XML s vnořenými entitami („XML bomba“), které se nesmějí rozvinout',
  invalid: 'platné XML, které neodpovídá schématu rozhraní',
  soapfault: 'SOAP Fault soap:Server',
  slow: 'správná odpověď až po 2 s',
  drop: 'požadavek se provede, spojení se pak přeruší bez odpovědi',
};

function isFaultKind(value: string): value is FaultKind {
  return (faultKinds as ReadonlyArray<string>).includes(value);
}

/**
 * Reads `rate=0.1,kinds=500,timeout,html`: `kinds` takes every following item that
 * has no `=`. Either key may be left out (rate 0.1, kinds all but `drop`).
 */
export function parseFaults(
  text: string,
): { ok: true; value: FaultSettings } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0)
    return fail('Přepínač --faults je prázdný. Zadejte např. rate=0.1,kinds=500,timeout.');
  let rate: number | null = null;
  let kinds: FaultKind[] | null = null;
  let current: 'kinds' | null = null;
  for (const item of items) {
    const eq = item.indexOf('=');
    if (eq < 0) {
      if (current !== 'kinds' || kinds === null) {
        return fail(
          `Nečekaná položka „${item}“ v --faults; očekává se klíč=hodnota (rate, kinds).`,
        );
      }
      if (!isFaultKind(item)) return fail(unknownKind(item));
      if (!kinds.includes(item)) kinds.push(item);
      continue;
    }
    const key = item.slice(0, eq).trim();
    const value = item.slice(eq + 1).trim();
    if (key === 'rate') {
      if (rate !== null) return fail('Klíč rate je v --faults zadán dvakrát.');
      const parsed = /^(\d+(\.\d*)?|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
      if (!Number.isFinite(parsed) || parsed < 0 || parsed > 1) {
        return fail(`Neplatná četnost chyb rate=„${value}“. Zadejte číslo od 0 do 1, např. 0.1.`);
      }
      rate = parsed;
      current = null;
    } else if (key === 'kinds') {
      if (kinds !== null) return fail('Klíč kinds je v --faults zadán dvakrát.');
      if (value === '') return fail('Klíč kinds v --faults potřebuje aspoň jeden druh chyby.');
      if (!isFaultKind(value)) return fail(unknownKind(value));
      kinds = [value];
      current = 'kinds';
    } else {
      return fail(`Neznámý klíč „${key}“ v --faults; povolené jsou rate a kinds.`);
    }
  }
  return {
    ok: true,
    value: { rate: rate ?? DEFAULT_FAULT_RATE, kinds: kinds ?? [...DEFAULT_FAULT_KINDS] },
  };
}

function unknownKind(kind: string): string {
  return `Neznámý druh chyby „${kind}“ v --faults; povolené jsou ${faultKinds.join(', ')}.`;
}

/** Checks settings given in code (tests), with the same messages as the CLI. */
export function checkFaultSettings(settings: FaultSettings): string | null {
  if (!Number.isFinite(settings.rate) || settings.rate < 0 || settings.rate > 1) {
    return `Neplatná četnost chyb ${settings.rate}; musí být od 0 do 1.`;
  }
  if (settings.kinds.length === 0) return 'Seznam druhů chyb je prázdný.';
  const unknown = settings.kinds.find((kind) => !isFaultKind(kind));
  return unknown === undefined ? null : unknownKind(unknown);
}

/** Decides, per request, whether a fault strikes and which. */
export interface FaultPlan {
  set(settings: FaultSettings | null): void;
  current(): FaultSettings | null;
  /** Null: answer normally. Called once per request, before anything is applied. */
  draw(): FaultKind | null;
}

export function createFaultPlan(
  initial: FaultSettings | null,
  random: () => number = Math.random,
): FaultPlan {
  let settings: FaultSettings | null = null;
  const set = (next: FaultSettings | null) => {
    if (next) {
      const problem = checkFaultSettings(next);
      if (problem) throw new RangeError(problem);
    }
    settings = next && next.rate > 0 ? { rate: next.rate, kinds: [...next.kinds] } : null;
  };
  set(initial);
  return {
    set,
    current: () => (settings ? { rate: settings.rate, kinds: [...settings.kinds] } : null),
    draw() {
      if (!settings || random() >= settings.rate) return null;
      const index = Math.min(
        settings.kinds.length - 1,
        Math.floor(random() * settings.kinds.length),
      );
      return settings.kinds[index] ?? null;
    },
  };
}
