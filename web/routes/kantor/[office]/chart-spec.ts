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
};
