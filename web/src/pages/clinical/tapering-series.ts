import type { Tapering, TaperingYear } from '../../api/types';

/** The dashboard's figures as chart series: one chart per measure, planned / actual / forecast per year. */
export interface Series {
  label: 'Planned' | 'Actual' | 'Forecast';
  values: (number | null)[];
}

export interface Measure {
  key: 'separate' | 'integrated' | 'dual';
  title: string;
  unit: 'WTE' | 'people';
  series: Series[];
}

const wte = (hundredths: number | undefined | null): number | null =>
  hundredths === undefined || hundredths === null ? null : hundredths / 100;

/**
 * The plan says how much separate clinical WTE remains and how much is integrated; the actual
 * figures are measured at year end (or today); the forecast exists only for years not yet ended,
 * and only for the dual-qualified headcount (people now in training who finish by year end).
 */
export function taperingMeasures(dashboard: Tapering): Measure[] {
  const years = dashboard.years;
  const pick = (f: (y: TaperingYear) => number | null) => years.map(f);
  return [
    {
      key: 'separate',
      title: 'Separate clinical team',
      unit: 'WTE',
      series: [
        { label: 'Planned', values: pick((y) => wte(y.planned?.separateClinicalWteHundredths)) },
        { label: 'Actual', values: pick((y) => wte(y.actual?.separateClinicalWteHundredths)) },
      ],
    },
    {
      key: 'integrated',
      title: 'Clinician work integrated into social work posts',
      unit: 'WTE',
      series: [
        { label: 'Planned', values: pick((y) => wte(y.planned?.integratedWteHundredths)) },
        { label: 'Actual', values: pick((y) => wte(y.actual?.integratedWteHundredths)) },
      ],
    },
    {
      key: 'dual',
      title: 'Dual-qualified staff',
      unit: 'people',
      series: [
        { label: 'Actual', values: pick((y) => y.actual?.dualQualified.headcount ?? null) },
        { label: 'Forecast', values: pick((y) => y.forecast?.expectedHeadcount ?? null) },
      ],
    },
  ];
}

/** The chart in words, for screen readers (and for tests, which cannot read a canvas). */
export const describeMeasure = (measure: Measure, yearLabels: readonly string[]): string =>
  `${measure.title} (${measure.unit}). ` +
  yearLabels
    .map(
      (label, i) =>
        `${label}: ${measure.series
          .map(
            (s) =>
              `${s.label.toLowerCase()} ${s.values[i] === null ? 'none' : formatValue(s.values[i]!, measure.unit)}`,
          )
          .join(', ')}`,
    )
    .join('; ') +
  '.';

const formatValue = (value: number, unit: Measure['unit']): string =>
  unit === 'WTE' ? value.toFixed(2) : String(Math.round(value * 100) / 100);
