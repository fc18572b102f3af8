import * as chartsRuntime from 'echarts/charts';
import * as componentsRuntime from 'echarts/components';
import * as coreRuntime from 'echarts/core';
import * as renderersRuntime from 'echarts/renderers';
import type * as ChartTypes from 'echarts/types/dist/charts';
import type * as ComponentTypes from 'echarts/types/dist/components';
import type * as CoreTypes from 'echarts/types/dist/core';
import type * as RendererTypes from 'echarts/types/dist/renderers';
import EChartsCoreModule from 'echarts-for-react/lib/core.js';
import type { EChartsReactProps } from 'echarts-for-react/lib/types.js';
import type { ComponentType, CSSProperties } from 'react';

// echarts' entry .d.ts files re-export without extensions, which NodeNext cannot follow: the
// runtime modules are typed by their types/dist declarations instead
const echarts = coreRuntime as unknown as typeof CoreTypes;
const { BarChart, LineChart, PieChart } = chartsRuntime as unknown as typeof ChartTypes;
const { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } =
  componentsRuntime as unknown as typeof ComponentTypes;
const { CanvasRenderer } = renderersRuntime as unknown as typeof RendererTypes;

// only the chart types the dashboard pages draw, so that this chunk stays small
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  CanvasRenderer,
]);

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
      <EChartsCore
        echarts={echarts}
        option={{ animation: false, ...option }}
        notMerge
        style={{ width: '100%', ...style }}
      />
    </div>
  );
}
