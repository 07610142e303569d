package org.goalshift.report;

/** Every cell look the workbooks use; {@link Styles} builds each once per workbook. */
enum Style {
  TITLE,
  SUBTITLE,
  SECTION,
  HEADER,
  TEXT,
  /** Bold text naming what the cells to its right hold. */
  LABEL,
  WRAPPED_TEXT,
  CENTRED_TEXT,
  NOTE,
  INTEGER,
  DECIMAL,
  PERCENT,
  /** A marker such as "&lt;5" standing where a number would be, aligned like the numbers. */
  MARKER,
  TOTAL_TEXT,
  TOTAL_INTEGER,
  TOTAL_PERCENT,
  TOTAL_MARKER
}
