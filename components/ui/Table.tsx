// GOV.UK table from a list of rows and a list of columns: the caption, the head row with
// scope="col", row headings with scope="row", numeric columns right-aligned (heading and cells
// alike). Renders on the server or in a client component; it holds no state.
// A wide table scrolls sideways inside its own box, not the page (WCAG 1.4.10 reflow): the box is a
// region named by the caption, and focusable, so that keyboard users can scroll it too.
import { useId, type Key, type ReactNode } from "react";
import { cx } from "./cx";

export type Column<R> = {
  /** The column's heading; may be visually hidden (a column of buttons). */
  header: ReactNode;
  cell: (row: R, index: number) => ReactNode;
  numeric?: boolean;
  /** The cell heads its row (`<th scope="row">`); "regular" without the bold. */
  rowHeader?: boolean | "regular";
  width?: "one-half" | "one-third" | "one-quarter";
  /** More classes on the column's cells, such as "govuk-body-s". */
  className?: string;
};

export function Table<R>({
  caption,
  captionSize = "m",
  captionId,
  columns,
  rows,
  rowKey = (_, index) => index,
  head = true,
  testId,
  className,
}: {
  caption: ReactNode;
  /** "hidden": for screen readers only, where a heading above already says what the table is. */
  captionSize?: "s" | "m" | "l" | "hidden";
  captionId?: string;
  /** A column given as false (`previous && {...}`) is left out. */
  columns: ReadonlyArray<Column<R> | false | null | undefined>;
  rows: readonly R[];
  /** React's key for a row; its place in the list unless given. Give one where a row holds state. */
  rowKey?: (row: R, index: number) => Key;
  /** false: no head row, for a table of row headings and their values. */
  head?: boolean;
  testId?: string;
  /** More classes on the table, such as its margins. */
  className?: string;
}) {
  const cols = columns.filter((c): c is Column<R> => !!c);
  const ownId = useId();
  const capId = captionId ?? `${ownId}-caption`;
  return (
    <div className="app-table-scroll" role="region" aria-labelledby={capId} tabIndex={0}>
      <table className={cx("govuk-table", className)} data-testid={testId}>
        <caption
          id={capId}
          className={cx(
            "govuk-table__caption",
            captionSize === "hidden" ? "govuk-visually-hidden" : `govuk-table__caption--${captionSize}`,
          )}
        >
          {caption}
        </caption>
        {head && (
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {cols.map((c, i) => (
                <th
                  key={i}
                  scope="col"
                  className={cx(
                    "govuk-table__header",
                    c.numeric && "govuk-table__header--numeric",
                    c.width && `govuk-!-width-${c.width}`,
                  )}
                >
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody className="govuk-table__body">
          {rows.map((row, r) => (
            <tr key={rowKey(row, r)} className="govuk-table__row">
              {cols.map((c, i) =>
                c.rowHeader ? (
                  <th
                    key={i}
                    scope="row"
                    className={cx(
                      "govuk-table__header",
                      c.rowHeader === "regular" && "govuk-!-font-weight-regular",
                      c.numeric && "govuk-table__header--numeric",
                      c.className,
                    )}
                  >
                    {c.cell(row, r)}
                  </th>
                ) : (
                  <td
                    key={i}
                    className={cx("govuk-table__cell", c.numeric && "govuk-table__cell--numeric", c.className)}
                  >
                    {c.cell(row, r)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
