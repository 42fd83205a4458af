#!/usr/bin/env python3
"""Loads benchmark accounts with a month of observations through the public API; prints the account ids.

Deterministic for a given seed and day: plans, ARR bands, strategic and guardrail flags, usage pace, API
throttling, seat growth and support tickets vary so that evaluations reach every tier, route and guardrail.
Usage: accounts.py BASE_URL COUNT [SEED]
"""
import datetime as dt
import json
import random
import sys
import urllib.request

PLANS = [("STARTER", 60, 2, 800), ("PRO", 300, 5, 3_000), ("BUSINESS", 1_500, 20, 12_000),
         ("ENTERPRISE", 10_000, 100, 60_000)]
METRIC_DAYS = 30
BATCH = 1_000


def call(method, url, body):
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method=method,
                                     headers={"Content-Type": "application/json",
                                              "Authorization": "Basic YWRtaW46YWRtaW4tbG9jYWw="})
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, json.loads(response.read() or b"null")


def stamp(day, hour):
    return dt.datetime.combine(day, dt.time(hour, 0), dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def account(rng, index, today):
    plan, quota, seats, arr = PLANS[rng.choice([0, 1, 1, 2, 2, 3])]
    return {
        "name": f"Bench Account {index:03d}", "plan": plan, "seatsLicensed": seats + rng.randrange(seats + 1),
        "arr": round(arr * rng.uniform(0.5, 3.0), 2),
        "billingCycleStart": str(today - dt.timedelta(days=60 + rng.randrange(28))),
        "renewalDate": str(today + dt.timedelta(days=rng.randrange(10, 400))),
        "fiscalYearStartMonth": 1 + rng.randrange(12), "region": rng.choice(["EMEA", "AMER", "APAC"]),
        "segment": rng.choice(["smb", "mid-market", "enterprise"]), "strategic": rng.random() < 0.15,
        "doNotContact": rng.random() < 0.05, "inDunning": rng.random() < 0.05, "owner": "csm.bench",
    }, quota


def observations(rng, account_id, master, quota, today):
    seats = master["seatsLicensed"]
    pace = rng.uniform(0.4, 1.6)
    active = rng.uniform(0.2, 1.0)
    api = rng.random() < 0.5
    throttled = rng.uniform(0.0, 0.08) if api else 0.0
    tickets = rng.uniform(0.0, 0.25)
    items = []

    def add(metric, day, value, hour=10, dimension=None):
        item = {"id": f"{account_id}-{metric}-{dimension or ''}-{day}-{hour}", "accountId": account_id,
                "metric": metric, "value": value, "observedAt": stamp(day, hour), "source": "bench"}
        if dimension:
            item["dimension"] = dimension
        items.append(item)

    seats_then = max(1, int(seats * rng.uniform(0.3, 0.9)))
    add("seats_used", today - dt.timedelta(days=95), seats_then)
    for back in range(METRIC_DAYS, 0, -1):
        day = today - dt.timedelta(days=back)
        add("video_minutes", day, round(quota / 30 * pace * rng.uniform(0.6, 1.4), 2))
        if rng.random() < active:
            add("active_users", day, 1 + rng.randrange(max(1, seats)), hour=9)
        if api:
            calls = 200 + rng.randrange(2_000)
            add("api_calls", day, calls, hour=11)
            add("api_throttled", day, int(calls * throttled), hour=11)
        if rng.random() < tickets:
            add("ticket_opened", day, 1, hour=12, dimension=rng.choice(["sev2", "sev3", "sev3", "sev4"]))
        if back % 7 == 0:
            add("languages_used", day, 1 + rng.randrange(12), hour=8)
            add("seats_used", day, min(seats + 3, seats_then + rng.randrange(seats + 1)), hour=8)
    return items


def main():
    base, count = sys.argv[1].rstrip("/"), int(sys.argv[2])
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 2026
    today = dt.datetime.now(dt.timezone.utc).date()
    total = 0
    for index in range(count):
        rng = random.Random(seed * 1_000 + index)
        account_id = f"bench-{index:03d}"
        master, quota = account(rng, index, today)
        status, _ = call("PUT", f"{base}/api/v1/accounts/{account_id}", master)
        if status not in (200, 201):
            raise SystemExit(f"PUT account {account_id} answered {status}")
        items = observations(rng, account_id, master, quota, today)
        for start in range(0, len(items), BATCH):
            status, body = call("POST", f"{base}/api/v1/observations", {"observations": items[start:start + BATCH]})
            if status != 200 or body["rejected"]:
                raise SystemExit(f"observations for {account_id} answered {status}: {body}")
        total += len(items)
        print(account_id)
    print(f"loaded {count} accounts with {total} observations over {METRIC_DAYS} days", file=sys.stderr)


if __name__ == "__main__":
    main()
