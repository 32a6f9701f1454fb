import { ConfigError, loadConfig } from './app-config.js';

describe('CADRE_PROGRAMME_START', () => {
  it('defaults to 1 April 2016, the start of programme Year 1', () => {
    expect(loadConfig({}).programmeStart).toBe('2016-04-01');
  });

  it('takes another 1 April', () => {
    expect(loadConfig({ CADRE_PROGRAMME_START: '2018-04-01' }).programmeStart).toBe('2018-04-01');
  });

  it.each(['2018-01-01', '2018-04-31', 'next April'])('stops start-up on %p, naming the setting', (value) => {
    expect(() => loadConfig({ CADRE_PROGRAMME_START: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CADRE_PROGRAMME_START: value })).toThrow(/CADRE_PROGRAMME_START/);
  });
});
