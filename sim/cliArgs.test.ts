import { describe, expect, it } from 'vitest';
import { DEFAULT_SIM_PORT, parseCliArgs } from './cliArgs';

describe('parseCliArgs', () => {
  it('defaults to port 5181 and nothing else', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'run', options: { port: DEFAULT_SIM_PORT } });
  });

  it('reads every option', () => {
    const parsed = parseCliArgs([
      '--port',
      '0',
      '--host',
      '0.0.0.0',
      '--data',
      '/tmp/sim',
      '--documents',
      '500',
      '--seed',
      '42',
      '--today',
      '2026-05-14',
      '--faults',
      'rate=0.25,kinds=500,timeout,drop',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        port: 0,
        host: '0.0.0.0',
        dataDir: '/tmp/sim',
        documents: 500,
        seed: 42,
        today: new Date('2026-05-14T12:00:00Z'),
        faults: { rate: 0.25, kinds: ['500', 'timeout', 'drop'] },
      },
    });
    expect(parseCliArgs(['--port=8080'])).toMatchObject({ kind: 'run', options: { port: 8080 } });
  });

  it('takes the port of the ISDS certificate listener', () => {
    expect(parseCliArgs(['--isds-tls-port', '5182'])).toMatchObject({
      kind: 'run',
      options: { isdsTlsPort: 5182 },
    });
    expect(parseCliArgs(['--isds-tls-port', 'x'])).toMatchObject({ kind: 'error' });
  });

  it('asks for help', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--port', 'abc'], /--port.*„abc“.*0 do 65535/],
    [['--port', '70000'], /--port.*„70000“.*0 do 65535/],
    [['--port', '-1'], /zadejte ji jako --port=HODNOTA/],
    [['--port=-1'], /--port.*„-1“.*0 do 65535/],
    [['--port', '12.5'], /--port.*„12\.5“/],
    [['--port'], /Přepínač --port vyžaduje hodnotu/],
    [['--documents', 'mnoho'], /--documents.*„mnoho“/],
    [['--documents', '2000000'], /--documents.*„2000000“/],
    [['--seed', 'x'], /--seed/],
    [['--today', 'včera'], /--today.*„včera“/],
    [['--today', '2026-13-45'], /--today/],
    [['--host', ' '], /--host nesmí být prázdná/],
    [['--data', ''], /--data nesmí být prázdný/],
    [['--bogus'], /Neznámý přepínač --bogus/],
    [['extra'], /Nečekaný argument extra/],
    [['--faults', 'rate=2'], /Neplatná četnost chyb rate=„2“/],
    [['--faults', 'kinds=500,explode'], /Neznámý druh chyby „explode“/],
    [['--faults', 'often'], /Nečekaná položka „often“/],
    [['--faults', ''], /--faults je prázdný/],
  ])('refuses %j in Czech', (argv, message) => {
    const parsed = parseCliArgs(argv);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });
});
