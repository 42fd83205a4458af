package com.localizevideos.headroom.ruleset;

import static com.localizevideos.headroom.ruleset.Workbooks.upload;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Hostile files are refused with a clear problem naming the file, before POI or Drools read them. */
@QuarkusTest
class HostileFileTest {
    private static final String PROBLEM = "application/problem+json";
    private static final String READINESS = "readiness.drl.xlsx";

    @Test
    void aFileAboveTheSizeLimitIs413() {
        byte[] big = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(big);
        upload("growth", READINESS, big).then().statusCode(413).contentType(PROBLEM)
                .body("problems[0].file", equalTo(READINESS))
                .body("problems[0].message", containsString("at most 2097152"));
    }

    @Test
    void contentThatIsNotAWorkbookIsRefused() {
        upload("growth", READINESS, "rule \"x\" when then end".getBytes()).then().statusCode(422).contentType(PROBLEM)
                .body("problems[0].message", containsString("not an Excel workbook"));
        upload("growth", READINESS, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}).then().statusCode(422)
                .body("problems[0].message", containsString("old-format .xls"));
        upload("growth", READINESS, HostileFiles.zipWithoutWorkbook()).then().statusCode(422)
                .body("problems[0].message", containsString("no workbook part"));
        upload("growth", READINESS, new byte[] {'P', 'K', 3, 4, 1, 2, 3}).then().statusCode(422)
                .body("problems[0].message", org.hamcrest.Matchers.anyOf(containsString("damaged"), containsString("no workbook part")));
        upload("growth", "readiness.csv", "a,b".getBytes()).then().statusCode(415).contentType(PROBLEM)
                .body("problems[0].message", containsString("*.drl.xlsx"));
    }

    @Test
    void aZipBombIsRefusedWithoutBeingUnpacked() {
        byte[] bomb = HostileFiles.zipBomb(40 * 1024 * 1024);
        org.junit.jupiter.api.Assertions.assertTrue(bomb.length < 200_000, "bomb is " + bomb.length + " bytes packed");
        upload("growth", READINESS, bomb).then().statusCode(422).contentType(PROBLEM)
                .body("problems[0].file", equalTo("decision-tables/readiness.drl.xlsx"))
                .body("problems[0].message", containsString("possible zip bomb"));
    }

    @Test
    void anExternalEntityIsRefusedAndNeverRead() throws Exception {
        Path secret = Files.createTempFile("headroom-secret", ".txt");
        Files.writeString(secret, "TOP-SECRET-4711");
        upload("growth", READINESS, HostileFiles.xxe(secret)).then().statusCode(422).contentType(PROBLEM)
                .body("problems[0].message", containsString("declares a DOCTYPE"))
                .body(not(containsString("TOP-SECRET-4711")));
    }
}
