/**
 * A chart's numbers as a table, folded under a summary: the text alternative
 * for screen readers, and for anyone who would rather read figures.
 */
export function ChartDataTable({
  summary,
  caption,
  columns,
  rows,
}: {
  summary: string;
  caption: string;
  columns: string[];
  rows: { key: string; cells: (string | number)[] }[];
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">{summary}</summary>
      <table className="mt-2 text-start tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className="py-1 pe-6 font-medium">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-slate-200 dark:border-slate-800">
              {row.cells.map((cell, index) => (
                <td key={index} className="py-1 pe-6">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
