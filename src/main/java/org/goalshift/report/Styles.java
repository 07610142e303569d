package org.goalshift.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, built once: a workbook holds at most 64,000 styles, and a style
 * made per cell would both waste them and make the file larger.
 */
final class Styles {
  private final Map<Style, CellStyle> byStyle = new EnumMap<>(Style.class);

  Styles(Workbook workbook) {
    DataFormat formats = workbook.createDataFormat();
    Font bold = font(workbook, 11, true, IndexedColors.BLACK);
    Font white = font(workbook, 11, true, IndexedColors.WHITE);
    Font plain = font(workbook, 11, false, IndexedColors.BLACK);
    Font grey = font(workbook, 10, false, IndexedColors.GREY_80_PERCENT);
    grey.setItalic(true);

    CellStyle title = workbook.createCellStyle();
    title.setFont(font(workbook, 16, true, IndexedColors.DARK_BLUE));
    byStyle.put(Style.TITLE, title);

    CellStyle subtitle = workbook.createCellStyle();
    subtitle.setFont(font(workbook, 12, false, IndexedColors.GREY_80_PERCENT));
    byStyle.put(Style.SUBTITLE, subtitle);

    CellStyle section = workbook.createCellStyle();
    section.setFont(font(workbook, 12, true, IndexedColors.DARK_BLUE));
    byStyle.put(Style.SECTION, section);

    CellStyle header = workbook.createCellStyle();
    header.setFont(white);
    header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    byStyle.put(Style.HEADER, header);

    byStyle.put(Style.TEXT, body(workbook, plain, null, false));
    CellStyle label = body(workbook, bold, null, false);
    byStyle.put(Style.LABEL, label);
    CellStyle wrapped = body(workbook, plain, null, false);
    wrapped.setWrapText(true);
    byStyle.put(Style.WRAPPED_TEXT, wrapped);

    CellStyle note = workbook.createCellStyle();
    note.setFont(grey);
    byStyle.put(Style.NOTE, note);

    byStyle.put(Style.INTEGER, body(workbook, plain, formats.getFormat("#,##0"), false));
    byStyle.put(Style.DECIMAL, body(workbook, plain, formats.getFormat("#,##0.0"), false));
    byStyle.put(Style.PERCENT, body(workbook, plain, formats.getFormat("0%"), false));
    CellStyle marker = body(workbook, plain, null, false);
    marker.setAlignment(HorizontalAlignment.RIGHT);
    byStyle.put(Style.MARKER, marker);
    CellStyle centred = body(workbook, plain, null, false);
    centred.setAlignment(HorizontalAlignment.CENTER);
    byStyle.put(Style.CENTRED_TEXT, centred);

    byStyle.put(Style.TOTAL_TEXT, body(workbook, bold, null, true));
    byStyle.put(Style.TOTAL_INTEGER, body(workbook, bold, formats.getFormat("#,##0"), true));
    byStyle.put(Style.TOTAL_PERCENT, body(workbook, bold, formats.getFormat("0%"), true));
    CellStyle totalMarker = body(workbook, bold, null, true);
    totalMarker.setAlignment(HorizontalAlignment.RIGHT);
    byStyle.put(Style.TOTAL_MARKER, totalMarker);
  }

  CellStyle get(Style style) {
    return byStyle.get(style);
  }

  private static Font font(Workbook workbook, int points, boolean bold, IndexedColors colour) {
    Font font = workbook.createFont();
    font.setFontName("Calibri");
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    font.setColor(colour.getIndex());
    return font;
  }

  private static CellStyle body(Workbook workbook, Font font, Short format, boolean total) {
    CellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    if (format != null) {
      style.setDataFormat(format);
    }
    style.setBorderBottom(BorderStyle.HAIR);
    style.setBottomBorderColor(IndexedColors.GREY_25_PERCENT.getIndex());
    if (total) {
      style.setBorderTop(BorderStyle.THIN);
      style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
    return style;
  }
}
