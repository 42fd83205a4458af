package com.localizevideos.headroom.importer.mapping;

import java.time.LocalDate;

import com.localizevideos.headroom.account.PlanCode;

/** Account master data read from one accounts.csv row; plan and seats count only for an account not yet stored. */
public record AccountRow(String id, String name, PlanCode plan, int seats, LocalDate signupDate, String region,
                         String segment) {
}
