import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseCliOptions } from './cli';

describe('browser host command line', () => {
  it('defaults to the loopback port 5180 with the demo', () => {
    const options = parseCliOptions([]);
    expect(options).toMatchObject({ port: DEFAULT_PORT, host: '127.0.0.1', demo: true });
    expect(DEFAULT_PORT).toBe(5180);
  });

  it('takes --port, --data and --no-demo', () => {
    expect(parseCliOptions(['--port', '6000', '--data', '/tmp/x', '--no-demo'])).toMatchObject({
      port: 6000,
      dataDir: '/tmp/x',
      demo: false,
    });
  });

  it.each([['abc'], ['70000'], ['-1'], ['1.5']])('refuses the port %s in Czech', (port) => {
    expect(() => parseCliOptions(['--port', port])).toThrow(/Neplatn/);
  });

  it('never listens beyond this computer', () => {
    expect(() => parseCliOptions(['--host', '0.0.0.0'])).toThrow(/jen na tomto počítači/);
  });

  it('names the usage for an unknown switch', () => {
    expect(() => parseCliOptions(['--verbose'])).toThrow(/Použití: npm start/);
  });
});
