package com.localizevideos.headroom.worklist;

import com.localizevideos.headroom.fact.Channel;

/**
 * Filters and paging of the worklist; every filter optional. {@code contact} is {@link #HUMAN} (every channel a person
 * works) or {@link #AUTOMATED} (in-product only).
 */
public record WorklistQuery(String owner, ActionStatus status, Channel channel, String contact, String accountId,
                            int page, int size) {
    public static final String HUMAN = "human";
    public static final String AUTOMATED = "automated";
}
