package org.goalshift.report;

import java.time.YearMonth;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Page and table layout every sheet shares, so all print and read the same way. */
final class SheetLayout {
  static final String CONFIDENTIAL = "Confidential";

  private SheetLayout() {}

  /**
   * Landscape A4, one page wide, the report and month in the header, "Confidential" on each page.
   */
  static void printSetup(Sheet sheet, String report, YearMonth month) {
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(true);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
    sheet.getHeader().setLeft(Cells.safeText(report) + " - " + Headlines.monthName(month));
    sheet.getHeader().setRight(CONFIDENTIAL);
    sheet
        .getFooter()
        .setLeft(CONFIDENTIAL + ": pseudonymous ids, do not share outside supervision");
    sheet.getFooter().setRight("Page &P of &N");
  }

  static void widths(Sheet sheet, int... characters) {
    for (int column = 0; column < characters.length; column++) {
      sheet.setColumnWidth(column, characters[column] * 256);
    }
  }

  static void title(Sheet sheet, String title, String subtitle, Styles styles) {
    Row titleRow = sheet.createRow(0);
    titleRow.setHeightInPoints(24);
    Cells.text(titleRow, 0, title, styles, Style.TITLE);
    Cells.text(sheet.createRow(1), 0, subtitle, styles, Style.SUBTITLE);
  }

  static Row header(Sheet sheet, int rowIndex, String[] titles, Styles styles) {
    Row row = sheet.createRow(rowIndex);
    row.setHeightInPoints(46);
    for (int column = 0; column < titles.length; column++) {
      Cells.text(row, column, titles[column], styles, Style.HEADER);
    }
    return row;
  }

  /** Freezes the header (and the first column) and filters the table under it. */
  static void table(Sheet sheet, int headerRow, int lastRow, int columns) {
    sheet.createFreezePane(1, headerRow + 1);
    if (lastRow > headerRow) {
      sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns - 1));
    }
  }
}
