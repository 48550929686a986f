// A data table's caption (for screen readers) and column headers.
export function TableHead({ caption, columns }: { caption: string; columns: string[] }) {
  return (
    <>
      <caption className="sr-only">{caption}</caption>
      <thead className="bg-slate-50 text-slate-800">
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col" className="px-3 py-2">
              {column}
            </th>
          ))}
        </tr>
      </thead>
    </>
  );
}
