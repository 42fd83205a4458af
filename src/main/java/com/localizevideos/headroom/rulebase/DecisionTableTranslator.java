package com.localizevideos.headroom.rulebase;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns each worksheet that holds a {@code RuleSet} into DRL, one sheet at a time, so that every error and every
 * fired rule can be traced to its sheet and row. Sheets without a RuleSet (help pages) are left alone.
 */
final class DecisionTableTranslator {
    private static final Pattern CELL_REF = Pattern.compile("\\b([A-Z]{1,3})(\\d{1,6})\\b");

    private DecisionTableTranslator() {
    }

    static List<TranslatedSheet> translate(RuleSource source, List<RuleProblem> problems) {
        List<TranslatedSheet> sheets = new ArrayList<>();
        Map<String, Map<Integer, Map<String, String>>> cells;
        try {
            cells = readCells(source.content());
        } catch (Exception | LinkageError e) {
            problems.add(RuleProblem.inFile(source.path(), "not a readable .xlsx workbook (" + simple(e) + ")"));
            return sheets;
        }
        if (cells.isEmpty()) {
            problems.add(RuleProblem.inFile(source.path(), "no worksheet holds a RuleSet cell"));
        }
        for (Map.Entry<String, Map<Integer, Map<String, String>>> sheet : cells.entrySet()) {
            try {
                String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(source.content()), sheet.getKey());
                sheets.add(TranslatedSheet.of(source.path(), sheet.getKey(), drl, sheet.getValue()));
            } catch (RuntimeException e) {
                problems.add(locateParseError(source.path(), sheet.getKey(), e));
            }
        }
        return sheets;
    }

    /** Text of every non-blank cell by sheet, 1-based row and A1 reference; only sheets that have a RuleSet. */
    private static Map<String, Map<Integer, Map<String, String>>> readCells(byte[] content) throws Exception {
        Map<String, Map<Integer, Map<String, String>>> result = new LinkedHashMap<>();
        DataFormatter format = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            for (Sheet sheet : workbook) {
                Map<Integer, Map<String, String>> rows = new TreeMap<>();
                boolean ruleSet = false;
                for (Row row : sheet) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Cell cell : row) {
                        String text = format.formatCellValue(cell);
                        if (!text.isBlank()) {
                            values.put(cell.getAddress().formatAsString(), text);
                            ruleSet |= "RuleSet".equalsIgnoreCase(text.trim());
                        }
                    }
                    rows.put(row.getRowNum() + 1, values);
                }
                if (ruleSet) {
                    result.put(sheet.getSheetName(), rows);
                }
            }
        }
        return result;
    }

    private static RuleProblem locateParseError(String file, String sheet, RuntimeException e) {
        String message = messageOf(e);
        Matcher ref = CELL_REF.matcher(message);
        if (ref.find()) {
            return RuleProblem.atCell(file, sheet, Integer.valueOf(ref.group(2)), ref.group(1) + ref.group(2), message);
        }
        return RuleProblem.atCell(file, sheet, null, null, message);
    }

    private static String messageOf(Throwable e) {
        Throwable t = e;
        String message = null;
        while (t != null) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
            t = t.getCause();
        }
        return message == null ? simple(e) : message;
    }

    private static String simple(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
