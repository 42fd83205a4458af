package com.localizevideos.headroom.delivery;

import java.util.List;

/** One page of deliveries, newest first. */
public record DeliveryPageView(int page, int size, long total, List<DeliveryView> items) {
}
