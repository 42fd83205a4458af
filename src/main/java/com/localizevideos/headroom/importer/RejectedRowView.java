package com.localizevideos.headroom.importer;

import java.util.List;

/** A row that was not imported: the line it starts on (the header is line 1), its id cell if any, and every reason. */
public record RejectedRowView(long line, String id, List<String> reasons) {
}
