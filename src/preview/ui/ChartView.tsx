import { SimChart, SimSheet } from "../workbook/sheet";
import { SimWorkbook } from "../workbook/workbook";
import { chartBars } from "./chart-bars";
import { columnLeftPx, rowTopPx } from "./grid-geometry";

const LABEL_PX = 150;
const VALUE_PX = 44;

/**
 * A chart drawn where `setPosition` put it over the grid, as horizontal bars on a 0–100 scale (the template's
 * charts are scores). A category without a number gets no bar and says "no score", as Excel leaves a gap.
 */
export function ChartView({
  workbook,
  sheet,
  chart,
}: {
  workbook: SimWorkbook;
  sheet: SimSheet;
  chart: SimChart;
}) {
  if (!chart.position) return null;
  const { start, end } = chart.position;
  const left = columnLeftPx(sheet, start.left);
  const top = rowTopPx(start.top);
  const width = columnLeftPx(sheet, end.right + 1) - left;
  const height = rowTopPx(end.bottom + 1) - top;
  const { series, bars } = chartBars(workbook, chart);
  const rowHeight = Math.max(12, Math.min(24, (height - 48) / Math.max(1, bars.length)));
  const plot = Math.max(40, width - LABEL_PX - VALUE_PX - 16);
  const scale = (value: number) => (Math.max(0, Math.min(100, value)) / 100) * plot;
  return (
    <figure
      className="preview-chart"
      style={{ left, top, width, height }}
      aria-label={chart.title || chart.name}
    >
      <figcaption>{chart.title}</figcaption>
      <svg
        width={width - 16}
        height={bars.length * rowHeight}
        role="img"
        aria-label={`${chart.title}: ${series}`}
      >
        {bars.map((bar, i) => {
          const y = i * rowHeight;
          const text = bar.value === null ? "no score" : bar.value.toFixed(1);
          return (
            <g key={`${bar.label}-${i}`}>
              <title>{`${bar.label}: ${text}`}</title>
              <text
                x={LABEL_PX - 6}
                y={y + rowHeight * 0.7}
                textAnchor="end"
                className="preview-chart-label"
              >
                {bar.label.length > 24 ? `${bar.label.slice(0, 23)}…` : bar.label}
              </text>
              {bar.value !== null && (
                <rect
                  x={LABEL_PX}
                  y={y + 2}
                  width={scale(bar.value)}
                  height={rowHeight - 4}
                  className="preview-chart-bar"
                />
              )}
              <text
                x={LABEL_PX + (bar.value === null ? 0 : scale(bar.value)) + 4}
                y={y + rowHeight * 0.7}
                className="preview-chart-value"
              >
                {text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
