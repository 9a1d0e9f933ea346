// A horizontal bar chart in plain text, for figures that grow with a parameter (N sessions): one
// group of bars per parameter value, one bar per series, all on one scale.
import { format } from "../report.js";

const WIDTH = 48;
const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"];

export function barChart(title: string, unit: string, groups: { label: string; bars: { name: string; value: number }[] }[]): string {
  const max = Math.max(...groups.flatMap((g) => g.bars.map((b) => b.value)).filter(Number.isFinite));
  const labelWidth = Math.max(...groups.map((g) => g.label.length));
  const nameWidth = Math.max(...groups.flatMap((g) => g.bars.map((b) => b.name.length)));
  const lines = [`${title} (${unit}; full width = ${format(max)})`];
  for (const group of groups) {
    group.bars.forEach((bar, i) => {
      const eighths = max > 0 && Number.isFinite(bar.value) ? Math.round((bar.value / max) * WIDTH * 8) : 0;
      const drawn = "█".repeat(Math.floor(eighths / 8)) + EIGHTHS[eighths % 8];
      lines.push(`${(i === 0 ? group.label : "").padEnd(labelWidth)}  ${bar.name.padEnd(nameWidth)} │${drawn} ${format(bar.value)}`);
    });
  }
  return lines.join("\n");
}
