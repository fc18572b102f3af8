import EChartsModule, { type EChartsReactProps } from 'echarts-for-react';
import type { ComponentType } from 'react';
import type { Lang } from '../../i18n.js';
import { formatRate, periodText } from './show.js';
import type { Timeliness } from './types.js';
import { word } from './words.js';

// CommonJS typings under NodeNext: TypeScript sees the class as `.default`, Vite's ESM build as the module itself
const ECharts = ((EChartsModule as unknown as { default?: unknown }).default ??
  EChartsModule) as unknown as ComponentType<EChartsReactProps>;

/**
 * The last periods as stacked bars (on time, late, missing) and the reporting rate as a line.
 * Loaded on its own (React.lazy) so that ECharts stays out of the main bundle.
 */
export default function TimelinessChart({
  history,
  lang,
}: {
  history: NonNullable<Timeliness['history']>;
  lang: Lang;
}) {
  const periods = [...history].sort((a, b) => a.period.localeCompare(b.period));
  const labels = periods.map((p) => periodText(p.period, lang));
  const option = {
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v: number) => String(v),
    },
    legend: { top: 0 },
    grid: { left: 48, right: 56, top: 40, bottom: 48 },
    xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: 30 } },
    yAxis: [
      { type: 'value', name: word(lang, 'tl.expected'), minInterval: 1 },
      {
        type: 'value',
        name: word(lang, 'tl.rate'),
        min: 0,
        max: 100,
        axisLabel: { formatter: (v: number) => `${v}%` },
      },
    ],
    series: [
      {
        name: word(lang, 'tl.onTime'),
        type: 'bar',
        stack: 'units',
        color: '#52c41a',
        data: periods.map((p) => p.onTime),
      },
      {
        name: word(lang, 'tl.late'),
        type: 'bar',
        stack: 'units',
        color: '#fa8c16',
        data: periods.map((p) => p.late),
      },
      {
        name: word(lang, 'tl.missing'),
        type: 'bar',
        stack: 'units',
        color: '#d9d9d9',
        data: periods.map((p) => p.missing),
      },
      {
        name: word(lang, 'tl.rate'),
        type: 'line',
        yAxisIndex: 1,
        color: '#0b5cad',
        data: periods.map((p) => (p.rate === null ? null : Math.round(p.rate * 10000) / 100)),
        tooltip: { valueFormatter: (v: number | null) => (v === null ? '—' : formatRate(v / 100)) },
      },
    ],
  };
  return <ECharts option={option} style={{ height: 340, width: '100%' }} notMerge />;
}
