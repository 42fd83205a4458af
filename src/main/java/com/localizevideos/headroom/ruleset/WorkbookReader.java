package com.localizevideos.headroom.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Reads an uploaded .xlsx defensively: it must be a zip with a workbook part, expand to no more than the configured
 * size, and carry no XML DOCTYPE (external entities); only then does POI open it. Answers the sheets' layouts.
 */
final class WorkbookReader {
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final int MAX_ENTRIES = 1000;
    private static final int PROLOG_BYTES = 4096;

    private WorkbookReader() {
    }

    /** Content problems of a would-be workbook, in business words; empty when it may be opened. */
    static List<Finding> screen(String file, byte[] content, long maxUncompressed) {
        List<Finding> problems = new ArrayList<>();
        if (content.length >= 4 && startsWith(content, OLE2)) {
            problems.add(Finding.inFile("file-type", file, "this is an old-format .xls (or a password-protected) workbook; "
                    + "save it as an Excel workbook (.xlsx) without a password and upload it again"));
            return problems;
        }
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
            problems.add(Finding.inFile("file-type", file, "this is not an Excel workbook (.xlsx files are zip archives); "
                    + "upload the .drl.xlsx file saved from Excel or LibreOffice"));
            return problems;
        }
        Set<String> parts = new java.util.HashSet<>();
        long total = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    problems.add(Finding.inFile("zip-bomb", file, "the workbook holds more than " + MAX_ENTRIES + " parts; refused"));
                    return problems;
                }
                String name = entry.getName();
                parts.add(name);
                boolean xml = name.toLowerCase(Locale.ROOT).endsWith(".xml") || name.toLowerCase(Locale.ROOT).endsWith(".rels");
                StringBuilder prolog = new StringBuilder();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > maxUncompressed) {
                        problems.add(Finding.inFile("zip-bomb", file, "the workbook expands to more than " + maxUncompressed
                                + " bytes when unpacked (" + content.length + " bytes packed); refused as a possible zip bomb"));
                        return problems;
                    }
                    if (xml && prolog.length() < PROLOG_BYTES) {
                        prolog.append(new String(buffer, 0, Math.min(read, PROLOG_BYTES - prolog.length()), StandardCharsets.ISO_8859_1));
                    }
                }
                if (xml && prolog.toString().toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
                    problems.add(Finding.inFile("xml-entities", file, "part " + name + " declares a DOCTYPE; workbooks "
                            + "with XML entity declarations are refused (they can read files or exhaust memory)"));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problems.add(Finding.inFile("file-type", file, "the workbook is damaged and cannot be unpacked (" + e.getMessage()
                    + "); save it again from Excel or LibreOffice"));
            return problems;
        }
        if (!parts.contains("[Content_Types].xml") || parts.stream().noneMatch(p -> p.startsWith("xl/workbook"))) {
            problems.add(Finding.inFile("file-type", file, "this zip archive is not an Excel workbook (it has no workbook part); "
                    + "upload the .drl.xlsx file saved from Excel or LibreOffice"));
        }
        return problems;
    }

    /** Opens a screened workbook; every sheet's layout, in workbook order. Throws IOException for what POI refuses. */
    static List<SheetLayout> read(byte[] content) throws IOException {
        List<SheetLayout> sheets = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.US);
        try (InputStream in = new ByteArrayInputStream(content); Workbook workbook = WorkbookFactory.create(in)) {
            for (Sheet sheet : workbook) {
                NavigableMap<Integer, Map<Integer, SheetLayout.CellText>> rows = new TreeMap<>();
                for (Row row : sheet) {
                    Map<Integer, SheetLayout.CellText> cells = new LinkedHashMap<>();
                    for (Cell cell : row) {
                        boolean formula = cell.getCellType() == CellType.FORMULA;
                        String text = formula ? "=" + cell.getCellFormula() : cell.getCellType() == CellType.NUMERIC
                                ? java.math.BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString()
                                : format.formatCellValue(cell);
                        if (!text.isEmpty() || formula) {
                            cells.put(cell.getColumnIndex(), new SheetLayout.CellText(text, formula));
                        }
                    }
                    if (!cells.isEmpty()) {
                        rows.put(row.getRowNum() + 1, cells);
                    }
                }
                Map<String, String> merged = new HashMap<>();
                for (CellRangeAddress region : sheet.getMergedRegions()) {
                    String first = new CellReference(region.getFirstRow(), region.getFirstColumn()).formatAsString(false);
                    for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                        for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                            merged.put(new CellReference(r, c).formatAsString(false), first);
                        }
                    }
                }
                sheets.add(SheetLayout.of(sheet.getSheetName(), rows, merged));
            }
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
        return sheets;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
