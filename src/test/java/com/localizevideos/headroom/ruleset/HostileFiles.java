package com.localizevideos.headroom.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Hostile would-be workbooks made in memory: a zip bomb, an XXE workbook, a zip without a workbook. */
final class HostileFiles {
    private HostileFiles() {
    }

    /** A valid-looking .xlsx whose worksheet part expands to {@code bytes} bytes (a few KB packed). */
    static byte[] zipBomb(int bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int written = 0; written < bytes; written += spaces.length) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The shipped readiness workbook whose shared strings declare an external entity reading {@code secretFile}. */
    static byte[] xxe(Path secretFile) {
        return rewrite(Workbooks.shipped("readiness.drl.xlsx"), "xl/sharedStrings.xml", xml -> {
            String body = xml.substring(xml.indexOf("<sst"));
            return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!DOCTYPE sst [<!ENTITY xxe SYSTEM \""
                    + secretFile.toUri() + "\">]>\n" + body.replaceFirst(">Notes<", ">&xxe;<");
        });
    }

    /** A zip archive holding only a text file. */
    static byte[] zipWithoutWorkbook() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] rewrite(byte[] xlsx, String part, java.util.function.UnaryOperator<String> change) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                put(zip, entry.getName(), content);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
