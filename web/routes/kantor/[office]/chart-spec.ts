/** One chart and its text alternative, built from the same numbers so the two can never disagree. */
export type ChartSpec = {
  id: string;
  title: string;
  /** One sentence for the canvas' accessible name. */
  summary: string;
  type: 'line' | 'bar';
  horizontal?: boolean;
  labelHeader: string;
  valueHeader: string;
  labels: string[];
  values: (number | null)[];
  /** The values as printed in the table and the tooltip. */
  display: string[];
  /** Axis maximum (100 for percentages). */
  max?: number;
  /** Number formatting of the axis (`id-ID`: 3.000). */
  locale: string;
  /** Printed after each axis number, e.g. ` %`. */
  tickSuffix?: string;
  /** One colour per bar, or one for the line. */
  colors: string[];
  /** More table columns (e.g. n per month). */
  extra?: { header: string; cells: string[] }[];
  /** A word after a label in the table and the hover label (e.g. `bulan berjalan, n = 45`); empty for none. */
  notes?: string[];
  /** Line charts: each point's 95 % interval on the value axis, drawn as a whisker. */
  intervals?: ([number, number] | null)[];
  /** Line charts: points not yet complete (dashed line to them, hatched background). */
  partial?: boolean[];
  /** Line charts: points from fewer than 30 ratings (drawn hollow). */
  hollow?: boolean[];
  /** A sentence under the chart saying how the marks above read. */
  legend?: string;
};
