import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { Lang } from '../../i18n.js';
import { numberVi, percentVi, periodLabel } from './show.js';
import type { Target, TrendPoint } from './types.js';

const Chart = lazy(() => import('./Chart.js'));

/** The charts of the dashboard pages, each an ECharts option built here and drawn by Chart.tsx. */

function LazyChart(props: { option: Record<string, unknown>; height: number; testId?: string }) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height: props.height }} />}>
      <Chart option={props.option} style={{ height: props.height }} testId={props.testId} />
    </Suspense>
  );
}

/** How an indicator's value reads on an axis: ratios in %, durations in minutes, counts as is. */
export function axisValue(kind: string, value: number): string {
  if (kind === 'ratio' || kind === 'reduction') return percentVi(value, 0);
  if (kind === 'duration') return `${numberVi(value / 60, 1)} phút`;
  return numberVi(value, 0);
}

/** A small line of the months' values with the target as a dashed line. */
export function Sparkline({
  points,
  target,
  lang,
}: {
  points: readonly TrendPoint[];
  kind: string;
  target: Target | null;
  lang: Lang;
}) {
  const targetValue = typeof target?.value === 'number' ? target.value : null;
  const option = {
    animation: false,
    grid: { left: 4, right: 4, top: 8, bottom: 4 },
    tooltip: {
      trigger: 'axis',
      formatter: (items: { dataIndex: number }[]) => {
        const p = points[items[0]?.dataIndex ?? 0];
        return p ? `${periodLabel(p.period, lang)}: ${p.valueText}` : '';
      },
    },
    xAxis: { type: 'category', show: false, data: points.map((p) => p.period) },
    yAxis: { type: 'value', show: false, scale: true },
    series: [
      {
        type: 'line',
        smooth: true,
        symbolSize: 4,
        color: '#0b5cad',
        areaStyle: { opacity: 0.08 },
        data: points.map((p) => p.value),
        markLine:
          targetValue === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#b5121b' },
                data: [{ yAxis: targetValue }],
                label: { show: false },
              },
      },
    ],
  };
  return <LazyChart option={option} height={56} testId="sparkline" />;
}

/** Monthly and cumulative values by month, with the target. */
export function HistoryChart({
  months,
  kind,
  target,
  lang,
  names,
}: {
  months: { period: string; monthly: number | null; cumulative: number | null }[];
  kind: string;
  target: Target | null;
  lang: Lang;
  names: { monthly: string; cumulative: string; target: string };
}) {
  const targetValue = typeof target?.value === 'number' ? target.value : null;
  const fmt = (v: number | null) => (v === null || v === undefined ? '—' : axisValue(kind, v));
  const option = {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: fmt },
    legend: { top: 0 },
    grid: { left: 56, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: months.map((m) => periodLabel(m.period, lang)) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: (v: number) => axisValue(kind, v) } },
    series: [
      { name: names.monthly, type: 'bar', color: '#91caff', data: months.map((m) => m.monthly) },
      {
        name: names.cumulative,
        type: 'line',
        color: '#0b5cad',
        data: months.map((m) => m.cumulative),
        markLine:
          targetValue === null
            ? undefined
            : {
                silent: true,
                symbol: 'none',
                lineStyle: { type: 'dashed', color: '#b5121b' },
                data: [{ yAxis: targetValue, name: names.target }],
                label: { formatter: `${names.target} ${target?.text ?? ''}` },
              },
      },
    ],
  };
  return <LazyChart option={option} height={320} testId="history-chart" />;
}

/** A pie of named counts (the catalogue by online level). */
export function CountPie({ slices }: { slices: { name: string; value: number; color: string }[] }) {
  const option = {
    tooltip: {
      trigger: 'item',
      formatter: (p: { name: string; value: number; percent: number }) =>
        `${p.name}: ${numberVi(p.value)} (${numberVi(p.percent, 2)}%)`,
    },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['50%', '45%'],
        label: { formatter: (p: { name: string; value: number }) => `${p.name}\n${numberVi(p.value)}` },
        data: slices.map((s) => ({ name: s.name, value: s.value, itemStyle: { color: s.color } })),
      },
    ],
  };
  return <LazyChart option={option} height={300} testId="online-level-chart" />;
}

/** Stacked horizontal bars: one bar a unit, one stack per series. */
export function StackedBars({
  categories,
  series,
  height,
}: {
  categories: string[];
  series: { name: string; color: string; data: number[] }[];
  height: number;
}) {
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => numberVi(v) },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', axisLabel: { formatter: (v: number) => numberVi(v) } },
    yAxis: {
      type: 'category',
      data: categories,
      inverse: true,
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: series.map((s) => ({ name: s.name, type: 'bar', stack: 'all', color: s.color, data: s.data })),
  };
  return <LazyChart option={option} height={height} />;
}

/** Timeliness of the last periods: on time, late, missing as stacked bars. */
export function TimelinessBars({
  history,
  lang,
  names,
}: {
  history: { period: string; onTime: number; late: number; missing: number }[];
  lang: Lang;
  names: { onTime: string; late: string; missing: string };
}) {
  const sorted = [...history].sort((a, b) => a.period.localeCompare(b.period));
  const option = {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => numberVi(v) },
    legend: { top: 0 },
    grid: { left: 40, right: 8, top: 32, bottom: 24 },
    xAxis: { type: 'category', data: sorted.map((p) => periodLabel(p.period, lang)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: names.onTime, type: 'bar', stack: 'u', color: '#52c41a', data: sorted.map((p) => p.onTime) },
      { name: names.late, type: 'bar', stack: 'u', color: '#fa8c16', data: sorted.map((p) => p.late) },
      { name: names.missing, type: 'bar', stack: 'u', color: '#d9d9d9', data: sorted.map((p) => p.missing) },
    ],
  };
  return <LazyChart option={option} height={220} testId="timeliness-chart" />;
}
