package com.localizevideos.headroom.worklist;

/** Where an action stands for CS: OPEN until a response is recorded, then the latest response. */
public enum ActionStatus {
    OPEN, ACCEPTED, DECLINED, NO_RESPONSE, DEFERRED
}
