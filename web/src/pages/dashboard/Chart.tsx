import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import EChartsCoreModule from 'echarts-for-react/lib/core.js';
import type { EChartsReactProps } from 'echarts-for-react/lib/types.js';
import type { ComponentType, CSSProperties } from 'react';

// only the chart types the dashboard pages draw, so that this chunk stays small
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

// CommonJS typings under NodeNext: TypeScript sees the class as `.default`, Vite's ESM build as the module itself
const EChartsCore = ((EChartsCoreModule as unknown as { default?: unknown }).default ??
  EChartsCoreModule) as unknown as ComponentType<EChartsReactProps & { echarts: unknown }>;

/** One chart; loaded on its own (React.lazy in charts.tsx) so that ECharts stays out of the main bundle. */
export default function Chart({
  option,
  style,
  testId,
}: {
  option: Record<string, unknown>;
  style?: CSSProperties;
  testId?: string;
}) {
  return (
    <div data-testid={testId} data-chart="echarts">
      <EChartsCore echarts={echarts} option={option} notMerge style={{ width: '100%', ...style }} />
    </div>
  );
}
