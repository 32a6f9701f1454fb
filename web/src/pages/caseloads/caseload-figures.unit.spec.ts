import { headroomText, resultText } from './caseload-figures';

describe('caseload figures in words', () => {
  it('says plainly when a recorded change is over the cap', () => {
    const result = { staffId: 'x', version: 1, openCases: 7, cap: 6, overCap: true };
    expect(resultText(result)).toBe('Recorded, but over the cap: 7 open cases that day against a cap of 6.');
    expect(resultText({ ...result, openCases: 1, overCap: false })).toBe(
      'Recorded: 1 open case that day, within the cap of 6.',
    );
    expect(resultText({ ...result, cap: null, overCap: false })).toBe(
      'Recorded: 7 open cases that day, with no cap in force.',
    );
  });

  it('words headroom as places left or how far over', () => {
    expect(headroomText(2)).toBe('2 more');
    expect(headroomText(0)).toBe('0 more');
    expect(headroomText(-1)).toBe('over by 1');
    expect(headroomText(null)).toBe('no cap, so no headroom');
  });
});
