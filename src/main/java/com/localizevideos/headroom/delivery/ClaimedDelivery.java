package com.localizevideos.headroom.delivery;

import java.util.UUID;

/** A delivery a worker has claimed: its id, the claim's token, and the body to send. */
record ClaimedDelivery(UUID id, UUID claimToken, String payload, int attempts) {
}
