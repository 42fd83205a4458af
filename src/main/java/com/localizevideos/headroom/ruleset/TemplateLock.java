package com.localizevideos.headroom.ruleset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Business-editable must not mean code-injectable: an uploaded workbook may change data rows only. Its RuleSet
 * settings, RuleTable headers, CONDITION/ACTION, object-type, code-template and label rows, and anything outside the
 * tables (where Drools would read settings such as Functions) must equal the template's cell for cell.
 */
final class TemplateLock {
    static final String CHECK = "template-lock";

    private TemplateLock() {
    }

    static List<Finding> compare(String file, List<SheetLayout> template, List<SheetLayout> upload) {
        List<Finding> findings = new ArrayList<>();
        Map<String, SheetLayout> expected = ruleSheets(template);
        Map<String, SheetLayout> actual = ruleSheets(upload);
        for (String sheet : expected.keySet()) {
            if (!actual.containsKey(sheet)) {
                findings.add(Finding.error(CHECK, file, sheet, null, null, "sheet " + sheet + " with its rule tables is "
                        + "missing; keep every sheet of the template and change only data rows"));
            }
        }
        for (SheetLayout sheet : actual.values()) {
            SheetLayout model = expected.get(sheet.sheet());
            if (model == null) {
                findings.add(Finding.error(CHECK, file, sheet.sheet(), null, null, "sheet " + sheet.sheet() + " holds a "
                        + "RuleSet but the template has no such sheet; rule tables can only be added through the "
                        + "decision-tables/ folder (reviewed in git)"));
                continue;
            }
            Map<String, SheetLayout.Locked> was = model.lockedCells();
            Map<String, SheetLayout.Locked> now = sheet.lockedCells();
            Set<String> keys = new LinkedHashSet<>(was.keySet());
            keys.addAll(now.keySet());
            for (String key : keys) {
                SheetLayout.Locked before = was.get(key);
                SheetLayout.Locked after = now.get(key);
                String old = before == null ? "" : before.text();
                String neu = after == null ? "" : after.text();
                if (!Objects.equals(old.strip(), neu.strip())) {
                    SheetLayout.Locked at = after != null ? after : before;
                    findings.add(Finding.error(CHECK, file, sheet.sheet(), at.address(), null,
                            sheet.sheet() + "!" + at.address() + " " + quote(old) + " → " + quote(neu) + ": " + at.where()
                                    + " is code or settings and must equal the shipped template; only data rows may change"));
                }
            }
        }
        return findings;
    }

    private static Map<String, SheetLayout> ruleSheets(List<SheetLayout> sheets) {
        return sheets.stream().filter(SheetLayout::ruleSet)
                .collect(Collectors.toMap(SheetLayout::sheet, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    static String quote(String text) {
        return text.isEmpty() ? "(empty)" : "'" + text + "'";
    }
}
