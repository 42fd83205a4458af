package com.localizevideos.headroom.account;

import static jakarta.transaction.Transactional.TxType.REQUIRED;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** Creates, replaces and reads account master data. */
@ApplicationScoped
@Transactional(REQUIRED)
public class AccountService {

    /** The stored account and whether this call created it (rather than replaced it). */
    public record Saved(Account account, boolean created) {
    }

    private final AccountRepository accounts;
    private final Clock clock;

    public AccountService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Creates the account, or replaces all master data of an existing one (PUT semantics). */
    public Saved put(@NotNull String accountId, @NotNull @Valid AccountRequest request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Account account = new Account();
        account.setId(accountId);
        request.applyTo(account);
        account.setCreatedAt(now);
        account.setUpdatedAt(now);
        boolean created = accounts.upsert(account);
        Account stored = accounts.findByIdOptional(accountId)
                .orElseThrow(() -> new IllegalStateException("account vanished after upsert: " + accountId));
        return new Saved(stored, created);
    }

    @Transactional(SUPPORTS)
    public Optional<Account> find(String accountId) {
        return accounts.findByIdOptional(accountId);
    }
}
