package com.localizevideos.headroom.ruleset;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Edits the shipped workbooks with Apache POI, as a spreadsheet program would, and uploads them. */
final class Workbooks {
    private Workbooks() {
    }

    static byte[] shipped(String name) {
        try {
            return Files.readAllBytes(Path.of("decision-tables", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped workbook with {@code edit} applied to it. */
    static byte[] edit(String name, Consumer<Workbook> edit) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(shipped(name)))) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped workbook with one cell (A1 notation) of one sheet set to a text or a number. */
    static byte[] withCell(String name, String sheet, String address, Object value) {
        return edit(name, wb -> set(wb.getSheet(sheet), address, value));
    }

    static void set(Sheet sheet, String address, Object value) {
        CellReference ref = new CellReference(address);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    /** A request as a built-in user ({@code <user>}/{@code <user>-local}). */
    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user + "-local");
    }

    /** Uploads one file as {@code user}. */
    static Response upload(String user, String fileName, byte[] content) {
        return as(user).multiPart("file", fileName, content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .post("/api/v1/rulesets");
    }
}
