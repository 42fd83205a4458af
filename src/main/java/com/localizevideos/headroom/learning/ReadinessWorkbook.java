package com.localizevideos.headroom.learning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.localizevideos.headroom.fact.Factor;

/**
 * Writes a proposed readiness workbook: a copy of the readiness decision table in which only data cells change — each
 * factor's "Max points" in {@code ReadinessWeights} becomes its new weight, and each row's "Points" in the other tables
 * is scaled by new ÷ old max points of its factor (rounded), so the table scores exactly as {@link Backtest#rescore}.
 * Header, code templates, rule names and the "How to edit" sheet are left as they are.
 */
public final class ReadinessWorkbook {
    private static final DataFormatter TEXT = new DataFormatter();

    private ReadinessWorkbook() {
    }

    /** The max points per factor of a readiness workbook's {@code ReadinessWeights} table. */
    public static Map<Factor, Integer> weights(byte[] workbook) {
        Map<Factor, Integer> weights = new EnumMap<>(Factor.class);
        edit(workbook, (table, factor, column, cell) -> {
            if (table.equals("ReadinessWeights") && column.equals("Max points")) {
                weights.put(factor, (int) Math.round(cell.getNumericCellValue()));
            }
        });
        return weights;
    }

    /** The workbook with {@code weights} as max points and every row's points scaled to them. */
    public static byte[] propose(byte[] workbook, Map<Factor, Integer> weights) {
        Map<Factor, Integer> old = weights(workbook);
        return edit(workbook, (table, factor, column, cell) -> {
            int w = weights.getOrDefault(factor, 0);
            if (table.equals("ReadinessWeights") && column.equals("Max points")) {
                cell.setCellValue(w);
            } else if (column.equals("Points")) {
                int before = old.getOrDefault(factor, 0);
                cell.setCellValue(before <= 0 ? 0 : Math.round(cell.getNumericCellValue() * w / before));
            }
        });
    }

    private interface CellEdit {
        void apply(String table, Factor factor, String column, Cell cell);
    }

    /** Visits every numeric data cell of every readiness rule table with its table, row factor and column label. */
    private static byte[] edit(byte[] bytes, CellEdit edit) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : wb) {
                String table = null;
                Map<Integer, String> labels = null;
                for (Row row : sheet) {
                    String first = text(row.getCell(0));
                    if (first.startsWith("RuleTable ")) {
                        table = first.substring("RuleTable ".length()).trim();
                        labels = null;
                    } else if (table != null && labels == null && first.equals("Rule name")) {
                        labels = new HashMap<>();
                        for (Cell c : row) {
                            labels.put(c.getColumnIndex(), text(c));
                        }
                    } else if (table != null && labels != null) {
                        if (first.isBlank()) {
                            table = null;
                            continue;
                        }
                        Integer factorColumn = labels.entrySet().stream().filter(e -> e.getValue().equals("Factor"))
                                .map(Map.Entry::getKey).findFirst().orElse(null);
                        if (factorColumn == null) {
                            continue;
                        }
                        Factor factor = Factor.valueOf(text(row.getCell(factorColumn)).trim());
                        for (Cell c : row) {
                            String column = labels.get(c.getColumnIndex());
                            if (column != null && c.getCellType() == CellType.NUMERIC) {
                                edit.apply(table, factor, column, c);
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write the readiness workbook", e);
        }
    }

    private static String text(Cell cell) {
        return cell == null ? "" : TEXT.formatCellValue(cell);
    }
}
