package org.goalshift.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbooksTest {
  @TempDir static Path output;
  static ReportModel model;
  static List<Path> written;

  @BeforeAll
  static void writeFixtureWorkbooks() throws IOException {
    model = ReportFixtures.realistic();
    written = Workbooks.write(model, output, ReportSettings.defaults());
  }

  @Test
  void writesTheOverviewAndOneWorkbookPerSupervisorWithTheNamedSheets() throws IOException {
    assertThat(written)
        .containsExactly(
            output.resolve("overview.xlsx"),
            output.resolve("supervisors/SUP-A.xlsx"),
            output.resolve("supervisors/SUP-B.xlsx"),
            output.resolve("supervisors/SUP-C.xlsx"));
    try (XSSFWorkbook supervisor = open("supervisors/SUP-A.xlsx");
        XSSFWorkbook overview = open("overview.xlsx")) {
      assertThat(sheetNames(supervisor))
          .containsExactly(
              "Summary", "Trends", "Therapists", "Attention", "Data quality", "Definitions");
      assertThat(sheetNames(overview))
          .containsExactly("Summary", "Trends", "Supervisors", "Data quality", "Definitions");
      assertThat(supervisor.getProperties().getCoreProperties().getTitle())
          .isEqualTo("Supervisor SUP-A: team goals, November 2026");
      assertThat(supervisor.getProperties().getCoreProperties().getSubject())
          .contains("Confidential");
    }
  }

  @Test
  void summaryShowsTheModelsHeadlineFiguresBesideLastMonthAndTheYear() throws IOException {
    TeamReport team = model.supervisors().get(0);
    MonthlyFigures now = team.team().at(model.month());
    MonthlyFigures before = team.team().at(model.month().minusMonths(1));
    try (XSSFWorkbook workbook = open("supervisors/SUP-A.xlsx")) {
      Sheet summary = workbook.getSheet("Summary");
      Row active = rowStartingWith(summary, "Active goals");
      assertThat(active.getCell(SummarySheet.THIS_MONTH).getNumericCellValue())
          .isEqualTo(now.activeGoals());
      assertThat(active.getCell(SummarySheet.PREVIOUS_MONTH).getNumericCellValue())
          .isEqualTo(before.activeGoals());
      double yearAverage =
          team.team().year(model.month()).stream()
              .mapToLong(MonthlyFigures::activeGoals)
              .average()
              .orElseThrow();
      assertThat(active.getCell(SummarySheet.AVERAGE).getNumericCellValue()).isEqualTo(yearAverage);
      assertThat(active.getCell(SummarySheet.DIRECTION).getStringCellValue())
          .contains(now.activeGoals() < before.activeGoals() ? "down" : "up");
      assertThat(active.getCell(SummarySheet.IN_WORDS).getStringCellValue())
          .contains(now.activeGoals() + " goals in November 2026");

      Row within90 = rowStartingWith(summary, "Goals revised within 90 days");
      assertThat(within90.getCell(SummarySheet.THIS_MONTH).getNumericCellValue())
          .isEqualTo(team.team().revisedWithin90Days().share());
      assertThat(within90.getCell(SummarySheet.IN_WORDS).getStringCellValue())
          .contains("in 10 new goals");
      assertThat(
              rowStartingWith(summary, "Median days")
                  .getCell(SummarySheet.THIS_MONTH)
                  .getNumericCellValue())
          .isEqualTo(team.team().medianDaysToFirstRevision());
      assertThat(
              rowStartingWith(summary, "Goals unchanged")
                  .getCell(SummarySheet.THIS_MONTH)
                  .getNumericCellValue())
          .isEqualTo(team.attention().size());

      Row wanted = rowStartingWith(summary, "Share of active goals naming something wanted");
      assertThat(wanted.getCell(SummarySheet.THIS_MONTH).getNumericCellValue())
          .isEqualTo(now.wantedShare().share());
      assertThat(wanted.getCell(SummarySheet.PREVIOUS_MONTH).getNumericCellValue())
          .isEqualTo(before.wantedShare().share());
      assertThat(wanted.getCell(SummarySheet.AVERAGE).getNumericCellValue())
          .isEqualTo(
              team.team().year(model.month()).stream()
                  .map(MonthlyFigures::wantedShare)
                  .reduce(Proportion.EMPTY, Proportion::plus)
                  .share());
      assertThat(wanted.getCell(SummarySheet.IN_WORDS).getStringCellValue())
          .contains("name something the client wants more of");
    }
  }

  @Test
  void trendsHasNativeChartsDrawnFromTheMonthTableWithExplicitColours() throws IOException {
    try (XSSFWorkbook workbook = open("supervisors/SUP-B.xlsx")) {
      XSSFSheet trends = workbook.getSheet("Trends");
      List<XSSFChart> charts = trends.getDrawingPatriarch().getCharts();
      assertThat(charts).hasSize(4);
      List<String> valueRanges = new ArrayList<>();
      for (XSSFChart chart : charts) {
        for (XDDFChartData data : chart.getChartSeries()) {
          for (int i = 0; i < data.getSeriesCount(); i++) {
            XDDFChartData.Series series = data.getSeries(i);
            assertThat(series.getCategoryData().getDataRangeReference())
                .isEqualTo("Trends!$A$5:$A$16");
            assertThat(series.getShapeProperties())
                .as("explicit colour for LibreOffice")
                .isNotNull();
            valueRanges.add(series.getValuesData().getDataRangeReference());
          }
        }
      }
      assertThat(valueRanges)
          .containsExactly(
              "Trends!$K$5:$K$16",
              "Trends!$D$5:$D$16",
              "Trends!$H$5:$H$16",
              "Trends!$I$5:$I$16",
              "Trends!$J$5:$J$16",
              "Trends!$M$5:$M$16",
              "Trends!$O$5:$O$16",
              "Trends!$N$5:$N$16",
              "Trends!$P$5:$P$16");
      assertThat(charts.get(3).getTitleText().getString()).contains("by direction");
      MonthlyFigures november = model.supervisors().get(1).team().at(model.month());
      assertThat(
              trends
                  .getRow(TrendsSheet.LAST_MONTH_ROW)
                  .getCell(TrendsSheet.REVISIONS)
                  .getNumericCellValue())
          .isEqualTo(november.revisions());
      assertThat(trends.getRow(TrendsSheet.LAST_MONTH_ROW).getCell(0).getStringCellValue())
          .isEqualTo("Nov 2026");
      assertThat(
              trends
                  .getRow(TrendsSheet.LAST_MONTH_ROW)
                  .getCell(TrendsSheet.WANTED_SHARE)
                  .getNumericCellValue())
          .isEqualTo(november.wantedShare().share());
      assertThat(
              trends
                  .getRow(TrendsSheet.LAST_MONTH_ROW)
                  .getCell(TrendsSheet.AVOIDANCE)
                  .getNumericCellValue())
          .isEqualTo(november.avoidance());
    }
  }

  @Test
  void breakdownsShowNoCountFromOneToFourAndHideRatesOnSmallCounts() throws IOException {
    for (String file :
        List.of(
            "supervisors/SUP-A.xlsx",
            "supervisors/SUP-B.xlsx",
            "supervisors/SUP-C.xlsx",
            "overview.xlsx")) {
      try (XSSFWorkbook workbook = open(file)) {
        Sheet breakdown = workbook.getSheetAt(2);
        int rows = 0;
        for (int r = BreakdownSheet.HEADER_ROW + 1; r <= breakdown.getLastRowNum(); r++) {
          for (int c = 1; c < BreakdownSheet.FIRST_RATE_COLUMN; c++) {
            Cell cell = breakdown.getRow(r).getCell(c);
            if (cell.getCellType() == CellType.NUMERIC) {
              double count = cell.getNumericCellValue();
              assertThat(count == 0 || count >= 5)
                  .as("%s %s = %s", file, cell.getAddress(), count)
                  .isTrue();
            } else {
              assertThat(cell.getStringCellValue()).isIn("<5", Suppression.SECONDARY_MARKER);
            }
          }
          rows++;
        }
        assertThat(rows).isGreaterThan(2);
      }
    }
    try (XSSFWorkbook workbook = open("supervisors/SUP-A.xlsx")) {
      // The fixture's newest therapist of each team has 3 goals: a count and a rate to hide.
      Row newest = rowStartingWith(workbook.getSheet("Therapists"), "T015");
      assertThat(newest.getCell(1).getStringCellValue()).isEqualTo("<5");
      assertThat(newest.getCell(BreakdownSheet.FIRST_RATE_COLUMN).getStringCellValue())
          .isEqualTo(Suppression.SECONDARY_MARKER);
      assertThat(newest.getCell(BreakdownSheet.FIRST_RATE_COLUMN + 6).getStringCellValue())
          .as("share naming something wanted, on 3 goals")
          .isEqualTo(Suppression.SECONDARY_MARKER);
      Row small = rowStartingWith(workbook.getSheet("Therapists"), "T011");
      assertThat(small.getCell(BreakdownSheet.FIRST_RATE_COLUMN + 1).getNumericCellValue())
          .as("Wilson interval under 30 goals")
          .isLessThan(small.getCell(BreakdownSheet.FIRST_RATE_COLUMN).getNumericCellValue());
    }
  }

  @Test
  void inputTextNeverBecomesAFormulaAndOverlongTextIsCutVisibly() throws IOException {
    try (XSSFWorkbook workbook = open("supervisors/SUP-A.xlsx")) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType())
                .as("%s!%s", sheet.getSheetName(), cell.getAddress())
                .isNotEqualTo(CellType.FORMULA);
          }
        }
      }
      Sheet attention = workbook.getSheet("Attention");
      int lastGoalRow = AttentionSheet.HEADER_ROW + model.supervisors().get(0).attention().size();
      List<String> texts = new ArrayList<>();
      for (int r = AttentionSheet.HEADER_ROW + 1; r <= lastGoalRow; r++) {
        texts.add(attention.getRow(r).getCell(AttentionSheet.GOAL_TEXT).getStringCellValue());
      }
      assertThat(texts).contains(ReportFixtures.FORMULA_TEXT);
      String cut =
          texts.stream()
              .filter(text -> text.startsWith("I want to stop worrying"))
              .findFirst()
              .orElseThrow();
      assertThat(cut)
          .hasSizeLessThanOrEqualTo(Cells.MAX_TEXT)
          .endsWith(
              "[... cut: the full text has " + ReportFixtures.LONG_TEXT.length() + " characters]");
      List<Long> days = new ArrayList<>();
      for (int r = AttentionSheet.HEADER_ROW + 1; r <= lastGoalRow; r++) {
        days.add((long) attention.getRow(r).getCell(3).getNumericCellValue());
      }
      assertThat(days).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }
  }

  @Test
  void aListLongerThanASheetMayHoldIsCappedWithANote(@TempDir Path capped) throws IOException {
    Workbooks.write(model, capped, new ReportSettings(5, false, 3));
    try (XSSFWorkbook workbook =
        new XSSFWorkbook(capped.resolve("supervisors/SUP-C.xlsx").toFile())) {
      Sheet attention = workbook.getSheet("Attention");
      assertThat(attention.getRow(AttentionSheet.HEADER_ROW + 3).getCell(0).getStringCellValue())
          .startsWith("G-C-");
      assertThat(attention.getRow(AttentionSheet.HEADER_ROW + 4))
          .as("the gap after the list")
          .isNull();
      assertThat(attention.getRow(AttentionSheet.HEADER_ROW + 5).getCell(0).getStringCellValue())
          .isEqualTo(AttentionSheet.LESS_OF_SECTION);
      assertThat(attention.getRow(AttentionSheet.NOTE_ROW).getCell(0).getStringCellValue())
          .startsWith(
              "Showing the 3 longest unchanged of "
                  + model.supervisors().get(2).attention().size());
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  @Test
  void attentionListsTheGoalsOfLessOfClientsWithTheReasonInWords() throws IOException {
    TeamReport team = model.supervisors().get(0);
    try (XSSFWorkbook workbook = open("supervisors/SUP-A.xlsx")) {
      Sheet attention = workbook.getSheet("Attention");
      int section = AttentionSheet.HEADER_ROW + team.attention().size() + 2;
      assertThat(attention.getRow(section).getCell(0).getStringCellValue())
          .isEqualTo(AttentionSheet.LESS_OF_SECTION);
      assertThat(attention.getRow(section + 1).getCell(0).getStringCellValue())
          .isEqualTo(AttentionSheet.LESS_OF_WHY)
          .contains("what the client wants more of");
      assertThat(attention.getRow(section + 2).getCell(0).getStringCellValue())
          .isEqualTo("2 clients; their open goals:");
      List<String> listed = new ArrayList<>();
      for (int r = section + 4; r <= attention.getLastRowNum(); r++) {
        Row row = attention.getRow(r);
        listed.add(
            row.getCell(1).getStringCellValue()
                + " "
                + row.getCell(AttentionSheet.GOAL_TEXT).getStringCellValue());
      }
      assertThat(listed)
          .containsExactlyElementsOf(
              team.onlyLessOf().stream().map(g -> g.clientId() + " " + g.goalText()).toList());
    }
  }

  @Test
  void everySheetPrintsLandscapeOnePageWideMarkedConfidential() throws IOException {
    try (XSSFWorkbook workbook = open("supervisors/SUP-A.xlsx")) {
      for (Sheet sheet : workbook) {
        assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
        assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
        assertThat(sheet.getHeader().getRight()).isEqualTo("Confidential");
        assertThat(sheet.getHeader().getLeft()).contains("November 2026");
      }
      assertThat(workbook.getSheet("Therapists").getPaneInformation().isFreezePane()).isTrue();
      assertThat(workbook.getSheet("Attention").getCTWorksheet().isSetAutoFilter()).isTrue();
    }
  }

  @Test
  void fileNamesStayInsideTheirFolderAndDistinct() {
    assertThat(Workbooks.safeFileName("SUP-A")).isEqualTo("SUP-A");
    for (String id :
        List.of("../../etc/passwd", "a/b", "a\\b", "..", ".hidden", "CON", "x\u0000y", "")) {
      String name = Workbooks.safeFileName(id);
      assertThat(name)
          .as(id)
          .doesNotContain("/", "\\", "..")
          .doesNotStartWith(".")
          .matches("[A-Za-z0-9._-]+");
    }
    assertThat(Workbooks.safeFileName("a/b")).isNotEqualTo(Workbooks.safeFileName("a_b"));
  }

  private static XSSFWorkbook open(String file) throws IOException {
    try {
      return new XSSFWorkbook(output.resolve(file).toFile());
    } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
      throw new IOException(e);
    }
  }

  private static List<String> sheetNames(XSSFWorkbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  private static Row rowStartingWith(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().startsWith(label)) {
        return row;
      }
    }
    throw new AssertionError("No row starting with '" + label + "' in " + sheet.getSheetName());
  }

  @Test
  void preloadingWritesAnEmptyMonthAndLeavesNothingBehind() throws IOException {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = preloadFolders(temp);

    Workbooks.preload();

    assertThat(preloadFolders(temp)).isEqualTo(before);
  }

  private static List<Path> preloadFolders(Path temp) throws IOException {
    try (Stream<Path> entries = Files.list(temp)) {
      return entries
          .filter(entry -> entry.getFileName().toString().startsWith("goalshift-preload"))
          .sorted()
          .toList();
    }
  }
}
