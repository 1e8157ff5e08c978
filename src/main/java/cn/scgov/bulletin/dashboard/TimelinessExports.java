package cn.scgov.bulletin.dashboard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes report tables as CSV (UTF-8 with a byte order mark, so Excel reads Chinese) or as an XLSX workbook. */
final class TimelinessExports {

    static final String CSV_TYPE = "text/csv;charset=UTF-8";
    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TimelinessExports() {
    }

    /** One table, RFC 4180 quoting, CRLF line ends. Does not close {@code out}. */
    static void csv(TimelinessTables.Table table, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writeCsvLine(writer, table.header());
        for (List<Object> row : table.rows()) {
            writeCsvLine(writer, row);
        }
        writer.flush();
    }

    private static void writeCsvLine(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(csvField(cells.get(i)));
        }
        writer.write("\r\n");
    }

    static String csvField(Object value) {
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        // A leading =, +, - or @ would be a formula in a spreadsheet; only text cells can start so.
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** A workbook with one sheet per table and a sheet with the counting rules. Does not close {@code out}. */
    static void xlsx(String title, List<TimelinessTables.Table> tables, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (TimelinessTables.Table table : tables) {
                Sheet sheet = workbook.createSheet(table.title());
                Row header = sheet.createRow(0);
                for (int i = 0; i < table.header().size(); i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(table.header().get(i));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        set(row.createCell(i), values.get(i));
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int i = 0; i < table.header().size(); i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(10, table.header().get(i).length() * 2 + 2)) * 256);
                }
            }
            Sheet rules = workbook.createSheet("统计口径");
            rules.createRow(0).createCell(0).setCellValue(title);
            rules.getRow(0).getCell(0).setCellStyle(bold);
            for (int i = 0; i < TimelinessTables.RULES.size(); i++) {
                rules.createRow(i + 1).createCell(0).setCellValue(TimelinessTables.RULES.get(i));
            }
            rules.setColumnWidth(0, 120 * 256);
            workbook.write(out);
        }
        out.flush();
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.longValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }
}
