import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { describeMeasure, type Measure } from './tapering-series';

ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// Dark enough against white for 3:1 as graphics (WCAG 1.4.11); forecast is also hatched by its border.
const COLOURS: Record<string, { fill: string; border: string }> = {
  Planned: { fill: '#1d4e89', border: '#0b2545' },
  Actual: { fill: '#b34700', border: '#6b2a00' },
  Forecast: { fill: '#ffffff', border: '#2e6b30' },
};

export function TaperingChart({ measure, years }: { measure: Measure; years: string[] }) {
  const data: ChartData<'bar', (number | null)[], string> = {
    labels: years,
    datasets: measure.series.map((s) => ({
      label: s.label,
      data: s.values,
      backgroundColor: COLOURS[s.label].fill,
      borderColor: COLOURS[s.label].border,
      borderWidth: s.label === 'Forecast' ? 3 : 1,
    })),
  };
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: { legend: { position: 'bottom', labels: { color: '#1a1a1a' } } },
    scales: {
      x: { ticks: { color: '#1a1a1a' } },
      y: {
        beginAtZero: true,
        ticks: { color: '#1a1a1a', ...(measure.unit === 'people' ? { precision: 0 } : {}) },
        title: { display: true, text: measure.unit, color: '#1a1a1a' },
      },
    },
  };
  const description = describeMeasure(measure, years);
  return (
    <figure className="chart" data-testid={`chart-${measure.key}`} data-description={description}>
      <figcaption>{measure.title}</figcaption>
      <div className="chart-canvas">
        <Bar data={data} options={options} role="img" aria-label={description} />
      </div>
    </figure>
  );
}
