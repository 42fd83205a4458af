package com.localizevideos.headroom.dashboard;

import java.util.List;

/** Who is logged in, with which roles, and the dashboard pages those roles open (the navigation). */
public record SessionView(String user, List<String> roles, List<PageView> pages) {

    /** One dashboard page: its path, title and navigation section (null: reached from another page). */
    public record PageView(String path, String title, String section) {
    }
}
