package com.localizevideos.headroom.worklist;

import com.localizevideos.headroom.fact.Channel;

/** Filters and paging of the worklist; every filter optional. */
public record WorklistQuery(String owner, ActionStatus status, Channel channel, String accountId, int page, int size) {
}
