package org.goalshift.report;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;

/**
 * The twelve months ending at the report month as a table, and native charts drawn from that table
 * (so a reader who changes a number sees the chart follow).
 */
final class TrendsSheet {
  static final String NAME = "Trends";
  static final int HEADER_ROW = 3;
  static final int FIRST_MONTH_ROW = HEADER_ROW + 1;
  static final int LAST_MONTH_ROW = FIRST_MONTH_ROW + 11;
  static final String[] TITLES = {
    "Month",
    "Active goals",
    "New goals",
    "Revisions",
    "Goals revised",
    "Reframes to relationship",
    "Reframes to performance",
    "Performance target",
    "Relationship-oriented",
    "Unclassified",
    "Share relationship-oriented",
    "Revised within 90 days (goals set that month)",
    "Approach",
    "Avoidance",
    "Mixed",
    "No direction",
    "Share naming something wanted"
  };
  static final int MONTH = 0;
  static final int REVISIONS = 3;
  static final int PERFORMANCE_TARGET = 7;
  static final int RELATIONSHIP_ORIENTED = 8;
  static final int UNCLASSIFIED = 9;
  static final int RELATIONSHIP_SHARE = 10;
  static final int REVISED_WITHIN_90_DAYS = 11;
  static final int APPROACH = 12;
  static final int AVOIDANCE = 13;
  static final int MIXED = 14;
  static final int NO_DIRECTION = 15;
  static final int WANTED_SHARE = 16;

  private static final String CHART_NAMESPACE =
      "http://schemas.openxmlformats.org/drawingml/2006/chart";
  private static final DateTimeFormatter SHORT_MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
  private static final int CHART_TOP = LAST_MONTH_ROW + 3;
  private static final int CHART_HEIGHT = 22;
  // Colour-blind-safe pairs from the Okabe-Ito palette, spelled out because LibreOffice draws
  // series without an explicit colour as invisible.
  private static final byte[] BLUE = rgb(0x00, 0x72, 0xB2);
  private static final byte[] ORANGE = rgb(0xE6, 0x9F, 0x00);
  private static final byte[] GREEN = rgb(0x00, 0x9E, 0x73);
  private static final byte[] GREY = rgb(0x99, 0x99, 0x99);
  private static final byte[] VERMILION = rgb(0xD5, 0x5E, 0x00);

  private final Styles styles;

  TrendsSheet(Styles styles) {
    this.styles = styles;
  }

  void write(XSSFSheet sheet, String title, TeamFigures figures, YearMonth month) {
    SheetLayout.title(
        sheet,
        title,
        "The 12 months from "
            + Headlines.monthName(month.minusMonths(11))
            + " to "
            + Headlines.monthName(month),
        styles);
    SheetLayout.header(sheet, HEADER_ROW, TITLES, styles);
    List<MonthlyFigures> year = figures.year(month);
    for (int i = 0; i < year.size(); i++) {
      writeMonth(sheet.createRow(FIRST_MONTH_ROW + i), year.get(i), figures);
    }
    SheetLayout.widths(sheet, 11, 10, 10, 10, 10, 13, 13, 12, 13, 12, 14, 17, 10, 10, 10, 10, 14);
    SheetLayout.table(sheet, HEADER_ROW, LAST_MONTH_ROW, TITLES.length);

    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    relationshipShareChart(sheet, chart(drawing, 0, CHART_TOP, 4));
    revisionsChart(sheet, chart(drawing, 4, CHART_TOP, 8));
    labelMixChart(sheet, chart(drawing, 8, CHART_TOP, 12));
    directionMixChart(sheet, chart(drawing, 12, CHART_TOP, 17));
  }

  private void writeMonth(Row row, MonthlyFigures month, TeamFigures figures) {
    Cells.text(row, MONTH, SHORT_MONTH.format(month.month()), styles, Style.TEXT);
    long[] counts = {
      month.activeGoals(),
      month.newGoals(),
      month.revisions(),
      month.goalsRevised(),
      month.reframesToRelationship(),
      month.reframesToPerformance(),
      month.performanceTarget(),
      month.relationshipOriented(),
      month.unclassified()
    };
    for (int i = 0; i < counts.length; i++) {
      Cells.number(row, 1 + i, counts[i], styles, Style.INTEGER);
    }
    share(row, RELATIONSHIP_SHARE, month.relationshipShare());
    share(row, REVISED_WITHIN_90_DAYS, figures.revisedWithin90DaysOfIntake(month.month()));
    long[] directions = {month.approach(), month.avoidance(), month.mixed(), month.noDirection()};
    for (int i = 0; i < directions.length; i++) {
      Cells.number(row, APPROACH + i, directions[i], styles, Style.INTEGER);
    }
    share(row, WANTED_SHARE, month.wantedShare());
  }

  // An undefined share stays an empty cell, so the line chart shows a gap instead of a false zero.
  private void share(Row row, int column, Proportion proportion) {
    if (proportion.defined()) {
      Cells.number(row, column, proportion.share(), styles, Style.PERCENT);
    }
  }

  private static XSSFChart chart(XSSFDrawing drawing, int fromColumn, int fromRow, int toColumn) {
    XSSFChart chart =
        drawing.createChart(
            drawing.createAnchor(
                0, 0, 0, 0, fromColumn, fromRow, toColumn, fromRow + CHART_HEIGHT));
    chart.setTitleOverlay(false);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    return chart;
  }

  private static void relationshipShareChart(XSSFSheet sheet, XSSFChart chart) {
    chart.setTitleText("Share of active goals that are relationship-oriented");
    XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis share = chart.createValueAxis(AxisPosition.LEFT);
    share.setMinimum(0);
    share.setMaximum(1);
    share.setNumberFormat("0%");
    share.setCrosses(AxisCrosses.AUTO_ZERO);
    XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, share);
    XDDFLineChartData.Series series =
        (XDDFLineChartData.Series)
            data.addSeries(monthRange(sheet), column(sheet, RELATIONSHIP_SHARE));
    series.setTitle(TITLES[RELATIONSHIP_SHARE], titleCell(sheet, RELATIONSHIP_SHARE));
    series.setSmooth(false);
    series.setMarkerStyle(MarkerStyle.CIRCLE);
    XDDFLineProperties line = new XDDFLineProperties(solid(GREEN));
    line.setWidth(2.5);
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setLineProperties(line);
    series.setShapeProperties(shape);
    chart.plot(data);
  }

  private static void revisionsChart(XSSFSheet sheet, XSSFChart chart) {
    chart.setTitleText("Revisions per month");
    XDDFBarChartData data = barData(chart, BarGrouping.CLUSTERED);
    addBar(sheet, data, REVISIONS, BLUE);
    chart.plot(data);
  }

  private static void labelMixChart(XSSFSheet sheet, XSSFChart chart) {
    stackedChart(
        sheet,
        chart,
        "Active goals by how they are framed (latest version)",
        new int[] {PERFORMANCE_TARGET, RELATIONSHIP_ORIENTED, UNCLASSIFIED},
        ORANGE,
        GREEN,
        GREY);
  }

  private static void directionMixChart(XSSFSheet sheet, XSSFChart chart) {
    stackedChart(
        sheet,
        chart,
        "Active goals by direction (latest version)",
        new int[] {APPROACH, MIXED, AVOIDANCE, NO_DIRECTION},
        GREEN,
        BLUE,
        VERMILION,
        GREY);
  }

  /** A bar per month stacking the counts of {@code columns}, in the colours given in order. */
  private static void stackedChart(
      XSSFSheet sheet, XSSFChart chart, String title, int[] columns, byte[]... colours) {
    chart.setTitleText(title);
    XDDFBarChartData data = barData(chart, BarGrouping.STACKED);
    for (int i = 0; i < columns.length; i++) {
      addBar(sheet, data, columns[i], colours[i]);
    }
    chart.plot(data);
    overlapFully(chart);
  }

  /**
   * Stacked bars must overlap fully, or Excel draws each month's segments offset. XDDF's setOverlap
   * needs the schema classes of poi-ooxml-full, which poi-ooxml does not ship, so the one element
   * is written into the chart XML directly, where the schema wants it: before the axis ids.
   */
  private static void overlapFully(XSSFChart chart) {
    try (XmlCursor beforeAxes =
        chart.getCTChart().getPlotArea().getBarChartArray(0).getAxIdArray(0).newCursor()) {
      beforeAxes.beginElement(new QName(CHART_NAMESPACE, "overlap", "c"));
      beforeAxes.insertAttributeWithValue("val", "100");
    }
  }

  private static XDDFBarChartData barData(XSSFChart chart, BarGrouping grouping) {
    XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
    counts.setMinimum(0);
    counts.setCrosses(AxisCrosses.AUTO_ZERO);
    counts.setCrossBetween(AxisCrossBetween.BETWEEN);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, months, counts);
    data.setBarDirection(BarDirection.COL);
    data.setBarGrouping(grouping);
    data.setVaryColors(false);
    return data;
  }

  private static void addBar(XSSFSheet sheet, XDDFChartData data, int column, byte[] colour) {
    XDDFChartData.Series series = data.addSeries(monthRange(sheet), column(sheet, column));
    series.setTitle(TITLES[column], titleCell(sheet, column));
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(solid(colour));
    series.setShapeProperties(shape);
  }

  private static XDDFDataSource<String> monthRange(XSSFSheet sheet) {
    return XDDFDataSourcesFactory.fromStringCellRange(
        sheet, new CellRangeAddress(FIRST_MONTH_ROW, LAST_MONTH_ROW, MONTH, MONTH));
  }

  private static XDDFNumericalDataSource<Double> column(XSSFSheet sheet, int column) {
    return XDDFDataSourcesFactory.fromNumericCellRange(
        sheet, new CellRangeAddress(FIRST_MONTH_ROW, LAST_MONTH_ROW, column, column));
  }

  private static CellReference titleCell(XSSFSheet sheet, int column) {
    return new CellReference(sheet.getSheetName(), HEADER_ROW, column, true, true);
  }

  private static XDDFSolidFillProperties solid(byte[] colour) {
    return new XDDFSolidFillProperties(XDDFColor.from(colour));
  }

  private static byte[] rgb(int red, int green, int blue) {
    return new byte[] {(byte) red, (byte) green, (byte) blue};
  }
}
