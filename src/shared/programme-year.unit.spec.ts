import { isProgrammeStart, programmeYearOf, ukDateOf } from './programme-year.js';

describe('programmeYearOf', () => {
  it.each([
    ['2016-04-01', 1, '2016-04-01', '2017-03-31'],
    ['2017-03-31', 1, '2016-04-01', '2017-03-31'],
    ['2017-04-01', 2, '2017-04-01', '2018-03-31'],
    ['2018-01-15', 2, '2017-04-01', '2018-03-31'],
    ['2019-12-31', 4, '2019-04-01', '2020-03-31'],
    ['2020-04-01', 5, '2020-04-01', '2021-03-31'],
    ['2016-03-31', 0, '2015-04-01', '2016-03-31'],
    ['2014-06-01', -1, '2014-04-01', '2015-03-31'],
  ])('puts %s in Year %p (%s to %s)', (on, number, startsOn, endsOn) => {
    expect(programmeYearOf(on, '2016-04-01')).toEqual({ number, startsOn, endsOn });
  });

  it('counts from the configured start', () => {
    expect(programmeYearOf('2019-05-01', '2018-04-01')).toEqual({
      number: 2,
      startsOn: '2019-04-01',
      endsOn: '2020-03-31',
    });
  });

  it('defaults to the Triborough start, 1 April 2016', () => {
    expect(programmeYearOf('2016-04-01').number).toBe(1);
  });

  it('handles a leap day', () => {
    expect(programmeYearOf('2020-02-29').number).toBe(4);
  });

  it.each(['2016-02-30', '2016-4-1', ''])('refuses the date %p', (on) => {
    expect(() => programmeYearOf(on)).toThrow(RangeError);
  });

  it.each(['2016-01-01', '2016-04-02', 'April 2016'])('refuses the programme start %p', (start) => {
    expect(isProgrammeStart(start)).toBe(false);
    expect(() => programmeYearOf('2017-01-01', start)).toThrow(RangeError);
  });
});

describe('ukDateOf', () => {
  it('gives the UK date, which is ahead of UTC in summer time', () => {
    expect(ukDateOf(new Date('2017-03-31T23:30:00Z'))).toBe('2017-04-01');
  });

  it('equals the UTC date in winter', () => {
    expect(ukDateOf(new Date('2017-01-31T23:30:00Z'))).toBe('2017-01-31');
  });
});
