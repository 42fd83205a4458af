package com.localizevideos.headroom.importer;

import java.util.List;
import java.util.Map;

/**
 * The answer to an import. {@code rows} = {@code accepted} (stored something new or changed) + {@code duplicates}
 * (everything already stored) + {@code rejectedCount}. {@code rejected} lists the rejected rows in file order, at
 * most {@code headroom.imports.max-listed-rejections} of them. {@code complete} is false when the file could not be
 * read to its end (the last rejection says where and why). {@code stored} counts the records written, by kind.
 */
public record ImportView(String kind, String source, long rows, long accepted, long duplicates, long rejectedCount,
                         List<RejectedRowView> rejected, boolean complete, Map<String, Long> stored) {
}
